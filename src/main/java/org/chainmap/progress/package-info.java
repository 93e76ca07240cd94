/**
 * Progress over time, for the dashboard and the quarterly progress report (季度进展报告): each chain's key figures
 * at every snapshot and now ({@link org.chainmap.progress.Trend}), the chains ranked
 * ({@link org.chainmap.progress.Ranking}), both gathered by {@link org.chainmap.progress.Dashboard}; the charts
 * of them as data ({@link org.chainmap.progress.Chart}, made by {@link org.chainmap.progress.DashboardCharts}),
 * which {@code render.chart} draws and the window shows as JavaFX charts; and the report
 * ({@link org.chainmap.progress.ProgressReport}), made from the dashboard and a comparison with an older version
 * ({@code compare}) as an {@code io.report.Report}. Why it is built so: {@code docs/decisions/0035-dashboard.md}.
 *
 * <p>Uses {@code model}, {@code analysis}, {@code compare} and the report record of {@code io.report}; no JavaFX, no
 * files.
 */
package org.chainmap.progress;
