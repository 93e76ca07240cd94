/**
 * Reports of a map's gap analysis for people who do not run ChainMap: an Excel workbook
 * ({@link org.chainmap.io.report.ExcelReport}: a summary sheet across the chains, one sheet per chain with its
 * segments, local firms, coverage, local supporting rate, gaps and ranked targets, and the five lists), and the
 * same content as Markdown ({@link org.chainmap.io.report.MarkdownReport}) and HTML
 * ({@link org.chainmap.io.report.HtmlReport}) for e-mail and the web. {@link org.chainmap.io.report.Report}
 * gathers the content once, as typed tables, from {@code analysis.GapAnalysis}; each writer only lays it out, so
 * the three say the same, and the figures are those of {@code gaps --format json}.
 *
 * <p>Uses {@code model}, {@code analysis}, {@code io.sheet} (column widths) and Apache POI; no JavaFX.
 */
package org.chainmap.io.report;
