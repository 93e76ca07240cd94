package org.chainmap.model;

/** How bad a {@link Problem} is. */
public enum Severity {
    /** The map cannot be opened or saved until it is fixed. */
    ERROR,
    /** Probably a mistake in the data; the map still opens. */
    WARNING,
    /** Worth knowing; nothing is wrong. */
    NOTE
}
