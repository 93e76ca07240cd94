package org.chainmap.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * Compares two versions of a map: matches their firms ({@link FirmMatching}) and links (on a second thread), runs
 * the gap analysis of each (the old one on a second thread) or takes them done ({@link AnalysedMap}), and sorts what
 * changed into chains. Apart from the two analyses, linear
 * in the size of the maps. The rules are in {@code docs/decisions/0027-comparing-maps.md}.
 */
public final class MapComparer {

    private final RegionMap before;
    private final RegionMap after;
    private final FirmMatching firms;

    private MapComparer(RegionMap before, RegionMap after) {
        this.before = before;
        this.after = after;
        this.firms = FirmMatching.of(before, after);
    }

    /**
     * What changed from {@code before} to {@code after}: the two gap analyses run at once, the old one on a second
     * thread.
     */
    public static MapComparison compare(RegionMap before, RegionMap after) {
        if (sameForAnalysis(before, after)) {
            // a version compared with an equal one (a file and its backup after a save that changed nothing, say):
            // one analysis serves both sides
            AnalysedMap now = AnalysedMap.of(after);
            return compare(new AnalysedMap(before, now.graph(), now.reports()), now);
        }
        CompletableFuture<AnalysedMap> oldAnalysis = CompletableFuture.supplyAsync(() -> AnalysedMap.of(before));
        AnalysedMap now = AnalysedMap.of(after);
        return compare(joined(oldAnalysis), now);
    }

    /**
     * What changed from {@code before} to {@code after}, each analysed already (on a thread of its own, say): the
     * same comparison as {@link #compare(RegionMap, RegionMap)} gives, on the calling thread.
     */
    public static MapComparison compare(AnalysedMap before, AnalysedMap after) {
        return new MapComparer(before.map(), after.map()).build(before, after, true);
    }

    /**
     * The same comparison, but with the links matched and the gaps' flows worked out by the ids of the links' ends
     * rather than by the graphs' numbers: the plain form the tests hold the numbered one to.
     */
    static MapComparison compareByText(RegionMap before, RegionMap after) {
        return new MapComparer(before, after).build(AnalysedMap.of(before), AnalysedMap.of(after), false);
    }

    /** Whether the two maps hold everything the gap analysis reads alike: settings, chains, firms, links, targets. */
    static boolean sameForAnalysis(RegionMap before, RegionMap after) {
        return before.analysis().equals(after.analysis())
                && before.chains().equals(after.chains())
                && before.enterprises().equals(after.enterprises())
                && before.links().equals(after.links())
                && before.targets().equals(after.targets());
    }

    private MapComparison build(AnalysedMap oldSide, AnalysedMap newSide, boolean byNumbers) {
        List<ChainReport> oldReports = oldSide.reports();
        List<ChainReport> newReports = newSide.reports();
        // the links on a second thread, the firms and gaps on this one: each reads the two maps only
        CompletableFuture<LinkChanges> linkWork =
                CompletableFuture.supplyAsync(() -> linkChanges(oldSide, newSide, byNumbers));
        Map<String, FirmChange> changes = new HashMap<>(after.enterprises().size() * 2);
        // each firm's change by its place in its map (none: added, or removed), looked up once for all chains
        FirmChange[] newChanges = new FirmChange[after.enterprises().size()];
        for (int i = 0; i < newChanges.length; i++) {
            Enterprise firm = after.enterprises().get(i);
            Enterprise old = firms.inOld(firm.id());
            if (old != null) {
                newChanges[i] = new FirmChange(old, firm, firms.how(firm.id()), aspects(old, firm));
                changes.put(firm.id(), newChanges[i]);
            }
        }
        FirmChange[] oldChanges = new FirmChange[before.enterprises().size()];
        for (int i = 0; i < oldChanges.length; i++) {
            Enterprise now = firms.inNew(before.enterprises().get(i).id());
            oldChanges[i] = now == null ? null : changes.get(now.id());
        }
        for (int i = 0; i < newChanges.length; i++) {
            // a map with repeated ids (one with errors, in the window): the last firm of an id holds its change
            newChanges[i] = newChanges[i] == null
                    ? null
                    : changes.get(after.enterprises().get(i).id());
        }
        Map<String, Places> oldByChain = byChain(before);
        Map<String, Places> newByChain = byChain(after);
        Map<String, ChainReport> oldById = new HashMap<>();
        oldReports.forEach(report -> oldById.put(report.chain(), report));
        Map<String, ChainReport> newById = new HashMap<>();
        newReports.forEach(report -> newById.put(report.chain(), report));
        Map<String, GapSides> gapSides = new LinkedHashMap<>();
        Set<String> feeds = new HashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        after.chains().forEach(chain -> ids.add(chain.id()));
        before.chains().forEach(chain -> ids.add(chain.id()));
        for (String id : ids) {
            GapSides sides = new GapSides(oldById.get(id), newById.get(id), firms::newId);
            gapSides.put(id, sides);
            sides.changedFeeds(feeds);
        }
        GapCauses causes = new GapCauses(before, after, firms);
        if (byNumbers) {
            causes.prepareFeeds(feeds, oldSide.graph(), newSide.graph());
        } else {
            causes.prepareFeedsByText(feeds);
        }
        LinkChanges links = joined(linkWork);
        List<ChainComparison> chains = new ArrayList<>();
        for (String id : ids) {
            Chain was = before.chain(id).orElse(null);
            Chain is = after.chain(id).orElse(null);
            GapSides sides = gapSides.get(id);
            chains.add(new ChainComparison(
                    id,
                    was,
                    is,
                    oldById.get(id),
                    newById.get(id),
                    newByChain.getOrDefault(id, Places.NONE).unmatched(after, newChanges),
                    oldByChain.getOrDefault(id, Places.NONE).unmatched(before, oldChanges),
                    changedIn(
                            newByChain.getOrDefault(id, Places.NONE),
                            newChanges,
                            oldByChain.getOrDefault(id, Places.NONE),
                            oldChanges),
                    segmentsOnlyIn(is, was),
                    segmentsOnlyIn(was, is),
                    links.added().getOrDefault(id, List.of()),
                    links.removed().getOrDefault(id, List.of()),
                    sides.closed(causes),
                    sides.opened(causes),
                    sides.changed(causes)));
        }
        return new MapComparison(before, after, firms, changes, links.matching(), chains);
    }

    /**
     * The links matched, and those added and removed by chain.
     *
     * @param matching which links of each side the other has
     * @param added the new map's links only it has, by chain
     * @param removed the old map's links only it had, by chain
     */
    private record LinkChanges(
            LinkMatching matching, Map<String, List<SupplyLink>> added, Map<String, List<SupplyLink>> removed) {}

    private LinkChanges linkChanges(AnalysedMap oldSide, AnalysedMap newSide, boolean byNumbers) {
        LinkMatching links = byNumbers
                ? LinkMatching.of(oldSide.graph(), newSide.graph(), before.links(), after.links(), firms)
                : LinkMatching.byText(before.links(), after.links(), firms);
        return new LinkChanges(links, linksByChain(after, links::added), linksByChain(before, links::removed));
    }

    /** What {@code work} gave, what went wrong on its thread thrown as it was thrown there. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** What changed about a firm matched in both maps. */
    private Set<Aspect> aspects(Enterprise old, Enterprise now) {
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        if (!old.id().equals(now.id())) {
            aspects.add(Aspect.ID);
        }
        if (!old.name().equals(now.name())) {
            aspects.add(Aspect.NAME);
        }
        if (!old.segments().equals(now.segments())) {
            aspects.add(Aspect.SEGMENT);
        }
        if (old.local() != now.local()) {
            aspects.add(Aspect.LOCAL);
        }
        if (before.analysis().aboveScale(old) != after.analysis().aboveScale(now)) {
            aspects.add(Aspect.SCALE);
        }
        if (!Objects.equals(old.revenue(), now.revenue())) {
            aspects.add(Aspect.REVENUE);
        }
        return aspects;
    }

    /**
     * The changed firms of a chain: those in it now, in the new map's order, then those that left it; {@code
     * newChanges} and {@code oldChanges} hold each firm's change by its place in its map.
     */
    private static List<FirmChange> changedIn(
            Places now, FirmChange[] newChanges, Places was, FirmChange[] oldChanges) {
        List<FirmChange> changed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        now.addChanged(newChanges, seen, changed);
        was.addChanged(oldChanges, seen, changed);
        return changed;
    }

    /** The places of the firms of each chain of {@code map}: those working in any of its segments, in order. */
    private static Map<String, Places> byChain(RegionMap map) {
        Map<String, Places> byChain = new HashMap<>();
        for (int i = 0; i < map.enterprises().size(); i++) {
            for (String chain : chainsOf(map, map.enterprises().get(i))) {
                byChain.computeIfAbsent(chain, key -> new Places()).add(i);
            }
        }
        return byChain;
    }

    /** Places of firms in a map's list, in order. */
    private static final class Places {
        static final Places NONE = new Places();
        int[] at = new int[16];
        int size;

        void add(int place) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = place;
        }

        /** The firms of {@code map} at these places that the other map has not (no change at their place). */
        List<Enterprise> unmatched(RegionMap map, FirmChange[] changes) {
            List<Enterprise> firms = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (changes[at[i]] == null) {
                    firms.add(map.enterprises().get(at[i]));
                }
            }
            return List.copyOf(firms);
        }

        /** Adds the changes at these places that changed something, each firm (by new id) once. */
        void addChanged(FirmChange[] changes, Set<String> seen, List<FirmChange> changed) {
            for (int i = 0; i < size; i++) {
                FirmChange change = changes[at[i]];
                if (change != null && change.changed() && seen.add(change.id())) {
                    changed.add(change);
                }
            }
        }
    }

    /** The ids of the chains {@code firm} works in, each once. */
    private static Set<String> chainsOf(RegionMap map, Enterprise firm) {
        if (firm.segments().size() == 1) {
            return map.chainOfSegment(firm.segments().get(0))
                    .map(chain -> Set.of(chain.id()))
                    .orElse(Set.of());
        }
        Set<String> chains = new LinkedHashSet<>();
        for (String segment : firm.segments()) {
            map.chainOfSegment(segment).ifPresent(chain -> chains.add(chain.id()));
        }
        return chains;
    }

    /** The links of {@code map} at the places {@code which} picks, by the chains of their firms. */
    private static Map<String, List<SupplyLink>> linksByChain(RegionMap map, IntPredicate which) {
        Map<String, List<SupplyLink>> byChain = new HashMap<>();
        for (int i = 0; i < map.links().size(); i++) {
            if (which.test(i)) {
                SupplyLink link = map.links().get(i);
                chainsOfLink(map, link).forEach(chain -> byChain.computeIfAbsent(chain, key -> new ArrayList<>())
                        .add(link));
            }
        }
        return byChain;
    }

    /** The chains of a link: those of its two firms. */
    private static Set<String> chainsOfLink(RegionMap map, SupplyLink link) {
        Set<String> chains = new LinkedHashSet<>();
        map.enterprise(link.from()).ifPresent(firm -> chains.addAll(chainsOf(map, firm)));
        map.enterprise(link.to()).ifPresent(firm -> chains.addAll(chainsOf(map, firm)));
        return chains;
    }

    /** The segments of {@code chain} whose ids {@code other} has not; none for a missing chain. */
    private static List<Segment> segmentsOnlyIn(Chain chain, Chain other) {
        if (chain == null) {
            return List.of();
        }
        Set<String> others = new HashSet<>();
        if (other != null) {
            other.segments().forEach(segment -> others.add(segment.id()));
        }
        return chain.segments().stream()
                .filter(segment -> !others.contains(segment.id()))
                .toList();
    }

    /** The gaps of one chain on both sides, by place, and which closed, opened or changed. */
    private static final class GapSides {
        final Map<String, Gap> old = new LinkedHashMap<>();
        final Map<String, Gap> now = new LinkedHashMap<>();
        final UnaryOperator<String> ids;

        GapSides(ChainReport before, ChainReport after, UnaryOperator<String> ids) {
            this.ids = ids;
            if (before != null) {
                before.gaps().forEach(gap -> old.putIfAbsent(GapPlace.of(gap, ids), gap));
            }
            if (after != null) {
                after.gaps().forEach(gap -> now.putIfAbsent(GapPlace.of(gap, id -> id), gap));
            }
        }

        /** Adds the feeds ({@code from>to}) of the gaps that closed, opened or changed. */
        void changedFeeds(Set<String> feeds) {
            for (Map.Entry<String, Gap> entry : old.entrySet()) {
                Gap other = now.get(entry.getKey());
                if (GapPlace.from(entry.getValue()) != null && (other == null || changed(entry.getValue(), other))) {
                    feeds.add(GapPlace.from(entry.getValue()) + ">" + GapPlace.to(entry.getValue()));
                }
            }
            for (Map.Entry<String, Gap> entry : now.entrySet()) {
                if (GapPlace.from(entry.getValue()) != null && !old.containsKey(entry.getKey())) {
                    feeds.add(GapPlace.from(entry.getValue()) + ">" + GapPlace.to(entry.getValue()));
                }
            }
        }

        List<GapChange> closed(GapCauses causes) {
            List<GapChange> closed = new ArrayList<>();
            old.forEach((place, gap) -> {
                if (!now.containsKey(place)) {
                    closed.add(new GapChange(Change.REMOVED, gap, null, causes.of(gap, null)));
                }
            });
            return closed;
        }

        List<GapChange> opened(GapCauses causes) {
            List<GapChange> opened = new ArrayList<>();
            now.forEach((place, gap) -> {
                if (!old.containsKey(place)) {
                    opened.add(new GapChange(Change.ADDED, null, gap, causes.of(null, gap)));
                }
            });
            return opened;
        }

        List<GapChange> changed(GapCauses causes) {
            List<GapChange> changed = new ArrayList<>();
            now.forEach((place, gap) -> {
                Gap was = old.get(place);
                if (was != null && changed(was, gap)) {
                    changed.add(new GapChange(Change.CHANGED, was, gap, causes.of(was, gap)));
                }
            });
            return changed;
        }

        /** Whether the evidence of a gap differs, the old gap's firms taken as the new map's. */
        boolean changed(Gap was, Gap gap) {
            return !GapEvidence.of(was, ids).equals(GapEvidence.of(gap, id -> id));
        }
    }
}
