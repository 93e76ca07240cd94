package org.chainmap.io.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell of a spreadsheet as it was read: its text as a person sees it, and the number or date the
 * workbook stored in it, if any (a CSV stores only text).
 *
 * @param text the shown text, stripped; "" for an empty cell
 * @param number the number a workbook stored; {@code null} for text, dates and CSV cells
 * @param date the date a workbook stored (a number formatted as a date); {@code null} otherwise
 */
public record Cell(String text, Double number, LocalDate date) {

    /** An empty cell. */
    public static final Cell EMPTY = new Cell("", null, null);

    /** Strips the text. */
    public Cell {
        text = Objects.requireNonNull(text, "text").strip();
    }

    /** A cell holding text only. */
    public static Cell text(String text) {
        return text == null || text.isBlank() ? EMPTY : new Cell(text, null, null);
    }

    /** A cell holding a number, shown as a person would read it (no ".0", no exponent). */
    public static Cell number(double value) {
        return new Cell(plain(value), value, null);
    }

    /** Whether the cell holds nothing. */
    public boolean isBlank() {
        return text.isEmpty() && number == null && date == null;
    }

    /** Whether a workbook stored a number here (not text that looks like one). */
    public boolean isNumber() {
        return number != null;
    }

    /** {@code value} written plainly: 1500000 rather than 1.5E6, 12.5 rather than 12.50. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
