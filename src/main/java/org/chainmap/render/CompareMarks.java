package org.chainmap.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapKind;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.Change;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.GapChange;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * Which part of a compared chain's drawing gets which mark: the one decision the screen and the exports share.
 * The chain is drawn from a {@link ComparedMap} (the new map with the old one's removed things as ghosts at their
 * old places), so a ghost's place is its card's or box's in the layout.
 *
 * @param cards the firms (by id in the compared map) drawn marked: {@code ADDED} (green), {@code CHANGED}
 *     (outlined), {@code REMOVED} (a ghost, red); the firms that stayed as they were are not in it
 * @param boxes the segments drawn marked, as {@code cards}
 * @param links the routes of the geometry's links drawn marked, by their index in {@code geometry.links()}:
 *     {@code ADDED} or {@code REMOVED}
 * @param gaps the gap changes shown on each segment's box, by segment id, in the order closed, opened, changed
 */
public record CompareMarks(
        Map<String, Change> cards,
        Map<String, Change> boxes,
        Map<Integer, Change> links,
        Map<String, List<GapMark>> gaps) {

    /**
     * A gap's change on a box: a closed gap ticked, an opened one flagged, a changed one marked ~. A missing segment
     * that got one small local firm is one mark, a tick on the weak colour ("closed, weak now"), not a tick and a
     * flag; a weak one that lost its last local firm, one flag ringed in the weak colour ("opened, was weak").
     *
     * @param change {@code REMOVED} for a gap closed, {@code ADDED} for one opened, {@code CHANGED}
     * @param kind the gap's kind
     * @param extend whether the box's extend gap (延链) closed or opened with this missing one, said by the same mark
     * @param other the kind of the gap at the same segment on the other side, said by the same mark ({@code WEAK}
     *     for a missing gap closed, weak now, or opened, weak before); {@code null} for none
     */
    public record GapMark(Change change, GapKind kind, boolean extend, GapKind other) {

        /** A mark that says one gap. */
        public GapMark(Change change, GapKind kind) {
            this(change, kind, false, null);
        }
    }

    /** Copies the collections. */
    public CompareMarks {
        cards = Collections.unmodifiableMap(new LinkedHashMap<>(cards));
        boxes = Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
        gaps = Collections.unmodifiableMap(new LinkedHashMap<>(gaps));
    }

    /** The mark of the firm {@code id}'s card; {@code SAME} for none. */
    public Change card(String id) {
        return cards.getOrDefault(id, Change.SAME);
    }

    /** The mark of the segment {@code id}'s box; {@code SAME} for none. */
    public Change box(String id) {
        return boxes.getOrDefault(id, Change.SAME);
    }

    /** The marks of {@code chain} (a chain of {@code compared}'s map) drawn as {@code geometry}. */
    public static CompareMarks of(ComparedMap compared, Chain chain, ChainGeometry geometry) {
        Map<String, Change> cards = new LinkedHashMap<>();
        for (String id : geometry.cards().keySet()) {
            Change change = compared.firm(id);
            if (change != Change.SAME) {
                cards.put(id, change);
            }
        }
        Map<String, Change> boxes = new LinkedHashMap<>();
        for (String id : geometry.segments().keySet()) {
            Change change = compared.segment(id);
            if (change != Change.SAME) {
                boxes.put(id, change);
            }
        }
        return new CompareMarks(
                cards,
                boxes,
                links(compared, geometry),
                gaps(compared, chain.id(), geometry.segments().keySet()));
    }

    /** The marks of the boxes of {@code segments} of {@code compared}'s map (a panorama): boxes and gaps only. */
    public static CompareMarks ofBoxes(ComparedMap compared, java.util.Set<String> segments) {
        Map<String, Change> boxes = new LinkedHashMap<>();
        Map<String, List<GapMark>> gaps = new LinkedHashMap<>();
        for (String id : segments) {
            Change change = compared.segment(id);
            if (change != Change.SAME) {
                boxes.put(id, change);
            }
        }
        for (Chain chain : compared.map().chains()) {
            gaps.putAll(gaps(compared, chain.id(), segments));
        }
        return new CompareMarks(Map.of(), boxes, Map.of(), gaps);
    }

    /**
     * The routes to mark: a route stands for the links from its supplier to its customer, marked when all of them
     * were added, or all removed.
     */
    private static Map<Integer, Change> links(ComparedMap compared, ChainGeometry geometry) {
        Map<List<String>, Change> byEnds = new HashMap<>();
        for (SupplyLink link : compared.map().links()) {
            Change change = compared.link(link);
            byEnds.merge(List.of(link.from(), link.to()), change, (was, now) -> was == now ? was : Change.SAME);
        }
        Map<Integer, Change> links = new LinkedHashMap<>();
        for (int i = 0; i < geometry.links().size(); i++) {
            ChainGeometry.LinkRoute route = geometry.links().get(i);
            Change change = byEnds.getOrDefault(List.of(route.supplier(), route.customer()), Change.SAME);
            if (change != Change.SAME) {
                links.put(i, change);
            }
        }
        return links;
    }

    /** The gap changes of chain {@code chainId} by the box they are shown on, among {@code drawn}. */
    private static Map<String, List<GapMark>> gaps(ComparedMap compared, String chainId, java.util.Set<String> drawn) {
        Map<String, List<GapMark>> gaps = new LinkedHashMap<>();
        ChainComparison chain = compared.comparison().chain(chainId).orElse(null);
        if (chain == null) {
            return gaps;
        }
        // as the list of changes says them: a missing segment filled by one small firm is one mark, not ✓ and !
        for (List<GapChange> list : List.of(chain.closedAsRead(), chain.openedAsRead(), chain.gapsChanged())) {
            for (GapChange change : list) {
                String segment = segmentOf(change, compared);
                if (segment != null && drawn.contains(segment) && !chain.saidWithMissing(change)) {
                    GapChange other = chain.counterpart(change);
                    gaps.computeIfAbsent(segment, key -> new ArrayList<>())
                            .add(new GapMark(
                                    change.change(),
                                    change.gap().kind(),
                                    chain.extendWith(change) != null,
                                    other == null ? null : other.gap().kind()));
                }
            }
        }
        return gaps;
    }

    /**
     * The box a gap's change is shown on: a segment's gap on the segment, a feed's on the buying segment, a key
     * firm's on its main segment.
     */
    public static String segmentOf(GapChange change, ComparedMap compared) {
        Gap gap = change.gap();
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
        String firm = ((Gap.Cutpoint) gap).firm();
        RegionMap map = compared.map();
        if (change.after() == null) { // closed: the old map's firm, drawn as its match or as its ghost
            String now = compared.comparison().matching().newId(firm);
            firm = now != null ? now : firm;
        }
        return map.enterprise(firm).map(Enterprise::mainSegment).orElse(null);
    }
}
