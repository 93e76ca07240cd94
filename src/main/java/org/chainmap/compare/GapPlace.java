package org.chainmap.compare;

import java.util.function.UnaryOperator;
import org.chainmap.analysis.Gap;

/**
 * Where a gap is, as a key that names the same gap in both maps: its kind and its segment ({@code missing:a.s1}),
 * its feed ({@code broken:a.s1>a.s2}) or its firm ({@code cutpoint:f7}, the firm by its new id). Two gaps are the
 * same gap when their keys are equal; the rest of a gap is its evidence.
 */
public final class GapPlace {

    private GapPlace() {}

    /**
     * The key of {@code gap}; {@code firmIds} turns a firm's id into the new map's (the identity for a gap of
     * the new map).
     */
    public static String of(Gap gap, UnaryOperator<String> firmIds) {
        String kind = gap.kind().id() + ":";
        if (gap instanceof Gap.Missing missing) {
            return kind + missing.segment();
        }
        if (gap instanceof Gap.Weak weak) {
            return kind + weak.segment();
        }
        if (gap instanceof Gap.Extend extend) {
            return kind + extend.segment();
        }
        if (gap instanceof Gap.Broken broken) {
            return kind + broken.from() + ">" + broken.to();
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return kind + chokepoint.from() + ">" + chokepoint.to();
        }
        return kind + firmIds.apply(((Gap.Cutpoint) gap).firm());
    }

    /** The segment a segment gap is about; {@code null} for a feed or a firm. */
    static String segment(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return missing.segment();
        }
        if (gap instanceof Gap.Weak weak) {
            return weak.segment();
        }
        if (gap instanceof Gap.Extend extend) {
            return extend.segment();
        }
        return null;
    }

    /** The supplying segment of a feed gap; {@code null} for others. */
    static String from(Gap gap) {
        if (gap instanceof Gap.Broken broken) {
            return broken.from();
        }
        return gap instanceof Gap.Chokepoint chokepoint ? chokepoint.from() : null;
    }

    /** The buying segment of a feed gap; {@code null} for others. */
    static String to(Gap gap) {
        if (gap instanceof Gap.Broken broken) {
            return broken.to();
        }
        return gap instanceof Gap.Chokepoint chokepoint ? chokepoint.to() : null;
    }
}
