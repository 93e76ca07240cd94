package org.chainmap.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.OverviewGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.layout.SegmentBands;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
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
 * @param cardFirms the cards' firms in the geometry's order ({@code null} where the map has none)
 * @param cardRects the cards' rectangles in that order
 * @param cardBounds the cards' x, y, width, height in one array
 * @param links the supply links' pass
 * @param overview the drawing at overview zoom
 * @param bands the flows between boxes at middle zoom
 */
record PaintedChain(
        RegionMap map,
        Chain chain,
        ChainGeometry geometry,
        ChainReport report,
        ChainMarks marks,
        Set<String> chokepointSuppliers,
        Map<String, Enterprise> firms,
        Enterprise[] cardFirms,
        Rect[] cardRects,
        double[] cardBounds,
        LinkPass links,
        OverviewPainter overview,
        BandPainter bands) {

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
        int cards = geometry.cards().size();
        Enterprise[] cardFirms = new Enterprise[cards];
        Rect[] cardRects = new Rect[cards];
        double[] cardBounds = new double[4 * cards];
        int i = 0;
        for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
            Rect r = card.getValue();
            cardFirms[i] = firms.get(card.getKey());
            cardRects[i] = r;
            cardBounds[4 * i] = r.x();
            cardBounds[4 * i + 1] = r.y();
            cardBounds[4 * i + 2] = r.width();
            cardBounds[4 * i + 3] = r.height();
            i++;
        }
        ChainMarks marks = ChainMarks.withBands(
                firms, report, SegmentBands.of(map, chain, homes(geometry, cardFirms), report), ghosts);
        Set<String> chokepoints = chokepointSuppliers(report);
        return new PaintedChain(
                map,
                chain,
                geometry,
                report,
                marks,
                chokepoints,
                firms,
                cardFirms,
                cardRects,
                cardBounds,
                new LinkPass(map, geometry, firms, chokepoints),
                overview(chain, geometry, marks),
                new BandPainter(marks.bands()));
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
        Set<String> markerFirms = new HashSet<>();
        for (ChainGeometry.Marker marker : geometry.markers()) {
            markerFirms.add(marker.firm());
        }
        Map<String, Enterprise> firms = before.firms;
        Enterprise[] cardFirms = before.cardFirms;
        boolean linksKept = true;
        boolean bandsKept = before.chain.segments().equals(chain.segments());
        for (Object record : touched) {
            if (record instanceof SupplyLink) {
                linksKept = false; // the planned links, the stubs and the bands read the links
                bandsKept = false;
            }
            if (!(record instanceof Enterprise touchedFirm)) {
                continue;
            }
            String id = touchedFirm.id();
            Enterprise was = before.map.enterprise(id).orElse(null);
            Enterprise now = map.enterprise(id).orElse(null);
            linksKept &= was != null
                    && now != null
                    && was.local() == now.local()
                    && was.isPlanned() == now.isPlanned()
                    && was.name().equals(now.name());
            boolean card = geometry.cards().containsKey(id);
            if (!card && !markerFirms.contains(id)) {
                continue;
            }
            if (card) {
                bandsKept &= was != null && now != null && Objects.equals(was.mainSegment(), now.mainSegment());
            }
            if (firms == before.firms) { // copied once, at the first drawn firm the edits touched
                firms = new HashMap<>(before.firms);
                cardFirms = before.cardFirms.clone();
            }
            if (now == null) {
                firms.remove(id);
            } else {
                firms.put(id, now);
            }
            if (card) {
                int at = indexOf(geometry, id);
                cardFirms[at] = now;
            }
        }
        Set<String> chokepoints = chokepointSuppliers(report);
        linksKept &= chokepoints.equals(before.chokepointSuppliers);
        ChainMarks marks = ChainMarks.withBands(
                firms,
                report,
                bandsKept ? before.marks.bands() : SegmentBands.of(map, chain, homes(geometry, cardFirms), report));
        BandPainter bands = marks.bands().equals(before.marks.bands()) ? before.bands : new BandPainter(marks.bands());
        return new PaintedChain(
                map,
                chain,
                geometry,
                report,
                marks,
                chokepoints,
                firms,
                cardFirms,
                before.cardRects,
                before.cardBounds,
                linksKept ? before.links : new LinkPass(map, geometry, firms, chokepoints),
                overview(chain, geometry, marks),
                bands);
    }

    /** The main segment of each card's firm, by firm id, for {@link SegmentBands}. */
    private static Map<String, String> homes(ChainGeometry geometry, Enterprise[] cardFirms) {
        Map<String, String> homes = new HashMap<>();
        int i = 0;
        for (String id : geometry.cards().keySet()) {
            Enterprise firm = cardFirms[i++];
            if (firm != null && firm.mainSegment() != null) {
                homes.put(id, firm.mainSegment());
            }
        }
        return homes;
    }

    private static int indexOf(ChainGeometry geometry, String id) {
        int i = 0;
        for (String card : geometry.cards().keySet()) {
            if (card.equals(id)) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException(id);
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
