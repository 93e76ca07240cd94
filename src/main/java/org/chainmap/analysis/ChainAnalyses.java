package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * The gap analysis of a map kept chain by chain, so that after an edit only the chains the edit reaches are
 * analysed again ({@link #after}); the result is always that of {@link GapAnalysis#of} on the edited map.
 *
 * <p>Which segments an edit reaches is worked out by {@link EditReach} from the records the edit replaced, added
 * or removed. Their gaps are found again over a part of the edited map ({@link MapGraph#ofPart}) that holds every
 * firm and link they read: the firms of those segments, the firms their targets name, a local firm of each
 * segment feeding them, the suppliers of their local firms and the local partners of their candidates; the other
 * segments of their chains keep their gaps, and the chains' local supporting rates are read from the map again
 * ({@link LocalRate#of(RegionMap, List)}).
 * The key local firms (cut vertices of the whole local supply network) are found again only when the edit
 * changed that network; otherwise they are kept, and only the chains they are counted in are looked up again.
 * Instances never change and may be handed between threads.
 */
public final class ChainAnalyses {

    private final RegionMap map;
    private final List<ChainReport> reports;
    private final Map<String, Integer> cuts;
    private final Set<String> analysed;

    private ChainAnalyses(RegionMap map, List<ChainReport> reports, Map<String, Integer> cuts, Set<String> analysed) {
        this.map = map;
        this.reports = List.copyOf(reports);
        this.cuts = cuts;
        this.analysed = Set.copyOf(analysed);
    }

    /** The analysis of every chain of {@code map}. */
    public static ChainAnalyses of(RegionMap map) {
        MapGraph graph = MapGraph.of(map);
        Map<String, Integer> cuts = CutFirms.cuts(graph);
        List<ChainReport> reports = GapAnalysis.reports(graph, map.chains(), cutpoints(map, cuts));
        Set<String> all = new HashSet<>();
        map.chains().forEach(chain -> all.add(chain.id()));
        return new ChainAnalyses(map, reports, cuts, all);
    }

    /**
     * The analysis of {@code edited}, made from this map by an edit that replaced, added or removed the records
     * {@code touched} (chains, enterprises, links, targets; either version, both may be given), reusing the
     * reports of the chains the edit does not reach.
     */
    public ChainAnalyses after(RegionMap edited, Collection<?> touched) {
        EditReach reach = EditReach.of(map, edited, touched);
        if (reach.everything()) {
            return of(edited);
        }
        Map<String, Integer> newCuts = reach.localNetwork() ? CutFirms.cuts(localGraph(edited)) : cuts;
        Map<String, List<Gap>> cutpoints = byChain(cutpoints(edited, newCuts));
        List<Chain> again = new ArrayList<>();
        for (Chain chain : edited.chains()) {
            if (reach.chains().contains(chain.id())) {
                again.add(chain);
            }
        }
        Map<String, ChainReport> old = new HashMap<>();
        reports.forEach(report -> old.put(report.chain(), report));
        Map<String, ChainReport> fresh = new HashMap<>();
        if (!again.isEmpty()) {
            MapGraph part = MapGraph.ofPart(edited, partFor(edited, reach.segments()));
            GapFinder finder = new GapFinder(part, new TargetRanking(part));
            Map<String, List<Gap>> feedGaps = byChain(finder.feedGaps());
            Map<String, LocalRate> rates = LocalRate.of(edited, again);
            for (Chain chain : again) {
                List<Segment> reached = chain.segments().stream()
                        .filter(segment -> reach.segments().contains(segment.id()))
                        .toList();
                List<Gap> gaps = new ArrayList<>(finder.segmentGaps(chain.id(), reached));
                gaps.addAll(finder.extendGaps(chain.id(), reached));
                gaps.addAll(feedGaps.getOrDefault(chain.id(), List.of()));
                ChainReport report =
                        new ChainReport(chain.id(), chain.segments().size(), 0, null, gaps);
                String id = chain.id();
                fresh.put(id, merged(old.get(id), report, reach.segments(), cutpoints.get(id), rates.get(id)));
            }
        }
        List<ChainReport> updated = new ArrayList<>();
        for (Chain chain : edited.chains()) {
            ChainReport report = fresh.get(chain.id());
            if (report == null) {
                report = old.get(chain.id());
                List<Gap> now = cutpoints.getOrDefault(chain.id(), List.of());
                if (!new HashSet<>(report.gaps(GapKind.CUTPOINT)).equals(new HashSet<>(now))) {
                    report = GapAnalysis.withCutpoints(report, now);
                }
            }
            updated.add(report);
        }
        return new ChainAnalyses(edited, updated, newCuts, reach.chains());
    }

    /** The map analysed. */
    public RegionMap map() {
        return map;
    }

    /** Every chain's report, in the map's chain order. */
    public List<ChainReport> reports() {
        return reports;
    }

    /** The ids of the chains analysed to make this analysis: all for {@link #of}, those reached for {@link #after}. */
    public Set<String> analysed() {
        return analysed;
    }

    /**
     * A chain's report after an edit: the gaps of the {@code segments} reached from {@code part}, made over a part
     * of the map that holds all they read, the other gaps from {@code old}, the cutpoints and the rate given.
     */
    private static ChainReport merged(
            ChainReport old, ChainReport part, Set<String> segments, List<Gap> cutpoints, LocalRate rate) {
        List<Gap> gaps = new ArrayList<>();
        for (Gap gap : old.gaps()) {
            if (gap.kind() != GapKind.CUTPOINT && !segments.contains(segmentOf(gap))) {
                gaps.add(gap);
            }
        }
        for (Gap gap : part.gaps()) {
            if (gap.kind() != GapKind.CUTPOINT && segments.contains(segmentOf(gap))) {
                gaps.add(gap);
            }
        }
        int missing = 0;
        for (Gap gap : gaps) {
            missing += gap.kind() == GapKind.MISSING ? 1 : 0;
        }
        ChainReport merged = new ChainReport(part.chain(), part.segments(), part.segments() - missing, rate, gaps);
        return GapAnalysis.withCutpoints(merged, cutpoints == null ? List.of() : cutpoints);
    }

    /** The segment whose gaps {@code gap} is among: its own, or for a feed the buying one's. */
    private static String segmentOf(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return missing.segment();
        }
        if (gap instanceof Gap.Weak weak) {
            return weak.segment();
        }
        if (gap instanceof Gap.Extend extend) {
            return extend.segment();
        }
        if (gap instanceof Gap.Broken broken) {
            return broken.to();
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return chokepoint.to();
        }
        return null;
    }

    /** The cutpoint gaps of the key local firms {@code cuts} (id to partners), in the chain of each one's segment. */
    private static List<Gap> cutpoints(RegionMap map, Map<String, Integer> cuts) {
        Map<String, Chain> chainOfSegment = new HashMap<>();
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                chainOfSegment.putIfAbsent(segment.id(), chain);
            }
        }
        List<Gap> gaps = new ArrayList<>();
        cuts.forEach((id, partners) -> map.enterprise(id).ifPresent(firm -> {
            for (String segment : firm.segments()) {
                Chain chain = chainOfSegment.get(segment);
                if (chain != null) {
                    gaps.add(new Gap.Cutpoint(chain.id(), id, partners));
                    return;
                }
            }
        }));
        return gaps;
    }

    private static Map<String, List<Gap>> byChain(List<Gap> gaps) {
        Map<String, List<Gap>> byChain = new HashMap<>();
        for (Gap gap : gaps) {
            byChain.computeIfAbsent(gap.chain(), key -> new ArrayList<>()).add(gap);
        }
        return byChain;
    }

    private static boolean isLocal(RegionMap map, String firm) {
        return map.enterprise(firm).map(Enterprise::local).orElse(false);
    }

    /** The local firms of {@code map} and the links between them: all the key firms are found from. */
    private static MapGraph localGraph(RegionMap map) {
        Set<String> local = new HashSet<>();
        for (Enterprise firm : map.enterprises()) {
            if (firm.local()) {
                local.add(firm.id());
            }
        }
        return MapGraph.ofPart(map, local);
    }

    /**
     * The ids of the firms the gaps of {@code segments} read in {@code map}: the firms working in them, the firms
     * their targets name, one local firm of each other segment that feeds them, the suppliers of their local
     * firms, and the local partners of their candidates (their external firms, the firms their targets name):
     * a candidate's facts count only its trade with local firms.
     */
    static Set<String> partFor(RegionMap map, Set<String> segments) {
        Set<String> feeding = new HashSet<>();
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                if (!segments.contains(segment.id()) && segment.feeds().stream().anyMatch(segments::contains)) {
                    feeding.add(segment.id());
                }
            }
        }
        Set<String> part = new HashSet<>();
        Set<String> localCustomers = new HashSet<>();
        Set<String> candidates = new HashSet<>();
        for (Enterprise firm : map.enterprises()) {
            boolean inChains = false;
            for (String segment : firm.segments()) {
                inChains |= segments.contains(segment);
                if (firm.local() && feeding.remove(segment)) {
                    part.add(firm.id());
                }
            }
            if (inChains) {
                part.add(firm.id());
                (firm.local() ? localCustomers : candidates).add(firm.id());
            }
        }
        for (Target target : map.targets()) {
            if (target.enterprise() != null && segments.contains(target.segment())) {
                part.add(target.enterprise());
                candidates.add(target.enterprise());
            }
        }
        for (SupplyLink link : map.links()) {
            if (localCustomers.contains(link.to()) || candidates.contains(link.to()) && isLocal(map, link.from())) {
                part.add(link.from());
            }
            if (candidates.contains(link.from()) && isLocal(map, link.to())) {
                part.add(link.to());
            }
        }
        return part;
    }
}
