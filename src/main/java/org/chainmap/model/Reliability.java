package org.chainmap.model;

import java.util.Optional;

/** How much a source can be trusted, from the kind of page it is. */
public enum Reliability implements Keyword {
    /** A government site or a body's own statement (政府网, 工信局 reply, exchange filing). */
    OFFICIAL("official"),
    /** A newspaper or news agency on its own site (衡阳日报, 湖南日报, 红网, 新华). */
    NEWSPAPER("newspaper"),
    /** A copy of an original on another, unrelated site: read it as the original, check when it matters. */
    REPOST("repost");

    private final String id;

    Reliability(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a file, if there is one. */
    public static Optional<Reliability> fromId(String id) {
        return Keyword.parse(Reliability.class, id);
    }
}
