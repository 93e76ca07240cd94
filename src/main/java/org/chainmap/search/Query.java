package org.chainmap.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a user typed, made comparable: {@code text} for names and English names, {@code letters} for
 * pinyin and credit codes.
 *
 * @param text the query folded like the names: compatibility forms unified (full-width letters and
 *     brackets become plain ones), lower case, without control characters, trimmed
 * @param letters {@code text} without spaces and apostrophes ({@code te bian}, {@code xi'an}), at most
 *     {@link Spellings#MAX_QUERY} characters
 * @param mask the Latin letters and digits in {@code letters}, as {@link Spellings#bit} sets them
 * @param digits whether {@code letters} holds a digit, the sign that it may be a credit code
 */
record Query(String text, char[] letters, long mask, boolean digits) {

    /** {@code typed}, made comparable. */
    static Query of(String typed) {
        String text =
                fold(typed == null ? "" : typed).replaceAll("\\p{Cntrl}", "").strip();
        StringBuilder kept = new StringBuilder(text.length());
        long mask = 0;
        boolean digits = false;
        for (int k = 0; k < text.length() && kept.length() < Spellings.MAX_QUERY; k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || c == '\'' || c == '’') {
                continue;
            }
            kept.append(c);
            mask |= Spellings.bit(c);
            digits |= c >= '0' && c <= '9';
        }
        char[] letters = new char[kept.length()];
        kept.getChars(0, letters.length, letters, 0);
        return new Query(text, letters, mask, digits);
    }

    /** Whether nothing was typed but spaces. */
    boolean isEmpty() {
        return letters.length == 0;
    }

    /** {@code name} as names and queries are compared: compatibility forms unified, lower case. */
    static String fold(String name) {
        String unified = Normalizer.isNormalized(name, Normalizer.Form.NFKC)
                ? name
                : Normalizer.normalize(name, Normalizer.Form.NFKC);
        return unified.toLowerCase(Locale.ROOT);
    }
}
