package org.chainmap.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.ChainAnalyses;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.GapKind;
import org.chainmap.analysis.ScaleBasis;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;

/**
 * The gap analysis of one map ({@link GapAnalysis}), indexed the way the window looks things up: by chain,
 * by segment and by enterprise. The rules of the analysis are in {@code docs/gaps.md}.
 *
 * <p>{@link #of} is a pure function of an immutable map and touches no node, so it may run on any thread;
 * an instance never changes and may be handed from a worker thread to the JavaFX thread.
 */
public final class MapGaps {

    private static final MapGaps NONE = new MapGaps(List.of(), null, null, null, null, MapState.BOTH);

    private final List<ChainReport> reports;
    private final ChainAnalyses analyses;
    private final Map<String, ChainReport> byChain = new LinkedHashMap<>();
    private final Map<String, List<Gap>> bySegment = new HashMap<>();
    private final Map<String, List<Gap>> byFirm = new HashMap<>();
    private final Map<String, List<Candidacy>> candidacies = new HashMap<>();
    private final Map<String, Set<String>> chokepointSuppliers = new HashMap<>();
    private final Set<String> keyFirms = new HashSet<>();
    private final ScaleBasis scale;
    private final RegionMap source;
    private final RegionMap shown;
    private final MapState state;

    private MapGaps(
            List<ChainReport> reports,
            ScaleBasis scale,
            ChainAnalyses analyses,
            RegionMap source,
            RegionMap shown,
            MapState state) {
        this.reports = List.copyOf(reports);
        this.scale = scale;
        this.analyses = analyses;
        this.source = source;
        this.shown = shown;
        this.state = state;
        for (ChainReport report : this.reports) {
            byChain.put(report.chain(), report);
            report.gaps().forEach(this::index);
        }
    }

    /** The analysis of {@code map}: runs {@link GapAnalysis} once. Safe to call off the JavaFX thread. */
    public static MapGaps of(RegionMap map) {
        return of(map, MapState.BOTH);
    }

    /**
     * The analysis of {@code map} in {@code state} (current, target, or both: the target, planned things marked
     * where drawn), which the views draw ({@link #shown()}). Safe to call off the JavaFX thread.
     */
    public static MapGaps of(RegionMap map, MapState state) {
        return of(map, ChainAnalyses.of(state.of(map)), state);
    }

    private static MapGaps of(RegionMap source, ChainAnalyses analyses, MapState state) {
        RegionMap shown = analyses.map();
        return new MapGaps(analyses.reports(), ScaleBasis.of(shown), analyses, source, shown, state);
    }

    /**
     * The analysis of {@code edited}, made from the map analysed here by an edit that replaced, added or removed
     * the records {@code touched}: only the chains the edit reaches are analysed again ({@link ChainAnalyses}).
     * A state that changes the map (planned things left out or unmarked) is analysed whole. Safe to call off the
     * JavaFX thread.
     */
    public MapGaps after(RegionMap edited, Collection<?> touched) {
        if (analyses == null || shown != source || state.of(edited) != edited) {
            return of(edited, state);
        }
        return of(edited, analyses.after(edited, touched), state);
    }

    /** The map analysed, as opened or edited (before its state was applied); {@code null} for no map. */
    public RegionMap map() {
        return source;
    }

    /** The map in the state analysed, as the views draw it; empty before a map is opened. */
    public Optional<RegionMap> shown() {
        return Optional.ofNullable(shown);
    }

    /**
     * The map the views draw once {@code edited} is the map open: the map analysed, in its state; or {@code edited}
     * itself while its analysis is under way (a large map, decision 0033) if the state leaves a map as it is, so that
     * the edit shows at once, on the analysis from before it. Empty when neither is there.
     */
    public Optional<RegionMap> drawn(RegionMap edited) {
        if (edited != null && source != edited && state.of(edited) == edited) {
            return Optional.of(edited);
        }
        return shown().or(() -> Optional.ofNullable(edited));
    }

    /** The state of the map analysed. */
    public MapState state() {
        return state;
    }

    /** How size was judged for the weak rule; empty before a map is opened. */
    public Optional<ScaleBasis> scale() {
        return Optional.ofNullable(scale);
    }

    /** The analysis of no map: no chain, no gap. */
    public static MapGaps none() {
        return NONE;
    }

    /** Every chain's report, in the map's chain order. */
    public List<ChainReport> reports() {
        return reports;
    }

    /** The report of the chain with id {@code chain}. */
    public Optional<ChainReport> report(String chain) {
        return Optional.ofNullable(byChain.get(chain));
    }

    /** How many gaps of {@code kind} the chain with id {@code chain} has. */
    public int count(String chain, GapKind kind) {
        return report(chain).map(report -> report.gaps(kind).size()).orElse(0);
    }

    /**
     * The gaps about segment {@code segment}, in report order: its own (missing, weak, extend) and the feeds
     * into it or out of it (broken, chokepoint).
     */
    public List<Gap> ofSegment(String segment) {
        return bySegment.getOrDefault(segment, List.of());
    }

    /** The gaps of {@code kind} about segment {@code segment}; for feeds, only those into it. */
    public List<Gap> ofSegment(String segment, GapKind kind) {
        return ofSegment(segment).stream()
                .filter(gap -> gap.kind() == kind)
                .filter(gap -> !isFeed(gap) || to(gap).equals(segment))
                .toList();
    }

    /**
     * The gaps enterprise {@code firm} takes part in: a weak segment it works in, a feed it supplies or buys
     * on, its being a key local firm.
     */
    public List<Gap> ofFirm(String firm) {
        return byFirm.getOrDefault(firm, List.of());
    }

    /** The missing and weak segments for which enterprise {@code firm} is a candidate, with its rank. */
    public List<Candidacy> candidacies(String firm) {
        return candidacies.getOrDefault(firm, List.of());
    }

    /** Whether enterprise {@code firm} is the single supplier of a chokepoint of the chain {@code chain}. */
    public boolean isChokepointSupplier(String chain, String firm) {
        return chokepointSuppliers.getOrDefault(chain, Set.of()).contains(firm);
    }

    /** The single suppliers of the chokepoints of the chain {@code chain}, by id. */
    public Set<String> chokepointSuppliers(String chain) {
        return java.util.Collections.unmodifiableSet(chokepointSuppliers.getOrDefault(chain, Set.of()));
    }

    /** The key local firms, by id. */
    public Set<String> keyFirms() {
        return java.util.Collections.unmodifiableSet(keyFirms);
    }

    /** Whether enterprise {@code firm} is a key local firm: without it, local supply falls apart. */
    public boolean isKeyFirm(String firm) {
        return keyFirms.contains(firm);
    }

    /** The ranked candidates of a missing or weak segment; empty for other gaps. */
    public static List<Candidate> candidates(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return missing.targets();
        }
        if (gap instanceof Gap.Weak weak) {
            return weak.targets();
        }
        return List.of();
    }

    /** Whether {@code gap} is about a feed between two segments (broken, chokepoint). */
    static boolean isFeed(Gap gap) {
        return gap instanceof Gap.Broken || gap instanceof Gap.Chokepoint;
    }

    /** The buying segment of a feed gap. */
    static String to(Gap gap) {
        if (gap instanceof Gap.Broken broken) {
            return broken.to();
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return chokepoint.to();
        }
        throw new IllegalArgumentException("not a feed: " + gap);
    }

    private void index(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            onSegment(missing.segment(), gap);
            candidates(missing.targets(), gap);
        } else if (gap instanceof Gap.Weak weak) {
            onSegment(weak.segment(), gap);
            weak.local().forEach(firm -> onFirm(firm, gap));
            candidates(weak.targets(), gap);
        } else if (gap instanceof Gap.Broken broken) {
            onSegment(broken.to(), gap);
            onSegment(broken.from(), gap);
            broken.suppliers().forEach(firm -> onFirm(firm, gap));
            broken.customers().forEach(firm -> onFirm(firm, gap));
        } else if (gap instanceof Gap.Chokepoint chokepoint) {
            onSegment(chokepoint.to(), gap);
            onSegment(chokepoint.from(), gap);
            onFirm(chokepoint.supplier(), gap);
            chokepoint.customers().forEach(firm -> onFirm(firm, gap));
            chokepointSuppliers
                    .computeIfAbsent(chokepoint.chain(), key -> new HashSet<>())
                    .add(chokepoint.supplier());
        } else if (gap instanceof Gap.Extend extend) {
            onSegment(extend.segment(), gap);
        } else if (gap instanceof Gap.Cutpoint cutpoint) {
            onFirm(cutpoint.firm(), gap);
            keyFirms.add(cutpoint.firm());
        }
    }

    private void onSegment(String segment, Gap gap) {
        addOnce(bySegment.computeIfAbsent(segment, key -> new ArrayList<>()), gap);
    }

    private void onFirm(String firm, Gap gap) {
        addOnce(byFirm.computeIfAbsent(firm, key -> new ArrayList<>()), gap);
    }

    /** Adds {@code gap} unless it was just added: a feed from a segment into itself, a firm on both ends. */
    private static void addOnce(List<Gap> gaps, Gap gap) {
        if (gaps.isEmpty() || gaps.get(gaps.size() - 1) != gap) {
            gaps.add(gap);
        }
    }

    private void candidates(List<Candidate> targets, Gap gap) {
        for (int i = 0; i < targets.size(); i++) {
            String firm = targets.get(i).enterprise();
            if (firm != null) {
                candidacies.computeIfAbsent(firm, key -> new ArrayList<>()).add(new Candidacy(gap, i + 1));
            }
        }
    }

    /**
     * An enterprise's place among the candidates of a missing or weak segment.
     *
     * @param gap the missing or weak segment's gap
     * @param rank its place among the candidates, from 1
     */
    public record Candidacy(Gap gap, int rank) {}
}
