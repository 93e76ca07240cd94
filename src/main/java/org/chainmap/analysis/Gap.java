package org.chainmap.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One gap of a chain, with its evidence. Each kind is a record of its own; {@link #kind()} tells which.
 * A gap on a feed S → T belongs to the chain of T; a gap on a segment or a firm to the chain of that
 * segment (of the firm's main segment).
 */
public sealed interface Gap {

    /** What kind of gap this is. */
    GapKind kind();

    /** The id of the chain the gap belongs to. */
    String chain();

    /** The ids that order gaps of one kind: the segment, or the feed's two ends, or the firm. */
    String sortKey();

    /**
     * 缺链: no local firm works in {@code segment}.
     *
     * @param chain the segment's chain
     * @param segment the segment
     * @param targets the candidates to fill it, best first
     */
    record Missing(String chain, String segment, List<Candidate> targets) implements Gap {
        /** Copies the list. */
        public Missing {
            targets = List.copyOf(targets);
        }

        @Override
        public GapKind kind() {
            return GapKind.MISSING;
        }

        @Override
        public String sortKey() {
            return segment;
        }
    }

    /**
     * 弱链: local firms work in {@code segment}, but too few, or none of them above designated size.
     *
     * @param chain the segment's chain
     * @param segment the segment
     * @param local the local firms in it, in document order
     * @param tooFew whether there are fewer local firms than the threshold
     * @param noneAboveScale whether none of them carries the scale tag (规上)
     * @param targets the candidates to strengthen it, best first
     */
    record Weak(
            String chain,
            String segment,
            List<String> local,
            boolean tooFew,
            boolean noneAboveScale,
            List<Candidate> targets)
            implements Gap {
        /** Copies the lists. */
        public Weak {
            local = List.copyOf(local);
            targets = List.copyOf(targets);
        }

        @Override
        public GapKind kind() {
            return GapKind.WEAK;
        }

        @Override
        public String sortKey() {
            return segment;
        }
    }

    /**
     * 断链: supply links come from segment {@code from} into local firms of segment {@code to}, and every
     * one of their suppliers is external.
     *
     * @param chain the chain of {@code to}
     * @param from the supplying segment
     * @param to the buying segment
     * @param suppliers the external suppliers, sorted by id
     * @param customers the local customers in {@code to}, sorted by id
     */
    record Broken(String chain, String from, String to, List<String> suppliers, List<String> customers) implements Gap {
        /** Copies the lists. */
        public Broken {
            suppliers = List.copyOf(suppliers);
            customers = List.copyOf(customers);
        }

        @Override
        public GapKind kind() {
            return GapKind.BROKEN;
        }

        @Override
        public String sortKey() {
            return from + "\u0000" + to;
        }
    }

    /**
     * 卡脖子: every supply link from segment {@code from} into local firms of segment {@code to} comes from
     * the one {@code supplier}, and at least two local firms depend on it.
     *
     * @param chain the chain of {@code to}
     * @param from the supplying segment
     * @param to the buying segment
     * @param supplier the single supplier, local or external
     * @param customers the local customers that depend on it, sorted by id
     */
    record Chokepoint(String chain, String from, String to, String supplier, List<String> customers) implements Gap {
        /** Copies the list. */
        public Chokepoint {
            Objects.requireNonNull(supplier, "supplier");
            customers = List.copyOf(customers);
        }

        @Override
        public GapKind kind() {
            return GapKind.CHOKEPOINT;
        }

        @Override
        public String sortKey() {
            return from + "\u0000" + to;
        }
    }

    /**
     * 延链: the region lacks {@code segment}, though local firms work in segments that feed it.
     *
     * @param chain the segment's chain
     * @param segment the missing segment
     * @param from the segments with local firms that feed it, in feed order
     */
    record Extend(String chain, String segment, List<String> from) implements Gap {
        /** Copies the list. */
        public Extend {
            from = List.copyOf(from);
        }

        @Override
        public GapKind kind() {
            return GapKind.EXTEND;
        }

        @Override
        public String sortKey() {
            return segment;
        }
    }

    /**
     * A local firm that holds local supply together: removing it splits a group of local firms joined by
     * supply links into parts that no longer reach each other.
     *
     * @param chain the chain of the firm's main segment
     * @param firm the firm
     * @param partners the number of local firms it supplies or buys from
     */
    record Cutpoint(String chain, String firm, int partners) implements Gap {
        @Override
        public GapKind kind() {
            return GapKind.CUTPOINT;
        }

        @Override
        public String sortKey() {
            return firm;
        }
    }
}
