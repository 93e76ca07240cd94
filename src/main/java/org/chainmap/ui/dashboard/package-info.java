/**
 * The Dashboard tab: the selected chain's progress over its snapshots as JavaFX charts, themed with the window, the
 * chains ranked in a sortable table (a click selects the chain in every view), the charts exported as PNG, SVG or
 * PDF, and the quarterly progress report written as a workbook or a page. What it shows is worked out by
 * {@code org.chainmap.progress} and drawn for the exports by {@code org.chainmap.render.chart}; this package only
 * shows it.
 */
package org.chainmap.ui.dashboard;
