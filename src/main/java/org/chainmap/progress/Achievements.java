package org.chainmap.progress;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.GapKind;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.GapChange;

/**
 * What a chain's gaps closed since an older version mean in the words of 强链延链补链: a missing segment that now has a
 * local firm, or a broken flow that a local supplier mended, is <em>filled</em> (补链); a weak segment, a chokepoint or
 * a key firm the network hung on that is no longer one is <em>strengthened</em> (强链); a segment that local output
 * feeds, with local firms of its own now, is <em>extended</em> (延链).
 *
 * @param filled the gaps closed that filled the chain, in the comparison's order
 * @param strengthened those that strengthened it
 * @param extended those that extended it
 */
public record Achievements(List<GapChange> filled, List<GapChange> strengthened, List<GapChange> extended) {

    /** The three kinds of achievement, in the order a report lists them. */
    public enum Kind {
        /** 补链. */
        FILLED("filled"),
        /** 强链. */
        STRENGTHENED("strengthened"),
        /** 延链. */
        EXTENDED("extended");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The word the bundles and files use. */
        public String id() {
            return id;
        }

        /** The achievement closing a gap of {@code kind} is. */
        public static Kind of(GapKind kind) {
            return switch (kind) {
                case MISSING, BROKEN -> FILLED;
                case WEAK, CHOKEPOINT, CUTPOINT -> STRENGTHENED;
                case EXTEND -> EXTENDED;
            };
        }
    }

    /** Copies the lists. */
    public Achievements {
        filled = List.copyOf(filled);
        strengthened = List.copyOf(strengthened);
        extended = List.copyOf(extended);
    }

    /** The achievements of {@code chain}: its gaps closed, sorted by kind. */
    public static Achievements of(ChainComparison chain) {
        List<GapChange> filled = new ArrayList<>();
        List<GapChange> strengthened = new ArrayList<>();
        List<GapChange> extended = new ArrayList<>();
        for (GapChange closed : chain.closedAsRead()) { // not a weak segment that lost its last local firm
            switch (Kind.of(closed.gap().kind())) {
                case FILLED -> filled.add(closed);
                case STRENGTHENED -> strengthened.add(closed);
                case EXTENDED -> extended.add(closed);
            }
        }
        return new Achievements(filled, strengthened, extended);
    }

    /** The gaps closed of {@code kind}. */
    public List<GapChange> of(Kind kind) {
        return switch (kind) {
            case FILLED -> filled;
            case STRENGTHENED -> strengthened;
            case EXTENDED -> extended;
        };
    }
}
