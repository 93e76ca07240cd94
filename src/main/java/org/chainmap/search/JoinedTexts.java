package org.chainmap.search;

import java.util.Arrays;
import java.util.List;

/**
 * Many short texts (names, credit codes) joined into one string, so that finding which of them contain a
 * query is one run of {@link String#indexOf} over memory read in order, rather than a hundred thousand small
 * searches in objects spread over the heap. The texts are joined by a character no query holds (U+0000).
 */
final class JoinedTexts {

    /** Told of a text that contains the query. */
    @FunctionalInterface
    interface Found {
        /**
         * The text of {@code owner} contains the query: as a whole (closeness {@code 0}), at its start
         * ({@code 1}) or inside it ({@code 2}), the ordinals of {@link Hit.Closeness}.
         */
        void at(int owner, int closeness);
    }

    private static final char SEPARATOR = '\u0000';

    private final String joined;
    /** Where each text starts in {@code joined}; one more entry, one past the end of the last. */
    private final int[] starts;
    /** Whose each text is: an index the caller chose. */
    private final int[] owners;

    /** {@code texts}, the k-th belonging to {@code owners[k]}. */
    JoinedTexts(List<String> texts, int[] owners) {
        StringBuilder all = new StringBuilder(
                texts.stream().mapToInt(text -> text.length() + 1).sum());
        starts = new int[texts.size() + 1];
        for (int k = 0; k < texts.size(); k++) {
            starts[k] = all.length();
            all.append(texts.get(k)).append(SEPARATOR);
        }
        starts[texts.size()] = all.length();
        joined = all.toString();
        this.owners = owners.clone();
    }

    /** The length of the k-th text. */
    int length(int k) {
        return starts[k + 1] - starts[k] - 1;
    }

    /** Tells {@code found} of every text that contains {@code query}, once, with its closest occurrence. */
    void find(String query, Found found) {
        if (query.isEmpty() || query.indexOf(SEPARATOR) >= 0) {
            return;
        }
        int text = 0;
        int at = joined.indexOf(query);
        while (at >= 0) {
            int k = Arrays.binarySearch(starts, text, starts.length, at);
            text = k >= 0 ? k : -k - 2;
            int closeness = at > starts[text]
                    ? Hit.Closeness.INSIDE.ordinal()
                    : query.length() == length(text) ? Hit.Closeness.EXACT.ordinal() : Hit.Closeness.PREFIX.ordinal();
            found.at(owners[text], closeness);
            // The first occurrence in a text is its closest: go on with the next text.
            text++;
            at = text < starts.length - 1 ? joined.indexOf(query, starts[text]) : -1;
        }
    }
}
