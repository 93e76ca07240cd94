package org.chainmap.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a mistyped command or option was most likely meant to be ({@code expor} → {@code export}), as
 * git and picocli-style command lines suggest: the known name nearest by edit distance (an insertion, a
 * deletion, a changed letter or two neighbours swapped each count one), if it is near enough to be a slip
 * rather than another word, and the only one that near.
 */
final class Suggestion {

    private Suggestion() {}

    /** The name in {@code known} that {@code typed} most likely meant, if one is close and unambiguous. */
    static Optional<String> nearest(String typed, Collection<String> known) {
        String word = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String name : known) {
            int distance = distance(word, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        // One slip in a short word, two in a longer one; "--" of an option is not a part of the word.
        int core = word.replaceFirst("^-+", "").length();
        int allowed = core <= 4 ? 1 : 2;
        if (best == null || tie || best.equals(typed) || bestDistance > allowed) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** The optimal-string-alignment distance: Levenshtein with adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }
}
