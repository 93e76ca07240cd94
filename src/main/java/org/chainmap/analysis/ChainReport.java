package org.chainmap.analysis;

import java.util.List;

/**
 * The analysis of one chain.
 *
 * @param chain the chain's id
 * @param segments the number of its segments
 * @param covered the number of its segments with at least one local firm
 * @param localRate the local supporting rate; {@code null} when no link has a local customer in the chain
 * @param gaps its gaps, sorted by kind, then by the ids of their segments, feeds or firms
 */
public record ChainReport(String chain, int segments, int covered, LocalRate localRate, List<Gap> gaps) {

    /** Copies the list. */
    public ChainReport {
        gaps = List.copyOf(gaps);
    }

    /** The share of segments with at least one local firm, or {@code null} for a chain without segments. */
    public Double coverage() {
        return segments == 0 ? null : (double) covered / segments;
    }

    /** The gaps of one kind, in report order. */
    public List<Gap> gaps(GapKind kind) {
        return gaps.stream().filter(gap -> gap.kind() == kind).toList();
    }
}
