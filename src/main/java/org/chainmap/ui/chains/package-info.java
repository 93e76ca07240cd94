/**
 * The chain list on the left, with its badges, and the dialog that adds, renames and removes chains.
 */
package org.chainmap.ui.chains;
