package org.chainmap.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.OverviewGeometry;
import org.chainmap.layout.ProvisionalPlacement;
import org.chainmap.layout.Rect;
import org.chainmap.layout.SegmentBands;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.LinkShift;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * What a {@link ChainPainter} works out before it paints: the drawn firms, the cards as arrays, the marks, the link
 * pass, the overview. Made whole ({@link #of}), or after an edit drawn on the same geometry ({@link #after}), from
 * the one made before it: then what depends on the geometry alone is kept, and what the edit reached of the map is
 * looked up again. On the largest chain of a 100,000-firm map (28,216 cards, 96,359 link routes) the whole is a
 * quarter of a second of the JavaFX thread, most of it hash lookups of firm ids for every route; the edit's
 * part a few tens of milliseconds (issue 17 item 9).
 *
 * @param map the map drawn
 * @param chain the chain drawn
 * @param geometry its layout
 * @param report its gaps
 * @param marks what the summaries say of each segment
 * @param chokepointSuppliers the firms the report names as chokepoint suppliers
 * @param firms the drawn firms (cards and markers) by id, those the map has
 * @param cards the cards' ids, firms ({@code null} where the map has none) and rectangles in the geometry's order
 * @param links the supply links' pass
 * @param overview the drawing at overview zoom
 * @param bands the flows between boxes at middle zoom
 * @param tally the links behind the bands
 */
record PaintedChain(
        RegionMap map,
        Chain chain,
        ChainGeometry geometry,
        ChainReport report,
        ChainMarks marks,
        Set<String> chokepointSuppliers,
        Map<String, Enterprise> firms,
        CardArrays cards,
        LinkPass links,
        OverviewPainter overview,
        BandPainter bands,
        SegmentBands.Tally tally) {

    /** Everything of {@code chain} of {@code map} laid out as {@code geometry}, with the gaps of {@code report}. */
    static PaintedChain of(RegionMap map, Chain chain, ChainGeometry geometry, ChainReport report) {
        return of(map, chain, geometry, report, Set.of());
    }

    /** As above, of a compared map whose firms {@code ghosts} only an older version had: counted apart, as removed. */
    static PaintedChain of(RegionMap map, Chain chain, ChainGeometry geometry, ChainReport report, Set<String> ghosts) {
        Map<String, Enterprise> firms = new HashMap<>();
        for (String id : geometry.cards().keySet()) {
            map.enterprise(id).ifPresent(firm -> firms.put(id, firm));
        }
        for (ChainGeometry.Marker marker : geometry.markers()) {
            map.enterprise(marker.firm()).ifPresent(firm -> firms.put(marker.firm(), firm));
        }
        CardArrays cards = CardArrays.of(geometry, firms);
        SegmentBands.Tally tally = SegmentBands.Tally.of(map, homes(cards));
        ChainMarks marks = ChainMarks.withBands(firms, report, tally.bands(chain, report), ghosts);
        Set<String> chokepoints = chokepointSuppliers(report);
        return new PaintedChain(
                map,
                chain,
                geometry,
                report,
                marks,
                chokepoints,
                firms,
                cards,
                new LinkPass(map, geometry, firms, chokepoints),
                overview(chain, geometry, marks),
                new BandPainter(marks.bands()),
                tally);
    }

    /**
     * The same as {@code of(map, chain, geometry, report)}, made from {@code before}: the drawing of a map that the
     * edits since made into {@code map} by replacing, adding or removing the records {@code touched} ({@code null}:
     * not known). When {@code geometry} is not the one {@code before} was drawn on, or the edits are not known, it is
     * made whole; otherwise the cards' arrays are kept, the touched firms looked up again, and the link pass and the
     * bands kept unless the edits changed what they read.
     */
    static PaintedChain after(
            PaintedChain before,
            RegionMap map,
            Chain chain,
            ChainGeometry geometry,
            ChainReport report,
            Collection<?> touched) {
        if (before == null
                || touched == null
                || before.geometry != geometry
                || !before.chain.id().equals(chain.id())) {
            return of(map, chain, geometry, report);
        }
        boolean linksKept = true;
        boolean bandsKept = before.chain.segments().equals(chain.segments());
        boolean linksTouched = false;
        Set<String> rehomed = new HashSet<>();
        Set<String> markerFirms = null; // the geometry's, made at the first touched firm without a card
        Map<String, Enterprise> changes = new HashMap<>();
        for (Object record : touched) {
            if (record instanceof SupplyLink) {
                linksKept = false; // the planned links, the stubs and the bands read the links
                bandsKept = false;
                linksTouched = true;
            }
            if (!(record instanceof Enterprise touchedFirm)) {
                continue;
            }
            String id = touchedFirm.id();
            Enterprise was = before.map.enterprise(id).orElse(null);
            Enterprise now = map.enterprise(id).orElse(null);
            linksKept &= kept(was, now);
            boolean card = geometry.cards().containsKey(id);
            if (!card && markerFirms == null) {
                markerFirms = markerFirms(geometry);
            }
            if (!card && !markerFirms.contains(id)) {
                continue;
            }
            if (card && (was == null || now == null || !Objects.equals(was.mainSegment(), now.mainSegment()))) {
                bandsKept = false;
                rehomed.add(id);
            }
            changes.put(id, now);
        }
        Map<String, Enterprise> firms = DrawnFirms.with(before.firms, changes);
        CardArrays cards = firms == before.firms ? before.cards : before.cards.withFirms(changes.keySet(), firms);
        Set<String> chokepoints = chokepointSuppliers(report);
        linksKept &= chokepoints.equals(before.chokepointSuppliers);
        SegmentBands.Tally tally = tally(before, map, geometry, firms, cards, linksTouched ? touched : null, rehomed);
        ChainMarks marks = ChainMarks.after(
                before.marks,
                before.firms,
                firms,
                changes.keySet(),
                report,
                bandsKept ? before.marks.bands() : tally.bands(chain, report));
        BandPainter bands = marks.bands().equals(before.marks.bands()) ? before.bands : new BandPainter(marks.bands());
        return new PaintedChain(
                map,
                chain,
                geometry,
                report,
                marks,
                chokepoints,
                firms,
                cards,
                linksKept ? before.links : new LinkPass(map, geometry, firms, chokepoints),
                overview(chain, geometry, marks),
                bands,
                tally);
    }

    /** Whether a link pass reads the same of a firm that was {@code was} and is {@code now}. */
    private static boolean kept(Enterprise was, Enterprise now) {
        return was != null
                && now != null
                && was.local() == now.local()
                && was.isPlanned() == now.isPlanned()
                && was.name().equals(now.name());
    }

    private static Set<String> markerFirms(ChainGeometry geometry) {
        Set<String> firms = new HashSet<>();
        for (ChainGeometry.Marker marker : geometry.markers()) {
            firms.add(marker.firm());
        }
        return firms;
    }

    /** The main segment of the card of {@code id} in {@code geometry}, whose firms are {@code firms}; or null. */
    private static String home(ChainGeometry geometry, Map<String, Enterprise> firms, String id) {
        Enterprise firm = geometry.cards().containsKey(id) ? firms.get(id) : null;
        return firm == null ? null : firm.mainSegment();
    }

    /**
     * The same as {@code of(map, chain, placed.geometry(), report)}, made from {@code before}, drawn on {@code
     * placed.from()} for a map that edits replacing, adding or removing {@code touched} made into {@code map}: the
     * cards, routes and bands the edit did not move are kept, the moved firms' cards, routes and links are looked at
     * (decision 0045), in time that grows with the edit, not the chain, but for copies of arrays in runs and a pass
     * over the hashes of the cards' and routes' firms (issue 17 item 9). Made whole when {@code before} was drawn on
     * another geometry or the edits are not known.
     */
    static PaintedChain placed(
            PaintedChain before,
            RegionMap map,
            Chain chain,
            ProvisionalPlacement placed,
            ChainReport report,
            Collection<?> touched) {
        ChainGeometry geometry = placed.geometry();
        if (before != null && before.geometry == geometry) { // drawn on it already: a newer analysis, say
            return after(before, map, chain, geometry, report, touched);
        }
        if (before == null
                || touched == null
                || before.geometry != placed.from()
                || !before.chain.id().equals(chain.id())) {
            return of(map, chain, geometry, report);
        }
        Set<String> movedMarkers = movedMarkerFirms(geometry, placed.moved());
        Map<String, Enterprise> changes = new HashMap<>();
        // The firms not moved that the link pass reads otherwise now: made whole if it keeps a row of theirs.
        Set<String> changedFirms = new HashSet<>();
        for (Object record : touched) {
            if (record instanceof Enterprise touchedFirm) {
                String id = touchedFirm.id();
                Enterprise was = before.map.enterprise(id).orElse(null);
                Enterprise now = map.enterprise(id).orElse(null);
                if (!kept(was, now) && !placed.moved().contains(id)) {
                    changedFirms.add(id);
                }
                // Drawn now: a moved firm where it was placed again; another where it was drawn before.
                boolean drawn = placed.moved().contains(id)
                        ? geometry.cards().containsKey(id) || movedMarkers.contains(id)
                        : before.firms.containsKey(id);
                changes.put(id, drawn ? now : null);
            }
        }
        Map<String, Enterprise> firms = DrawnFirms.with(before.firms, changes);
        CardArrays cards = before.cards.placed(placed, firms, changes.keySet());
        Set<String> chokepoints = chokepointSuppliers(report);
        boolean linksSame = map.links() == before.map.links()
                && map.links() == before.tally.map().links();
        LinkPass links = chokepoints.equals(before.chokepointSuppliers)
                ? LinkPass.placed(before.links, map, placed, firms, changedFirms)
                : null;
        java.util.function.Function<String, String> homeBefore = id -> home(placed.from(), before.firms, id);
        SegmentBands.Tally shifted = linksSame ? before.tally : linksShifted(before, map, touched, homeBefore);
        SegmentBands.Tally tally = shifted == null
                ? SegmentBands.Tally.of(map, homes(cards))
                : shifted.after(map, placed.moved(), homeBefore, id -> home(geometry, firms, id));
        ChainMarks marks = ChainMarks.after(
                before.marks, before.firms, firms, changes.keySet(), report, tally.bands(chain, report));
        BandPainter bands = marks.bands().equals(before.marks.bands()) ? before.bands : new BandPainter(marks.bands());
        return new PaintedChain(
                map,
                chain,
                geometry,
                report,
                marks,
                chokepoints,
                firms,
                cards,
                links != null ? links : new LinkPass(map, geometry, firms, chokepoints),
                overview(chain, geometry, marks),
                bands,
                tally);
    }

    /**
     * The firms among {@code moved} with a marker in {@code geometry}, a provisional one: the moved firms' markers are
     * the last ones, so the markers are read from the end back to the first marker of a firm not moved.
     */
    private static Set<String> movedMarkerFirms(ChainGeometry geometry, Set<String> moved) {
        Set<String> firms = new HashSet<>();
        List<ChainGeometry.Marker> markers = geometry.markers();
        for (java.util.ListIterator<ChainGeometry.Marker> back = markers.listIterator(markers.size());
                back.hasPrevious(); ) {
            String firm = back.previous().firm();
            if (!moved.contains(firm)) {
                break;
            }
            firms.add(firm);
        }
        return firms;
    }

    /**
     * The tally of the bands after edits on the same geometry, which touched the links {@code linksTouched} among
     * other records ({@code null}: no link): kept, brought up to date for the links and the rehomed cards, or anew.
     */
    private static SegmentBands.Tally tally(
            PaintedChain before,
            RegionMap map,
            ChainGeometry geometry,
            Map<String, Enterprise> firms,
            CardArrays cards,
            Collection<?> linksTouched,
            Set<String> rehomed) {
        java.util.function.Function<String, String> homeBefore = id -> home(geometry, before.firms, id);
        SegmentBands.Tally shifted =
                linksTouched == null && map.links() == before.tally.map().links()
                        ? before.tally
                        : linksShifted(before, map, linksTouched == null ? List.of() : linksTouched, homeBefore);
        if (shifted == null) {
            return SegmentBands.Tally.of(map, homes(cards));
        }
        return rehomed.isEmpty() ? shifted : shifted.after(map, rehomed, homeBefore, id -> home(geometry, firms, id));
    }

    /**
     * {@code before}'s tally, counted on {@code before}'s links with the homes {@code home} gives, brought to the
     * links of {@code map}, which edits touching {@code touched} made from {@code before}'s map; {@code null} when it
     * must be counted anew: the tally is of older links, or the links' indexes are not at hand ({@link
     * LinkShift#between}).
     */
    private static SegmentBands.Tally linksShifted(
            PaintedChain before,
            RegionMap map,
            Collection<?> touched,
            java.util.function.Function<String, String> home) {
        if (before.tally.map().links() != before.map.links()) {
            return null;
        }
        LinkShift shift = LinkShift.between(before.map, map, touched);
        return shift == null ? null : before.tally.afterLinks(map, shift, home);
    }

    /** The main segment of each card's firm, by firm id, for {@link SegmentBands}. */
    private static Map<String, String> homes(CardArrays cards) {
        Map<String, String> homes = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            Enterprise firm = cards.firms()[i];
            if (firm != null && firm.mainSegment() != null) {
                homes.put(cards.ids()[i], firm.mainSegment());
            }
        }
        return homes;
    }

    /** The cards' firms in the geometry's order ({@code null} where the map has none). */
    Enterprise[] cardFirms() {
        return cards.firms();
    }

    /** The cards' rectangles in the geometry's order. */
    Rect[] cardRects() {
        return cards.rects();
    }

    /** The cards' x, y, width, height in one array. */
    double[] cardBounds() {
        return cards.bounds();
    }

    private static Set<String> chokepointSuppliers(ChainReport report) {
        Set<String> suppliers = new HashSet<>();
        for (Gap gap : report.gaps()) {
            if (gap instanceof Gap.Chokepoint c) {
                suppliers.add(c.supplier());
            }
        }
        return suppliers;
    }

    private static OverviewPainter overview(Chain chain, ChainGeometry geometry, ChainMarks marks) {
        return new OverviewPainter(
                chain, OverviewGeometry.of(geometry, chain, geometry.width(), geometry.height()), marks);
    }
}
