package org.chainmap.compare;

import java.util.List;
import java.util.function.UnaryOperator;
import org.chainmap.analysis.Gap;

/**
 * What a gap's evidence is, for telling whether a gap present in both maps changed: the local firms of a weak
 * segment and why it is weak, the suppliers and customers of a broken feed or a chokepoint, the feeding segments
 * of an extend gap. A missing segment's evidence is only that it is missing, and a key local firm's only that it is
 * one (its number of partners moves with every link); the candidates to fill a gap are advice, not evidence, and
 * their changes do not count.
 */
final class GapEvidence {

    private GapEvidence() {}

    /** The evidence of {@code gap}, its firms' ids passed through {@code ids}; equal evidence, the same gap. */
    static List<Object> of(Gap gap, UnaryOperator<String> ids) {
        if (gap instanceof Gap.Weak weak) {
            return List.of(sorted(weak.local(), ids), weak.tooFew(), weak.noneAboveScale());
        }
        if (gap instanceof Gap.Broken broken) {
            return List.of(sorted(broken.suppliers(), ids), sorted(broken.customers(), ids));
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return List.of(ids.apply(chokepoint.supplier()), sorted(chokepoint.customers(), ids));
        }
        if (gap instanceof Gap.Extend extend) {
            return List.of(extend.from());
        }
        return List.of();
    }

    private static List<String> sorted(List<String> firms, UnaryOperator<String> ids) {
        return firms.stream().map(ids).sorted().toList();
    }
}
