package org.chainmap.model;

import java.util.Optional;

/** Where a segment sits in its chain, from raw materials to end use. */
public enum Stage implements Keyword {
    /** 上游: raw materials, basic parts. */
    UPSTREAM("upstream"),
    /** 中游: manufacturing of the chain's main products. */
    MIDSTREAM("midstream"),
    /** 下游: applications, end markets, services. */
    DOWNSTREAM("downstream");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a file, if there is one. */
    public static Optional<Stage> fromId(String id) {
        return Keyword.parse(Stage.class, id);
    }
}
