package org.chainmap.model;

import java.util.Optional;

/** How far the region has got with an investment-promotion target (招商目标). */
public enum TargetStatus implements Keyword {
    /** A firm worth approaching. */
    CANDIDATE("candidate"),
    /** First contact made. */
    CONTACTED("contacted"),
    /** In negotiation. */
    NEGOTIATING("negotiating"),
    /** Agreement signed (签约). */
    SIGNED("signed"),
    /** No longer pursued. */
    DROPPED("dropped");

    private final String id;

    TargetStatus(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a file, if there is one. */
    public static Optional<TargetStatus> fromId(String id) {
        return Keyword.parse(TargetStatus.class, id);
    }
}
