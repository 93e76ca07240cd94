package org.chainmap.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal with Chinese text, where a Chinese character
 * takes two columns.
 */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    /** A table whose columns are right-aligned where {@code rightAligned} says so (numbers). */
    TextTable(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    /** Adds a row; it has one cell per column, each shown as {@link TerminalText#visible} shows it. */
    TextTable row(Object... cells) {
        String[] texts = new String[rightAligned.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = i < cells.length && cells[i] != null ? TerminalText.visible(cells[i]) : "";
        }
        rows.add(texts);
        return this;
    }

    /** The table, one line per row, columns two spaces apart, without trailing spaces. */
    String render() {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - width(row[i]));
                line.append(rightAligned[i] ? pad + row[i] : row[i] + pad);
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The number of terminal columns {@code text} takes: two for each wide (East Asian) character. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private static boolean isWide(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    }
}
