package org.chainmap.io.sheet;

/**
 * Text as an {@code .xlsx} stores it: a character XML cannot hold (a carriage return, a control character) is
 * written {@code _xHHHH_}, its code in four hexadecimal digits, and an underscore that would start such a
 * sequence as {@code _x005F_} (ECMA-376, Part 1, 22.4.2.4 {@code ST_Xstring}). Undone here as POI's rich-text
 * string undoes it, so that a cell reads the same by either of POI's ways and by the stream.
 */
final class OoxmlText {

    private OoxmlText() {}

    /** {@code text} with every {@code _xHHHH_} replaced by the character it stands for. */
    static String decoded(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        while (at >= 0) {
            if (isEscape(text, at)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                copied = at + 7;
                at = text.indexOf("_x", copied);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether {@code _xHHHH_} starts at {@code at}. */
    private static boolean isEscape(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
