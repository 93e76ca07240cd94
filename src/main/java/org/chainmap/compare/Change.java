package org.chainmap.compare;

import org.chainmap.model.Keyword;

/** What happened to an element between the old map and the new one. */
public enum Change implements Keyword {
    /** Only in the new map; for a gap: opened. */
    ADDED("added"),
    /** Only in the old map; for a gap: closed. */
    REMOVED("removed"),
    /** In both, different. */
    CHANGED("changed"),
    /** In both, the same as far as the comparison looks. */
    SAME("same");

    private final String id;

    Change(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
