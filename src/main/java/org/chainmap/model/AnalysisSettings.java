package org.chainmap.model;

/**
 * The thresholds of the gap analysis, kept in the map so that every user of a map gets the same answer.
 *
 * @param weakBelow a segment with fewer local firms than this is weak (弱链); at least 1
 * @param scaleTag a segment none of whose local firms carries this tag is weak; usually 规上
 * @param extra fields this program does not know, kept as they are
 */
public record AnalysisSettings(int weakBelow, String scaleTag, Extras extra) {

    /** The default weak threshold: a segment held by a single local firm is weak. */
    public static final int DEFAULT_WEAK_BELOW = 2;

    /** The default tag of an above-designated-size firm (规模以上). */
    public static final String DEFAULT_SCALE_TAG = "规上";

    /** The settings used when a map says nothing. */
    public static final AnalysisSettings DEFAULTS =
            new AnalysisSettings(DEFAULT_WEAK_BELOW, DEFAULT_SCALE_TAG, Extras.NONE);

    /** Fills in the default tag and empty extras. */
    public AnalysisSettings {
        scaleTag = scaleTag == null ? DEFAULT_SCALE_TAG : scaleTag;
        extra = extra == null ? Extras.NONE : extra;
    }
}
