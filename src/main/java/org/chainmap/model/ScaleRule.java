package org.chainmap.model;

import java.util.Optional;

/**
 * What makes a firm above designated size (规上) for the weak rule of the gap analysis (弱链: no local firm of a
 * segment is 规上): the map's scale tag, its revenue threshold, either, or nothing (the rule is off).
 */
public enum ScaleRule implements Keyword {
    /** The tag or a revenue at the threshold: the default. */
    TAG_OR_REVENUE("tagOrRevenue"),
    /** Only the tag. */
    TAG("tag"),
    /** Only a revenue at the threshold. */
    REVENUE("revenue"),
    /** No firm is judged by its size: a segment is never weak for want of a 规上 firm. */
    NONE("none");

    private final String id;

    ScaleRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether the tag counts. */
    public boolean byTag() {
        return this == TAG_OR_REVENUE || this == TAG;
    }

    /** Whether a revenue at the threshold counts. */
    public boolean byRevenue() {
        return this == TAG_OR_REVENUE || this == REVENUE;
    }

    /** The constant written as {@code id} in a file, if there is one. */
    public static Optional<ScaleRule> fromId(String id) {
        return Keyword.parse(ScaleRule.class, id);
    }
}
