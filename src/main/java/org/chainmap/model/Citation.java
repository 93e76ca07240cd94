package org.chainmap.model;

import java.util.Objects;

/**
 * A fact's citation of one of the map's {@link Source sources}: which source states it, and when someone
 * last checked that it does.
 *
 * @param source the id of a source of the map
 * @param checked the date the fact was last checked against the source (ISO); {@code null} when never
 * @param extra fields this program does not know, kept as they are
 */
public record Citation(String source, String checked, Extras extra) {

    /** Checks the required field. */
    public Citation {
        Objects.requireNonNull(source, "source");
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A citation of {@code source}, checked on {@code checked}. */
    public static Citation of(String source, String checked) {
        return new Citation(source, checked, Extras.NONE);
    }
}
