package org.chainmap.model;

/**
 * Where a fact comes from and how sure the map is of it: written in files as the flat fields
 * {@code certainty}, {@code source} and {@code note} of the object it describes.
 *
 * @param certainty verified or likely; {@code null} when not said
 * @param source where the fact comes from; {@code null} when not said
 * @param note free text; {@code null} when none
 */
public record Provenance(Certainty certainty, String source, String note) {

    /** Nothing said. */
    public static final Provenance NONE = new Provenance(null, null, null);

    /** A provenance with {@code certainty} and {@code source} and no note. */
    public static Provenance of(Certainty certainty, String source) {
        return new Provenance(certainty, source, null);
    }
}
