/**
 * The Lists tab: the firm lists and the investment targets as editable tables.
 */
package org.chainmap.ui.lists;
