/**
 * Find: the search pane floating over the window, the search of the open map, the context a hit is shown
 * in, and linking two firms by searching for the second.
 */
package org.chainmap.ui.find;
