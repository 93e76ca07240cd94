package org.chainmap.model;

/**
 * The thresholds of the gap analysis, kept in the map so that every user of a map gets the same answer.
 *
 * @param weakBelow a segment with fewer local firms than this is weak (弱链); at least 1
 * @param scaleTag the tag of a firm above designated size, usually 规上; "" for none (only revenue counts)
 * @param scale what makes a firm 规上: the tag, a revenue of at least {@code scaleRevenue}, either, or nothing
 * @param scaleRevenue the revenue in yuan from which a firm is 规上 (20 million: the statistical line of 规模以上
 *     工业企业); at least 0
 * @param extra fields this program does not know, kept as they are
 */
public record AnalysisSettings(int weakBelow, String scaleTag, ScaleRule scale, long scaleRevenue, Extras extra) {

    /** The default weak threshold: a segment held by a single local firm is weak. */
    public static final int DEFAULT_WEAK_BELOW = 2;

    /** The default tag of an above-designated-size firm (规模以上). */
    public static final String DEFAULT_SCALE_TAG = "规上";

    /** The default revenue of an above-designated-size industrial firm: 20 million yuan (2000 万元) a year. */
    public static final long DEFAULT_SCALE_REVENUE = 20_000_000L;

    /** The settings used when a map says nothing. */
    public static final AnalysisSettings DEFAULTS =
            new AnalysisSettings(DEFAULT_WEAK_BELOW, DEFAULT_SCALE_TAG, Extras.NONE);

    /** Fills in the default tag, rule and empty extras. */
    public AnalysisSettings {
        scaleTag = scaleTag == null ? DEFAULT_SCALE_TAG : scaleTag;
        scale = scale == null ? ScaleRule.TAG_OR_REVENUE : scale;
        extra = extra == null ? Extras.NONE : extra;
    }

    /** Settings with the default scale rule (tag or revenue) and revenue threshold. */
    public AnalysisSettings(int weakBelow, String scaleTag, Extras extra) {
        this(weakBelow, scaleTag, ScaleRule.TAG_OR_REVENUE, DEFAULT_SCALE_REVENUE, extra);
    }

    /** The word for a 规上 firm in the analysis's sentences: the scale tag, or 规上 when the tag is "". */
    public String scaleLabel() {
        return scaleTag.isBlank() ? DEFAULT_SCALE_TAG : scaleTag;
    }

    /** Whether {@code firm} is above designated size by these settings (never, when the rule is off). */
    public boolean aboveScale(Enterprise firm) {
        return (scale.byTag() && !scaleTag.isBlank() && firm.hasTag(scaleTag))
                || (scale.byRevenue() && firm.revenue() != null && firm.revenue() >= scaleRevenue);
    }

    /** Whether {@code firm} carries what the rule looks at: the scale tag, or a revenue. */
    public boolean showsScale(Enterprise firm) {
        return (scale.byTag() && !scaleTag.isBlank() && firm.hasTag(scaleTag))
                || (scale.byRevenue() && firm.revenue() != null);
    }
}
