package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.chainmap.io.MapReader;
import org.chainmap.model.Certainty;
import org.chainmap.model.ListKind;
import org.chainmap.model.Role;
import org.chainmap.model.Stage;

/**
 * The cells of one row by column, read into values; a cell that cannot be read refuses the row, with the
 * column and the reason, and reads as empty so that the rest of the row is still checked (every reason is
 * told at once).
 */
final class RowReader {

    /** The list columns whose values name things of the map. */
    private static final Set<Column> NAMES_THINGS =
            EnumSet.of(Column.FIRM_CHAIN, Column.FIRM_SEGMENTS, Column.SEGMENT_FEEDS);

    private final Table table;
    private final Table.Row row;
    private final Headers headers;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<Column> tooLong = EnumSet.noneOf(Column.class);

    RowReader(Table table, Table.Row row, Headers headers) {
        this.table = table;
        this.row = row;
        this.headers = headers;
    }

    String sheet() {
        return table.name();
    }

    int number() {
        return row.number();
    }

    /** Whether the sheet has the column. */
    boolean has(Column column) {
        return headers.indexOf(column).isPresent();
    }

    /**
     * The row's cell in {@code column}. A text longer than a map file can hold ({@link MapReader#MAX_STRING}
     * characters) refuses the row once and reads as empty, so that what an import takes can always be saved.
     */
    Cell cell(Column column) {
        Cell cell = headers.indexOf(column).map(row::cell).orElse(Cell.EMPTY);
        if (cell.text().length() <= MapReader.MAX_STRING) {
            return cell;
        }
        if (tooLong.add(column)) {
            refuse(column, "row.tooLong", cell.text().length(), MapReader.MAX_STRING);
        }
        return Cell.EMPTY;
    }

    /** Whether the sheet has the column and the row's cell in it is filled. */
    boolean given(Column column) {
        return !cell(column).isBlank();
    }

    /** The cell's text, {@code null} when empty. */
    String text(Column column) {
        return Values.text(cell(column));
    }

    /** The values of a cell of several values (see {@link Values#values}); a repeated value is remarked on. */
    List<String> list(Column column) {
        return list(column, value -> false);
    }

    /**
     * The values of a cell of several values, a {@code known} value kept whole. A cell that names things of the
     * map (chains, segments, feeds) and whose pieces name none of them is one value, so that what is refused is
     * what was written (decision 0031). A filled cell that holds no value (only separators) reads as empty, with
     * a remark.
     */
    List<String> list(Column column, Predicate<String> known) {
        Cell cell = cell(column);
        List<String> written = Values.values(cell.text(), known);
        List<String> values = Values.once(written);
        if (values.isEmpty() && !cell.isBlank()) {
            remark(column, "row.listEmpty", cell.text());
            return values;
        }
        if (NAMES_THINGS.contains(column) && Values.cutBlind(cell, values, known)) {
            return List.of(cell.text());
        }
        for (String value : Values.repeated(written)) {
            remark(column, "row.repeated", value);
        }
        return values;
    }

    Long amount(Column column) {
        return read(column, cell -> Values.amount(cell, headers.scales().getOrDefault(column, 1L)));
    }

    Integer whole(Column column) {
        return read(column, Values::whole);
    }

    Integer year(Column column) {
        Integer year = read(column, Values::year);
        if (year != null && (year < 0 || year > 9999)) {
            refuse(column, "value.year", cell(column).text());
            return null;
        }
        return year;
    }

    String date(Column column) {
        return read(column, Values::date);
    }

    Boolean yesNo(Column column) {
        return read(column, Values::yesNo);
    }

    Stage stage(Column column) {
        return read(column, Values::stage);
    }

    Role role(Column column) {
        return read(column, Values::role);
    }

    Certainty certainty(Column column) {
        return read(column, Values::certainty);
    }

    ListKind listKind(Column column) {
        return read(column, Values::listKind);
    }

    /**
     * The row cannot be taken without a value in {@code column}: its cell is empty, or the sheet has no such
     * column at all, which the message names in the user's language.
     */
    void refuseMissing(Column column) {
        if (has(column)) {
            refuse(column, "row.required", header(column));
        } else {
            refuse(null, "row.columnMissing", column);
        }
    }

    /** The row cannot be taken because of the cell in {@code column} ({@code null}: the row as a whole). */
    void refuse(Column column, String key, Object... args) {
        problems.add(problem(column, Message.of(key, args), true));
    }

    /** A remark on the cell in {@code column}; the row is taken. */
    void remark(Column column, String key, Object... args) {
        problems.add(problem(column, Message.of(key, args), false));
    }

    boolean refused() {
        return problems.stream().anyMatch(RowProblem::refuses);
    }

    List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    /** The header of {@code column} as the file writes it. */
    String header(Column column) {
        return headers.indexOf(column)
                .map(index -> headerRow().cell(index).text())
                .orElse(column.key());
    }

    private Table.Row headerRow() {
        return table.rows().get(headers.row());
    }

    private RowProblem problem(Column column, Message message, boolean refuses) {
        Optional<Integer> index = column == null ? Optional.empty() : headers.indexOf(column);
        return new RowProblem(index.orElse(-1), index.isPresent() ? header(column) : null, message, refuses);
    }

    private interface Reading<T> {
        T from(Cell cell) throws Values.Unreadable;
    }

    private <T> T read(Column column, Reading<T> reading) {
        try {
            return reading.from(cell(column));
        } catch (Values.Unreadable e) {
            problems.add(problem(column, e.reason(), true));
            return null;
        }
    }
}
