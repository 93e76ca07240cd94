package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of a workbook while it is read, however it is read: the rows the sheet has (an empty one included,
 * down to its last), the cells put in them, then its merged ranges, whose value is copied into every cell they
 * cover. Columns past {@link #MAX_COLUMNS} are not kept; a filled cell below {@link Table#MAX_ROWS} rows stops the
 * reading ({@link TooManyRows}), as a CSV file of more rows is refused.
 */
final class SheetGrid {

    /** A filled cell below the rows a sheet may have: the reader names the file and refuses it. */
    static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super("more than " + Table.MAX_ROWS + " rows", null, false, false);
        }
    }

    /** Columns past this are not read (a sheet formatted to its last column has 16,384). */
    static final int MAX_COLUMNS = 256;

    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<CellRangeAddress> ranges = new ArrayList<>();

    /**
     * Notes that the sheet has row {@code row} (from 0), and every one above it. A row past {@link Table#MAX_ROWS}
     * is not noted: a sheet formatted down to its last row has empty rows there, which are nothing to import.
     */
    void row(int row) {
        if (row >= Table.MAX_ROWS) {
            return;
        }
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
    }

    /**
     * Puts {@code cell} in row {@code row}, column {@code column} (from 0); a blank one, or one too far right, is not
     * kept.
     *
     * @throws TooManyRows if a filled cell lies below {@link Table#MAX_ROWS} rows
     */
    void put(int row, int column, Cell cell) {
        if (column >= MAX_COLUMNS || cell.isBlank()) {
            row(row);
            return;
        }
        if (row >= Table.MAX_ROWS) {
            throw new TooManyRows();
        }
        row(row);
        List<Cell> cells = rows.get(row);
        while (cells.size() <= column) {
            cells.add(Cell.EMPTY);
        }
        cells.set(column, cell);
    }

    /** Notes a merged range, to be filled when the table is made. */
    void merge(CellRangeAddress range) {
        ranges.add(range);
    }

    /**
     * The sheet as a table: the merged ranges filled, in the order they were noted; trailing empty cells cut. The
     * grid is empty afterwards.
     */
    Table table(String name) {
        List<String> merged = new ArrayList<>();
        Map<Integer, Set<Integer>> copied = new HashMap<>();
        for (CellRangeAddress range : ranges) {
            if (fill(range, copied)) {
                merged.add(range.formatAsString());
            }
        }
        List<Table.Row> table = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            table.add(new Table.Row(r + 1, trimmed(rows.get(r)), copied.getOrDefault(r, Set.of())));
            rows.set(r, null); // copied into the table: the grid need not be held twice at the end of a large sheet
        }
        rows.clear();
        return new Table(name, table, merged);
    }

    /**
     * Copies the top-left value of {@code range} into its other cells, noting them in {@code copied} (row →
     * columns); whether it held a value.
     */
    private boolean fill(CellRangeAddress range, Map<Integer, Set<Integer>> copied) {
        int top = range.getFirstRow();
        int left = range.getFirstColumn();
        if (top >= rows.size() || left >= MAX_COLUMNS) {
            return false;
        }
        Cell value = left < rows.get(top).size() ? rows.get(top).get(left) : Cell.EMPTY;
        if (value.isBlank()) {
            return false;
        }
        for (int r = top; r <= Math.min(range.getLastRow(), rows.size() - 1); r++) {
            List<Cell> cells = rows.get(r);
            for (int c = left; c <= Math.min(range.getLastColumn(), MAX_COLUMNS - 1); c++) {
                while (cells.size() <= c) {
                    cells.add(Cell.EMPTY);
                }
                cells.set(c, value);
                if (r != top || c != left) {
                    copied.computeIfAbsent(r, key -> new HashSet<>()).add(c);
                }
            }
        }
        return true;
    }

    private static List<Cell> trimmed(List<Cell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }
}
