package org.chainmap.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmap.analysis.Gap;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * The comparison of two versions of a map ({@link MapComparer#compare}): per chain what changed
 * ({@link #chains()}), and the lookups a view needs to mark each element of the new map, and to ghost what the old
 * one had: {@link #firm}, {@link #segment}, {@link #link}, {@link #gap}, with {@link #removedFirms},
 * {@link #removedSegments}, {@link #removedLinks} and {@link #closedGaps} for what is gone, and
 * {@link #causedBy} for the gap changes a firm caused. Ids are the new map's; what only the old map has goes by
 * the old map's ids.
 */
public final class MapComparison {

    private final RegionMap before;
    private final RegionMap after;
    private final FirmMatching firms;
    private final Map<String, FirmChange> changes;
    private final LinkMatching links;
    private final List<ChainComparison> chains;
    private final Map<String, GapChange> gapsByPlace = new HashMap<>();
    private final Map<String, List<GapChange>> byCause = new HashMap<>();
    private volatile Map<SupplyLink, Integer> linkIndex;

    MapComparison(
            RegionMap before,
            RegionMap after,
            FirmMatching firms,
            Map<String, FirmChange> changes,
            LinkMatching links,
            List<ChainComparison> chains) {
        this.before = before;
        this.after = after;
        this.firms = firms;
        this.changes = changes;
        this.links = links;
        this.chains = List.copyOf(chains);
        for (ChainComparison chain : this.chains) {
            for (List<GapChange> list : List.of(chain.opened(), chain.gapsChanged(), chain.closed())) {
                for (GapChange change : list) {
                    if (change.after() != null) {
                        gapsByPlace.put(GapPlace.of(change.after(), id -> id), change);
                    }
                    change.causes()
                            .forEach(cause -> byCause.computeIfAbsent(cause.enterprise(), key -> new ArrayList<>())
                                    .add(change));
                }
            }
        }
    }

    /** The old map. */
    public RegionMap before() {
        return before;
    }

    /** The new map. */
    public RegionMap after() {
        return after;
    }

    /** Per chain what changed: the new map's chains in its order, then the chains only the old map has. */
    public List<ChainComparison> chains() {
        return chains;
    }

    /** The comparison of the chain {@code id}. */
    public Optional<ChainComparison> chain(String id) {
        return chains.stream().filter(chain -> chain.id().equals(id)).findFirst();
    }

    /** Which firm of the new map is which of the old. */
    public FirmMatching matching() {
        return firms;
    }

    /** What happened to the new map's firm {@code id}: added, changed or the same. */
    public Change firm(String id) {
        if (firms.inOld(id) == null) {
            return Change.ADDED;
        }
        FirmChange change = changes.get(id);
        return change != null && change.changed() ? Change.CHANGED : Change.SAME;
    }

    /** The new map's firm {@code id} as it was and as it is, with what changed; empty for a firm added. */
    public Optional<FirmChange> firmChange(String id) {
        return Optional.ofNullable(changes.get(id));
    }

    /** The old map's firms that the new one has not, in the old map's order. */
    public List<Enterprise> removedFirms() {
        return before.enterprises().stream()
                .filter(firm -> firms.inNew(firm.id()) == null)
                .toList();
    }

    /**
     * What happened to the segment {@code id}: added (only in the new map), removed (only in the old), changed
     * (another name, stage or feeds, or in another chain) or the same.
     */
    public Change segment(String id) {
        Optional<Segment> old = before.segment(id);
        Optional<Segment> now = after.segment(id);
        if (old.isEmpty()) {
            return now.isEmpty() ? Change.SAME : Change.ADDED;
        }
        if (now.isEmpty()) {
            return Change.REMOVED;
        }
        boolean same = old.get().name().equals(now.get().name())
                && old.get().stage() == now.get().stage()
                && old.get().feeds().equals(now.get().feeds())
                && before.chainOfSegment(id)
                        .orElseThrow()
                        .id()
                        .equals(after.chainOfSegment(id).orElseThrow().id());
        return same ? Change.SAME : Change.CHANGED;
    }

    /** The old map's segments that the new one has not, in the old map's order. */
    public List<Segment> removedSegments() {
        List<Segment> removed = new ArrayList<>();
        before.chains().forEach(chain -> chain.segments().stream()
                .filter(segment -> after.segment(segment.id()).isEmpty())
                .forEach(removed::add));
        return removed;
    }

    /** What happened to the new map's link at {@code index} in its links: added or the same. */
    public Change link(int index) {
        return links.added(index) ? Change.ADDED : Change.SAME;
    }

    /** What happened to {@code link}, one of the new map's links (found by identity): added or the same. */
    public Change link(SupplyLink link) {
        Integer index = linkIndex().get(link);
        if (index == null) {
            throw new IllegalArgumentException("not a link of the new map: " + link);
        }
        return link(index);
    }

    /** The old map's links that the new one has not, in the old map's order. */
    public List<SupplyLink> removedLinks() {
        List<SupplyLink> removed = new ArrayList<>();
        for (int i = 0; i < before.links().size(); i++) {
            if (links.removed(i)) {
                removed.add(before.links().get(i));
            }
        }
        return removed;
    }

    /**
     * What happened to {@code gap}, a gap of the new map's analysis (found by its place, so a gap of another run of
     * the analysis of the same map will do): added (opened), changed (its evidence) or the same.
     */
    public Change gap(Gap gap) {
        GapChange change = gapsByPlace.get(GapPlace.of(gap, id -> id));
        return change == null ? Change.SAME : change.change();
    }

    /** The change of {@code gap}, a gap of the new map's analysis; empty when it stayed as it was. */
    public Optional<GapChange> gapChange(Gap gap) {
        return Optional.ofNullable(gapsByPlace.get(GapPlace.of(gap, id -> id)));
    }

    /** The gaps that closed, chain by chain: each with the old map's gap and its causes. */
    public List<GapChange> closedGaps() {
        return chains.stream().flatMap(chain -> chain.closed().stream()).toList();
    }

    /** The gaps that opened, chain by chain. */
    public List<GapChange> openedGaps() {
        return chains.stream().flatMap(chain -> chain.opened().stream()).toList();
    }

    /**
     * The gap changes the firm {@code id} caused (the new map's id, or the old map's for a firm removed), in chain
     * order.
     */
    public List<GapChange> causedBy(String id) {
        return List.copyOf(byCause.getOrDefault(id, List.of()));
    }

    private Map<SupplyLink, Integer> linkIndex() {
        Map<SupplyLink, Integer> built = linkIndex;
        if (built == null) {
            built = new IdentityHashMap<>();
            for (int i = 0; i < after.links().size(); i++) {
                built.put(after.links().get(i), i);
            }
            linkIndex = built;
        }
        return built;
    }
}
