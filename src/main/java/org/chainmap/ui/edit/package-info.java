/**
 * Edits started from the map or the Edit menu: adding a firm or segment, the context menu of the canvas,
 * and the edits of the selection (delete, move, link), each pushed as one command of {@code org.chainmap.edit}.
 */
package org.chainmap.ui.edit;
