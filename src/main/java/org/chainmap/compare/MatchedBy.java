package org.chainmap.compare;

import org.chainmap.model.Keyword;

/** How a firm of the new map was found in the old one, in the order the matching tries. */
public enum MatchedBy implements Keyword {
    /** The same id. */
    ID("id"),
    /** The same unified social credit code, under another id. */
    CREDIT_CODE("creditCode"),
    /** The same name, under another id and without a shared credit code. */
    NAME("name");

    private final String id;

    MatchedBy(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
