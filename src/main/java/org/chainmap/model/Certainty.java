package org.chainmap.model;

import java.util.Optional;

/** How sure the map is of a fact taken from public sources. */
public enum Certainty implements Keyword {
    /** Stated in a public source. */
    VERIFIED("verified"),
    /** Our best reading, to be confirmed. */
    LIKELY("likely");

    private final String id;

    Certainty(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a file, if there is one. */
    public static Optional<Certainty> fromId(String id) {
        return Keyword.parse(Certainty.class, id);
    }
}
