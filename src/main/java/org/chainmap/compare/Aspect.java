package org.chainmap.compare;

import org.chainmap.model.Keyword;

/** What about a firm can change between two maps, as far as the comparison looks. */
public enum Aspect implements Keyword {
    /** It has another id: it was matched by credit code or by name. */
    ID("id"),
    /** It has another name: a rename. */
    NAME("name"),
    /** It works in other segments (another main segment, or segments added or dropped). */
    SEGMENT("segment"),
    /** It became local, or ceased to be. */
    LOCAL("local"),
    /** It rose above designated size (规上), or fell below, by each map's own rule. */
    SCALE("scale"),
    /** Its revenue changed. */
    REVENUE("revenue");

    private final String id;

    Aspect(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
