package org.chainmap.cli;

/**
 * Text from a map made safe for a terminal: every character that would move the cursor, end the line, start an
 * escape sequence (colours, a window title) or reorder what follows is shown instead of obeyed. C0 controls and
 * DEL become their Unicode control pictures ({@code ESC} → {@code ␛}, a line feed → {@code ␊}); C1 controls,
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the line and paragraph
 * separators become {@code \}{@code uXXXX}. So a name keeps its one line and its neighbours' colours, whatever it
 * holds. Every value that reaches the text output goes through {@link #visible}; message templates, which we
 * write, do not.
 */
final class TerminalText {

    private TerminalText() {}

    /** {@code value}'s text, with what a terminal would obey shown instead; {@code null} stays {@code null}. */
    static String visible(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        int first = 0;
        while (first < text.length() && !obeyed(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                shown.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                shown.append('\u2421');
            } else if (obeyed(c)) {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** Whether a terminal would act on {@code c} rather than show it. */
    static boolean obeyed(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029;
    }
}
