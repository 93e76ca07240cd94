package org.chainmap.io.sheet;

/** What the workbooks ChainMap writes share: the width a text takes in a column. */
public final class Sheets {

    private Sheets() {}

    /**
     * The width of {@code text} in characters of a spreadsheet's default font: a Chinese character (or any wide
     * one) counts two, for its longest line.
     */
    public static int displayWidth(String text) {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                width += isWide(codePoint) ? 2 : 1;
                i += Character.charCount(codePoint);
            }
            widest = Math.max(widest, width);
        }
        return widest;
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && codePoint >= 0x2018 && codePoint <= 0x201D;
    }
}
