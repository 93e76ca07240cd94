package org.chainmap.io.sheet;

import java.util.List;
import java.util.Objects;

/**
 * One sheet of a workbook, or a whole CSV file: its rows as read, empty ones included, each with the number
 * a spreadsheet program shows for it.
 *
 * @param name the sheet's name; the file's name for a CSV
 * @param rows the rows, top to bottom
 * @param merged the merged ranges whose value was copied into every cell they cover ({@code C5:C9})
 */
public record Table(String name, List<Row> rows, List<String> merged) {

    /**
     * The most rows read from a CSV file: 200,000, about what a map can hold (a map file is read up to 64 MiB,
     * a firm of one short row takes some 200 bytes in it, a full one 500), refused before more is held.
     */
    public static final int MAX_ROWS = 200_000;

    /** Copies the lists. */
    public Table {
        Objects.requireNonNull(name, "name");
        rows = List.copyOf(rows);
        merged = List.copyOf(merged);
    }

    /**
     * One row.
     *
     * @param number the row's number as a spreadsheet shows it, from 1
     * @param cells the cells from column A on; missing cells at the end are empty
     * @param copied the columns whose value a merged range copied down or across into this row
     */
    public record Row(int number, List<Cell> cells, java.util.Set<Integer> copied) {

        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
            copied = java.util.Set.copyOf(copied);
        }

        /** A row none of whose values were copied from a merged range. */
        public Row(int number, List<Cell> cells) {
            this(number, cells, java.util.Set.of());
        }

        /** The cell in {@code column} (from 0), empty past the last one. */
        public Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        /** Whether every cell is empty, or holds only what a merged range above or beside it copied in. */
        public boolean isBlank() {
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isBlank() && !copied.contains(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The letters of a column as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
