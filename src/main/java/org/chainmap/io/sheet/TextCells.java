package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Text going into a spreadsheet we write, made harmless and made to fit: the one place every CSV and workbook
 * writer puts its text cells through.
 *
 * <p><b>Formulas.</b> Excel and WPS take a cell that begins with {@code =}, {@code +}, {@code -} or {@code @}
 * (and, some versions, a tab or a carriage return) as a formula, and a formula can run programs or send data
 * away ({@code =cmd|' /C calc'!A0}, {@code =HYPERLINK(…)}). As OWASP recommends, such text is marked as text:
 * in a CSV file it gets a leading apostrophe ({@link #forCsv}), which the importer takes off again ({@link
 * #fromCsv}); in a workbook it stays a string cell, never a
 * formula, whose style says "quote prefix" ({@link #write}): Excel's own form of the leading apostrophe, shown
 * as one in the formula bar and kept when the cell is edited, while the cell's value stays the text itself, so
 * that a template read back imports as no change. A plain number ({@code -12.5}) is no formula and stays as
 * it is; numbers written as numbers are never touched.
 *
 * <p><b>Length.</b> A cell holds at most {@value #MAX_LENGTH} characters; longer text is cut to fit, ending in
 * {@value #CUT_MARK}, and the cell is recorded ({@link #cut}) for the caller to say so.
 */
public final class TextCells {

    /** The most characters a cell of Excel holds. */
    public static final int MAX_LENGTH = 32_767;

    /** What ends a text cut to fit a cell. */
    public static final String CUT_MARK = "…(cut)";

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    private final List<String> cut = new ArrayList<>();

    /** Writes text cells into {@code workbook}. */
    public TextCells(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Whether a spreadsheet would read {@code text} as a formula: its first character starts one, it is no number. */
    public static boolean formulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean starts = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return starts && !NUMBER.matcher(text).matches();
    }

    /**
     * {@code text} for a CSV cell: with a leading apostrophe when a spreadsheet would take it as a formula, or when
     * it is such text already marked by an apostrophe of its own (so that {@link #fromCsv} gives back exactly
     * {@code text}, whatever it is).
     */
    public static String forCsv(String text) {
        return marked(text) ? "'" + text : text;
    }

    /**
     * The text a CSV cell written by {@link #forCsv} held: the leading apostrophe taken off again where {@link
     * #forCsv} put one. A CSV file keeps no "quote prefix" of its own, so an apostrophe before formula-like text
     * is read as our mark (Excel and WPS save such a cell without it).
     */
    public static String fromCsv(String field) {
        return field != null && field.startsWith("'") && marked(field.substring(1)) ? field.substring(1) : field;
    }

    /** Whether {@link #forCsv} marks {@code text}: formula-like, after any number of leading apostrophes. */
    private static boolean marked(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\'') {
            start++;
        }
        return formulaLike(text.substring(start));
    }

    /** {@code text} cut to {@link #MAX_LENGTH} characters, ending in {@link #CUT_MARK}; as it is when it fits. */
    public static String fitted(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT_MARK;
    }

    /**
     * Sets {@code cell} to the string {@code text} in {@code style} (or none): cut to fit, and quote-prefixed
     * when it would be taken as a formula.
     */
    public void write(Cell cell, String text, CellStyle style) {
        String fitted = fitted(text);
        if (text.length() > MAX_LENGTH) {
            cut.add(new CellReference(
                            cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), false, false)
                    .formatAsString());
        }
        cell.setCellValue(fitted);
        if (formulaLike(fitted)) {
            CellStyle base = style != null ? style : workbook.getCellStyleAt(0);
            cell.setCellStyle(quoted.computeIfAbsent(base, this::quotePrefixed));
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The cells whose text was cut to fit, as {@code 'Sheet'!B3}, in the order written. */
    public List<String> cut() {
        return List.copyOf(cut);
    }

    private CellStyle quotePrefixed(CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setQuotePrefixed(true);
        return style;
    }
}
