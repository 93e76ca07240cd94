package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Chain;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/**
 * Runs the whole gap analysis of a map: per chain its coverage, local supporting rate and gaps, each gap
 * with its evidence and, for missing and weak segments, the ranked candidates. The rules are in
 * {@code docs/gaps.md}.
 */
public final class GapAnalysis {

    private static final Comparator<Gap> REPORT_ORDER =
            Comparator.comparing(Gap::kind).thenComparing(Gap::sortKey);

    private GapAnalysis() {}

    /**
     * The analysis of every chain of {@code map} in {@code state}: today's (planned things left out) or the
     * target state's (counted as if they were there).
     */
    public static List<ChainReport> of(RegionMap map, MapState state) {
        return of(state.of(map));
    }

    /** The analysis of every chain of {@code map} as it is, planned things counted, in the map's chain order. */
    public static List<ChainReport> of(RegionMap map) {
        return of(MapGraph.of(map));
    }

    /**
     * The analysis of every chain of {@code graph}'s map, over that graph: for a caller that keeps the graph to
     * look firms and links up by number afterwards ({@code compare.MapComparer}).
     */
    public static List<ChainReport> of(MapGraph graph) {
        return reports(graph, graph.map().chains(), CutFirms.find(graph));
    }

    /**
     * The reports of {@code chains}, over {@code graph}: the whole map, or a part of it that holds every firm and
     * link these chains' analysis reads ({@link ChainAnalyses}); the cutpoint gaps, which depend on the whole
     * local supply network, are given.
     */
    static List<ChainReport> reports(MapGraph graph, List<Chain> chains, List<Gap> cutpoints) {
        GapFinder finder = new GapFinder(graph, new TargetRanking(graph));
        Map<String, List<Gap>> byChain = new HashMap<>();
        for (Gap gap : finder.feedGaps()) {
            byChain.computeIfAbsent(gap.chain(), key -> new ArrayList<>()).add(gap);
        }
        for (Gap gap : cutpoints) {
            byChain.computeIfAbsent(gap.chain(), key -> new ArrayList<>()).add(gap);
        }
        List<ChainReport> reports = new ArrayList<>();
        for (Chain chain : chains) {
            List<Gap> gaps = new ArrayList<>(finder.segmentGaps(chain));
            gaps.addAll(finder.extendGaps(chain));
            gaps.addAll(byChain.getOrDefault(chain.id(), List.of()));
            gaps.sort(REPORT_ORDER);
            int covered = 0;
            for (Segment segment : chain.segments()) {
                covered += graph.localFirmsIn(segment.id()).isEmpty() ? 0 : 1;
            }
            reports.add(
                    new ChainReport(chain.id(), chain.segments().size(), covered, LocalRate.of(graph, chain), gaps));
        }
        return reports;
    }

    /** {@code report} with {@code cutpoints} in place of its cutpoint gaps, in report order. */
    static ChainReport withCutpoints(ChainReport report, List<Gap> cutpoints) {
        List<Gap> gaps = new ArrayList<>(report.gaps().size());
        for (Gap gap : report.gaps()) {
            if (gap.kind() != GapKind.CUTPOINT) {
                gaps.add(gap);
            }
        }
        gaps.addAll(cutpoints);
        gaps.sort(REPORT_ORDER);
        return new ChainReport(report.chain(), report.segments(), report.covered(), report.localRate(), gaps);
    }
}
