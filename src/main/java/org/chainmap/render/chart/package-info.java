/**
 * The dashboard's charts drawn with a {@link org.chainmap.render.Pen}, for the exports and the reports: a
 * {@link org.chainmap.progress.Chart} painted by {@link org.chainmap.render.chart.ChartPainter}, several on a page
 * by {@link org.chainmap.render.chart.ChartPage}, written as SVG, PDF or PNG by
 * {@link org.chainmap.render.chart.ChartExport} through the vector pens and the PNG export of every other picture,
 * headless from the command line as well as from the window. {@link org.chainmap.render.chart.ChartColors} gives
 * a series its colour in a theme, the window's JavaFX charts included.
 */
package org.chainmap.render.chart;
