package org.chainmap.io.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file's text into one table: fields separated by commas (or by tabs or semicolons, when the
 * first line has more of those), quoted as RFC 4180 and Excel quote them, a quoted field possibly running over
 * several lines. Every record is a row, empty ones included, so that row numbers are the ones a spreadsheet
 * program shows. As in a workbook, columns past {@link SheetGrid#MAX_COLUMNS} are not kept; a file of more than
 * {@link Table#MAX_ROWS} records is refused when the record past it is reached, before more is held. The
 * apostrophe our own CSV files put before formula-like text ({@link TextCells#forCsv}) is taken off again.
 */
final class CsvReader {

    private CsvReader() {}

    static Table read(String name, String text) throws SheetException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() == Table.MAX_ROWS) {
                    throw new SheetException(Message.of("file.tooManyRows", name, Table.MAX_ROWS));
                }
                int kept = Math.min(record.size(), SheetGrid.MAX_COLUMNS);
                List<Cell> cells = new ArrayList<>(kept);
                for (int column = 0; column < kept; column++) {
                    cells.add(Cell.text(TextCells.fromCsv(record.get(column))));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(new Table.Row(rows.size() + 1, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new SheetException(Message.of("file.csvBroken", name, rows.size() + 1), e);
        }
        return new Table(name, rows, List.of());
    }

    /** The separator the first line uses most: comma, tab or semicolon. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {'\t', ';'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }
}
