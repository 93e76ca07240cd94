/**
 * The details pane on the right: the properties of the selected firm or segment as editable forms,
 * its links, its sources and the words on its gaps.
 */
package org.chainmap.ui.details;
