package org.chainmap.model;

import java.util.List;

/**
 * Where a fact comes from and how sure the map is of it: written in files as the flat fields
 * {@code certainty}, {@code source}, {@code cites} and {@code note} of the object it describes.
 *
 * @param certainty verified or likely; {@code null} when not said
 * @param source where the fact comes from, in free text; {@code null} when not said
 * @param note free text; {@code null} when none
 * @param cites the map's sources that state the fact, in the order written; empty when none
 */
public record Provenance(Certainty certainty, String source, String note, List<Citation> cites) {

    /** Nothing said. */
    public static final Provenance NONE = new Provenance(null, null, null);

    /** Makes the citations immutable. */
    public Provenance {
        cites = List.copyOf(cites == null ? List.of() : cites);
    }

    /** A provenance without citations. */
    public Provenance(Certainty certainty, String source, String note) {
        this(certainty, source, note, List.of());
    }

    /** A provenance with {@code certainty} and {@code source} and no note. */
    public static Provenance of(Certainty certainty, String source) {
        return new Provenance(certainty, source, null);
    }

    /** Whether nothing is said. */
    public boolean isEmpty() {
        return certainty == null && source == null && note == null && cites.isEmpty();
    }
}
