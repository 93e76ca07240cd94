package org.chainmap.layout;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The first free cell of a box's card rows for a provisional placement (decision 0071): the cell a scan of every
 * row (the distinct tops of the card-high rectangles in the box, ascending) and every column, each cell tested
 * against every rectangle taken, would find first; found instead by marking the cells each taken rectangle
 * overlaps (a binary search for its first row and its first column), then taking the first cell not marked. So
 * it costs a sort of the box's rectangles, not their number squared (490–680 ms of CPU for the cell of a card put
 * back into the largest box at 100,000 firms before). The comparisons are those of {@link Rect#overlaps}, on the
 * same sums, so the cell is exactly the one the scan chose.
 */
final class FreeCells {

    private FreeCells() {}

    /**
     * The first cell, row by row, column by column, of height {@code cellHeight} at {@code x(column)} for {@code
     * columns} columns (ascending in the column) on the rows of {@code taken}'s rectangles {@link
     * Placement#CARD_HEIGHT} high, that overlaps none of {@code taken}; {@code null} when every one does or there is no
     * row.
     */
    static Rect firstFree(List<Rect> taken, int columns, double cellHeight, ColumnX x) {
        double[] rows = rows(taken);
        if (rows.length == 0 || columns <= 0) {
            return null;
        }
        int numbered = rows.length; // the rows before the NaN ones (those last): no rectangle overlaps a NaN row
        while (numbered > 0 && Double.isNaN(rows[numbered - 1])) {
            numbered--;
        }
        double[] lefts = new double[columns];
        for (int column = 0; column < columns; column++) {
            lefts[column] = x.of(column);
        }
        BitSet blocked = new BitSet(rows.length * columns);
        for (Rect b : taken) {
            int firstColumn = firstColumn(lefts, b);
            if (firstColumn == columns) {
                continue;
            }
            for (int row = firstRow(rows, numbered, cellHeight, b); row < numbered && rows[row] < b.bottom(); row++) {
                for (int column = firstColumn; column < columns && lefts[column] < b.right(); column++) {
                    blocked.set(row * columns + column);
                }
            }
        }
        int free = blocked.nextClearBit(0);
        if (free >= rows.length * columns) {
            return null;
        }
        return new Rect(lefts[free % columns], rows[free / columns], Placement.CARD_WIDTH, cellHeight);
    }

    /** Where a column's cells begin. */
    @FunctionalInterface
    interface ColumnX {
        double of(int column);
    }

    /** The distinct tops of {@code taken}'s card-high rectangles, ascending as {@code Double}s compare. */
    static double[] rows(List<Rect> taken) {
        double[] tops = new double[taken.size()];
        int n = 0;
        for (Rect r : taken) {
            if (r.height() == Placement.CARD_HEIGHT) {
                tops[n++] = r.y();
            }
        }
        Arrays.sort(tops, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || Double.compare(tops[i], tops[distinct - 1]) != 0) {
                tops[distinct++] = tops[i];
            }
        }
        return Arrays.copyOf(tops, distinct);
    }

    /** The first of the first {@code numbered} rows whose cell's bottom lies below {@code b}'s top. */
    private static int firstRow(double[] rows, int numbered, double cellHeight, Rect b) {
        int low = 0;
        int high = numbered;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (b.y() < rows[middle] + cellHeight) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The first column whose cell's right edge lies right of {@code b}'s left one (the number of columns if none). */
    private static int firstColumn(double[] lefts, Rect b) {
        int low = 0;
        int high = lefts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (b.x() < lefts[middle] + Placement.CARD_WIDTH) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
