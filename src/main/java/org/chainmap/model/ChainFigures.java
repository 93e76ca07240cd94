package org.chainmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key figures of one chain on one day, as a {@link Snapshot} keeps them: what the gap analysis said of the
 * chain's current state (planned things left out), so that its progress can be plotted without old files.
 *
 * @param chain the chain's id
 * @param segments the number of its segments
 * @param covered the number of its segments with at least one local firm
 * @param localRate the local supporting rate from 0 to 1; {@code null} when no link had a local customer
 * @param localFirms the number of local firms working in the chain
 * @param scaleFirms how many of them were above designated size (规上) by the map's analysis settings
 * @param output the sum of the local firms' revenue or output in yuan; {@code null} when none was known
 * @param gaps the number of gaps of each kind found, by the kind's word ({@code missing}, {@code weak} ...),
 *     kinds without a gap included as 0
 * @param extra fields this program does not know, kept as they are
 */
public record ChainFigures(
        String chain,
        int segments,
        int covered,
        Double localRate,
        int localFirms,
        int scaleFirms,
        Long output,
        Map<String, Integer> gaps,
        Extras extra) {

    /** Checks the required fields and keeps the gaps in their order. */
    public ChainFigures {
        Objects.requireNonNull(chain, "chain");
        gaps = gaps == null || gaps.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(gaps));
        extra = extra == null ? Extras.NONE : extra;
    }

    /** The share of segments with a local firm, or {@code null} for a chain without segments. */
    public Double coverage() {
        return segments == 0 ? null : (double) covered / segments;
    }

    /** The number of gaps of the kind written {@code kind}; 0 when none was counted. */
    public int gapCount(String kind) {
        return gaps.getOrDefault(kind, 0);
    }
}
