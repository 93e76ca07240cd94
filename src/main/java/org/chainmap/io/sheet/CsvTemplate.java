package org.chainmap.io.sheet;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chainmap.io.AtomicWrite;
import org.chainmap.model.RegionMap;

/**
 * The template as CSV files, one per kind of sheet ({@code segments.csv}, {@code mapping.csv}, {@code
 * enterprises.csv}, {@code links.csv}, {@code lists.csv}), for ledgers kept in a program that has no Excel: the
 * headers the workbook template has (without its * marks, drop-down lists and widths), and the same rows, the
 * map's or one example each; UTF-8 with a byte-order mark, so that Excel and WPS open them as UTF-8. {@code import
 * MAP --csv segments.csv --csv enterprises.csv …} reads them back as one change. Text a spreadsheet would take
 * as a formula begins with an apostrophe ({@link TextCells#forCsv}), which the import takes off again.
 */
public final class CsvTemplate {

    private CsvTemplate() {}

    /**
     * Writes the files into {@code dir} (made if missing), each atomically.
     *
     * @param map the map whose rows to write; {@code null} for the empty template with its examples
     * @return the files written, in the order an import should read them
     */
    public static List<Path> write(RegionMap map, Path dir, Locale locale) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (SheetKind kind : TemplateWriter.ORDER) {
            List<List<Object>> rows = map != null
                    ? new MapRows(map, locale).rows(kind)
                    : kind == SheetKind.MAPPING ? List.of() : List.of(TemplateExamples.row(kind, locale));
            Path file = dir.resolve(kind.id() + ".csv");
            AtomicWrite.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
                List<String> headers = new ArrayList<>();
                for (Column column : kind.columns()) {
                    headers.add(column.in(locale));
                }
                printer.printRecord(headers);
                for (List<Object> row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (Object value : row) {
                        cells.add(text(value));
                    }
                    printer.printRecord(cells);
                }
                printer.flush();
            });
            written.add(file);
        }
        return written;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return Cell.plain(((Number) value).doubleValue());
        }
        return TextCells.forCsv(value.toString());
    }
}
