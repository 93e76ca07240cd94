package org.chainmap.model;

/** The kinds of things in a map that have ids. */
public enum ElementKind implements Localizable {
    /** A {@link Chain}. */
    CHAIN,
    /** A {@link Segment}. */
    SEGMENT,
    /** An {@link Enterprise}. */
    ENTERPRISE,
    /** A {@link SupplyLink}. */
    LINK,
    /** A {@link ListItem}. */
    LIST_ITEM,
    /** A {@link Target}. */
    TARGET,
    /** A {@link Source}. */
    SOURCE;

    @Override
    public String messageKey() {
        return "kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
