package org.chainmap.search;

import java.util.List;

/**
 * The pinyin of the characters of one map, and the matching of typed letters against a name's pinyin.
 *
 * <p>A name is matched as its <em>spelling</em>: its characters that can be typed (Chinese characters with
 * a reading, Latin letters and digits), in lower case; punctuation such as the brackets of 建滔（衡阳）
 * drops out. Typed letters match a run of the spelling when they split into one piece per character, each
 * piece the start of one of the character's readings (at least its first letter, at most all of it), or
 * the character itself (a Latin letter, a digit, or a Chinese character typed as such). So {@code tbdg},
 * {@code tebian}, {@code tebiandiangong} and {@code tebiandg} all match 特变电工, and {@code hang} and
 * {@code xing} both match 行. The last piece may stop inside a reading: results follow each keystroke.
 *
 * <p>Lookups are by array index, and the spellings of all names lie in one array, so that a query can test
 * every name of a large map in a few milliseconds. A table is filled while its index is built, then only
 * read, and may then be shared between threads.
 */
final class Spellings {

    /** The most letters of a query that are matched against pinyin; a longer query is cut there. */
    static final int MAX_QUERY = 40;

    /** Per character: its readings as arrays of letters, or {@code null} for none. */
    private final char[][][] readings = new char[Character.MAX_VALUE + 1][][];

    /** Per character: the letters its readings start with (see {@link #bit}). */
    private final long[] starts = new long[Character.MAX_VALUE + 1];

    /** Per character: every letter of its readings. */
    private final long[] letters = new long[Character.MAX_VALUE + 1];

    /** Per character: whether its readings were looked up. */
    private final boolean[] known = new boolean[Character.MAX_VALUE + 1];

    /** The bit of a Latin letter or digit in a set of letters; 0 for any other character. */
    static long bit(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 0;
    }

    /** The spelling of {@code folded} (a name in lower case), learning the readings of its characters. */
    char[] spell(String folded) {
        char[] spelling = new char[folded.length()];
        int n = 0;
        for (int k = 0; k < folded.length(); k++) {
            char c = folded.charAt(k);
            learn(c);
            if (bit(c) != 0 || readings[c] != null) {
                spelling[n++] = c;
            }
        }
        return n == spelling.length ? spelling : java.util.Arrays.copyOf(spelling, n);
    }

    /** Every letter that can match somewhere in {@code spelling}. */
    long letters(char[] spelling) {
        long all = 0;
        for (char c : spelling) {
            all |= bit(c) | letters[c];
        }
        return all;
    }

    private void learn(char c) {
        if (known[c]) {
            return;
        }
        known[c] = true;
        List<String> found = Pinyin.readings(c);
        if (found.isEmpty()) {
            return;
        }
        char[][] spelt = new char[found.size()][];
        for (int r = 0; r < spelt.length; r++) {
            spelt[r] = found.get(r).toCharArray();
            starts[c] |= bit(spelt[r][0]);
            for (char letter : spelt[r]) {
                letters[c] |= bit(letter);
            }
        }
        readings[c] = spelt;
    }

    /** Whether a match of a query starting with {@code first} can begin at character {@code c}. */
    boolean canStart(char c, char first) {
        return c == first || (starts[c] & bit(first)) != 0;
    }

    /**
     * Whether {@code query} from {@code j} matches the spelling {@code spelling[i..end)} from its start on;
     * when {@code whole}, the match must also end at {@code end}.
     */
    boolean matches(char[] spelling, int i, int end, char[] query, int j, boolean whole) {
        if (j == query.length) {
            return !whole || i == end;
        }
        if (i == end) {
            return false;
        }
        char c = spelling[i];
        if (c == query[j] && matches(spelling, i + 1, end, query, j + 1, whole)) {
            return true;
        }
        char[][] spelt = readings[c];
        if (spelt == null) {
            return false;
        }
        for (char[] reading : spelt) {
            for (int k = 0; k < reading.length && j + k < query.length && reading[k] == query[j + k]; k++) {
                if (matches(spelling, i + 1, end, query, j + k + 1, whole)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code query} matches the spelling {@code spelling[i..end)} from its start, one letter a character. */
    boolean matchesInitials(char[] spelling, int i, int end, char[] query) {
        if (i + query.length > end) {
            return false;
        }
        for (int j = 0; j < query.length; j++) {
            char c = spelling[i + j];
            if (c != query[j] && (starts[c] & bit(query[j])) == 0) {
                return false;
            }
        }
        return true;
    }
}
