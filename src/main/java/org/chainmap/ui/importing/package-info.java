/**
 * Importing firms from a spreadsheet (CSV or Excel): the preview dialog and the session behind it.
 */
package org.chainmap.ui.importing;
