package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Pins;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;

/** Pins kept: what the user pinned stays where it was put, and the rest of the drawing makes room. */
class PinnedLayoutTest {

    private static final double TOP = Placement.MARGIN + Placement.HEADER;

    /** u1 feeds m1, u2 feeds m2, u3 feeds m3; every midstream segment feeds d. */
    private static Chain chain(Segment... more) {
        List<Segment> segments = new ArrayList<>(List.of(
                Segment.of("c.u1", "u1", Stage.UPSTREAM, "c.m1"),
                Segment.of("c.u2", "u2", Stage.UPSTREAM, "c.m2"),
                Segment.of("c.u3", "u3", Stage.UPSTREAM, "c.m3"),
                Segment.of("c.m1", "m1", Stage.MIDSTREAM, "c.d"),
                Segment.of("c.m2", "m2", Stage.MIDSTREAM, "c.d"),
                Segment.of("c.m3", "m3", Stage.MIDSTREAM, "c.d"),
                Segment.of("c.d", "d", Stage.DOWNSTREAM)));
        segments.addAll(List.of(more));
        return Chain.of("c", "链", segments.toArray(Segment[]::new));
    }

    private static List<Enterprise> firms(String segment, int count, boolean local) {
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = segment + (local ? ".local" : ".ext") + i;
            firms.add(Enterprise.of(id, "企业" + id, local, List.of(segment)));
        }
        return firms;
    }

    private static RegionMap map(Chain chain, List<Enterprise> firms, List<SupplyLink> links) {
        return new RegionMap(Region.of("衡阳市", null), null, List.of(chain), firms, links, List.of(), Extras.NONE);
    }

    private static Rect box(RegionMap map, String segment) {
        return ChainLayouter.layout(map, map.chains().get(0)).segments().get(segment);
    }

    @Test
    void aPinnedBoxStandsAtItsHeightAndStaysThereAsTheChainGrows() {
        Chain pinned = chain().withPins(Pins.NONE.withSegment("c.m3", 400));
        RegionMap small = map(pinned, firms("c.m1", 2, true), List.of());
        assertThat(box(small, "c.m3").y()).isEqualTo(400.0);
        // Unpinned, the same box would stand elsewhere: the pin is what holds it.
        assertThat(box(map(chain(), firms("c.m1", 2, true), List.of()), "c.m3").y())
                .isNotEqualTo(400.0);

        // More firms everywhere (m1 grows taller than the room above m3) and two new segments in its column.
        List<Enterprise> more = new ArrayList<>();
        more.addAll(firms("c.m1", 12, true));
        more.addAll(firms("c.m2", 3, true));
        more.addAll(firms("c.m3", 4, true));
        more.addAll(firms("c.m4", 2, false));
        Chain grown = chain(
                        Segment.of("c.m4", "m4", Stage.MIDSTREAM, "c.d"),
                        Segment.of("c.m5", "m5", Stage.MIDSTREAM, "c.d"))
                .withPins(pinned.pins());
        RegionMap large = map(grown, more, List.of());
        ChainGeometry geometry = ChainLayouter.layout(large, grown);
        Rect m3 = geometry.segments().get("c.m3");
        assertThat(m3.y()).isEqualTo(400.0);
        // The column still holds every box without overlaps: the tall m1 went below m3.
        List<Rect> column = geometry.segments().values().stream()
                .filter(rect -> rect.x() == m3.x())
                .toList();
        assertThat(column).hasSize(5);
        for (int i = 0; i < column.size(); i++) {
            for (int j = i + 1; j < column.size(); j++) {
                assertThat(column.get(i).overlaps(column.get(j))).isFalse();
            }
        }
        assertThat(geometry.segments().get("c.m1").y()).isGreaterThan(m3.bottom());
        for (Enterprise firm : more) {
            assertThat(geometry.segments()
                            .get(firm.mainSegment())
                            .contains(geometry.cards().get(firm.id())))
                    .isTrue();
        }
    }

    @Test
    void pinnedBoxesKeepTheOrderOfTheirHeightsAgainstTheFeeds() {
        // The feeds want m1 above m2 (u1 above u2); the pins say m2 at 60, m1 at 300.
        Chain chain = chain().withPins(Pins.NONE.withSegment("c.m1", 300).withSegment("c.m2", 60));
        Layers ordered = SegmentOrdering.order(LayerAssignment.assign(chain));
        List<String> midstream = ordered.layers().get(1);
        assertThat(midstream.indexOf("c.m2")).isLessThan(midstream.indexOf("c.m1"));
        RegionMap map = map(chain, List.of(), List.of());
        assertThat(box(map, "c.m2").y()).isEqualTo(60.0);
        assertThat(box(map, "c.m1").y()).isEqualTo(300.0);
        // Without pins the ordering untangles the feeds the other way.
        List<String> free =
                SegmentOrdering.order(LayerAssignment.assign(chain())).layers().get(1);
        assertThat(free.indexOf("c.m1")).isLessThan(free.indexOf("c.m2"));
    }

    @Test
    void pinsThatOverlapOrLieAboveTheColumnGoToTheNearestFreePlace() {
        Chain chain = chain().withPins(Pins.NONE
                .withSegment("c.m1", 0) // above the column's first box
                .withSegment("c.m2", 200)
                .withSegment("c.m3", 210)); // inside m2's box
        RegionMap map = map(chain, firms("c.m2", 3, true), List.of());
        ChainGeometry geometry = ChainLayouter.layout(map, chain);
        Rect m1 = geometry.segments().get("c.m1");
        Rect m2 = geometry.segments().get("c.m2");
        Rect m3 = geometry.segments().get("c.m3");
        assertThat(m1.y()).isEqualTo(TOP);
        assertThat(m2.y()).isEqualTo(200.0);
        assertThat(m3.y()).isEqualTo(m2.bottom() + Placement.BOX_GAP);
    }

    @Test
    void aPinnedCardKeepsItsSlotWhateverTheLinksAndNewFirmsSay() {
        // In box m1: locals a0..a2 and an external firm, which would go last; pinned to the top instead.
        List<Enterprise> firms = new ArrayList<>(firms("c.m1", 3, true));
        firms.addAll(firms("c.m1", 1, false));
        firms.addAll(firms("c.d", 3, true));
        // Links that pull c.m1.local2 to the top (its partner is first in d) and local0 to the bottom.
        List<SupplyLink> links = List.of(
                SupplyLink.of("c.m1.local2", "c.d.local0", null), SupplyLink.of("c.m1.local0", "c.d.local2", null));
        Pins pins = Pins.NONE.withCard("c.m1.ext0", 0).withCard("c.m1.local0", 1);
        Chain chain = chain().withPins(pins);
        assertThat(slots(map(chain, firms, links), "c.m1")).startsWith("c.m1.ext0", "c.m1.local0");

        // New firms in the box, and more links: the pinned cards stay where they are.
        firms.addAll(firms("c.m1", 6, true).subList(3, 6));
        List<SupplyLink> moreLinks = new ArrayList<>(links);
        moreLinks.add(SupplyLink.of("c.m1.local5", "c.d.local0", null));
        List<String> slots = slots(map(chain, firms, moreLinks), "c.m1");
        assertThat(slots).hasSize(7).startsWith("c.m1.ext0", "c.m1.local0");

        // A slot past the end means the last; two pins on one slot: the smaller id has it, the other goes below.
        Chain crowded = chain().withPins(Pins.NONE
                .withCard("c.m1.local1", 99)
                .withCard("c.m1.local2", 0)
                .withCard("c.m1.ext0", 0));
        List<String> crowdedSlots = slots(map(crowded, firms, links), "c.m1");
        assertThat(crowdedSlots.get(crowdedSlots.size() - 1)).isEqualTo("c.m1.local1");
        assertThat(crowdedSlots).startsWith("c.m1.ext0", "c.m1.local2");
    }

    /** The cards of {@code segment}'s box, top to bottom, as drawn. */
    private static List<String> slots(RegionMap map, String segment) {
        ChainGeometry geometry = ChainLayouter.layout(map, map.chains().get(0));
        Rect box = geometry.segments().get(segment);
        List<String> inside = new ArrayList<>();
        geometry.cards().forEach((firm, card) -> {
            if (box.contains(card)) {
                inside.add(firm);
            }
        });
        inside.sort(
                Comparator.comparingDouble(firm -> geometry.cards().get(firm).y()));
        return inside;
    }
}
