/**
 * The presentation: the full-screen slides drawn on the map surface, the presenter console, the
 * Presentation menu and the Arrange dialog with its model.
 */
package org.chainmap.ui.present;
