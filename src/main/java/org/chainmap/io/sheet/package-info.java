/**
 * Spreadsheets in: the region's ledgers (企业台账) as {@code .xlsx} workbooks or {@code .csv} files, read into
 * {@link org.chainmap.io.sheet.Table}s ({@link org.chainmap.io.sheet.SheetFile}: size limits, zip-bomb limits,
 * encodings), their columns matched by header in Chinese or English ({@link org.chainmap.io.sheet.Column},
 * {@link org.chainmap.io.sheet.Headers}), and the rows weighed against the open map
 * ({@link org.chainmap.io.sheet.Importer}) into an {@link org.chainmap.io.sheet.ImportPreview}: what would be
 * added, what updated, and every row that cannot be taken with its reason. Nothing here changes a map: the
 * preview holds what the import brings as a partial map, which {@code edit.Merge} turns into one undoable
 * change. {@link org.chainmap.io.sheet.TemplateWriter} writes the workbook to fill in, empty or with a map's
 * data. The columns are described in {@code docs/format.md}.
 *
 * <p>Uses {@code model}, Apache POI and Commons CSV; no JavaFX.
 */
package org.chainmap.io.sheet;
