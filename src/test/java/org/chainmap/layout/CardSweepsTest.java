package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search over boxes and cards ({@link CardSweeps}): what the barycenter sweeps alone left standing. */
class CardSweepsTest {

    @Test
    void transpositionRemovesACrossingTheSweepsKept() {
        // Upstream u0..u6, pinned in that order; midstream b, then a. a buys from u0, u4, u5 and b from u1, u2,
        // u6: both average u3, so the sweeps keep b above a (5 crossings), where a above b has 4.
        List<Enterprise> firms = new ArrayList<>();
        Pins pins = Pins.NONE;
        for (int i = 0; i < 7; i++) {
            firms.add(Enterprise.of("u" + i, "u" + i, true, List.of("c.u")));
            pins = pins.withCard("u" + i, i);
        }
        firms.add(Enterprise.of("b", "b", true, List.of("c.m")));
        firms.add(Enterprise.of("a", "a", true, List.of("c.m")));
        List<SupplyLink> links = new ArrayList<>();
        for (int i : new int[] {0, 4, 5}) {
            links.add(SupplyLink.of("u" + i, "a", null));
        }
        for (int i : new int[] {1, 2, 6}) {
            links.add(SupplyLink.of("u" + i, "b", null));
        }
        Chain chain = Chain.of(
                        "c",
                        "链",
                        Segment.of("c.u", "u", Stage.UPSTREAM, "c.m"),
                        Segment.of("c.m", "m", Stage.MIDSTREAM))
                .withPins(pins);
        RegionMap map = new RegionMap(Region.of("市", null), null, List.of(chain), firms, links, List.of(), Extras.NONE);

        Layers layers = SegmentOrdering.order(LayerAssignment.assign(chain));
        assertThat(CardOrdering.order(map, chain, layers, false).cards().get("c.m"))
                .containsExactly("b", "a");
        assertThat(crossings(map, chain, false)).isEqualTo(5);

        assertThat(CardOrdering.order(map, chain, layers).cards().get("c.m")).containsExactly("a", "b");
        assertThat(crossings(map, chain, true)).isEqualTo(4);
        assertThat(CardOrdering.order(map, chain, layers).cards().get("c.u"))
                .containsExactly("u0", "u1", "u2", "u3", "u4", "u5", "u6");
    }

    @ParameterizedTest
    @CsvSource({"300, 1", "300, 2", "1000, 1", "1000, 3", "2000, 4"})
    void generatedChainsNeverCrossMoreThanAfterTheSweepsAlone(int firms, long seed) {
        RegionMap map = ThreeStageChains.generate(firms, seed);
        Chain chain = map.chains().get(0);

        long before = crossings(map, chain, false);
        long after = crossings(map, chain, true);

        assertThat(after).isLessThanOrEqualTo(before);
        if (firms >= 1000) {
            assertThat(after).isLessThan(before * 95 / 100);
        }
    }

    @Test
    void boxesStayWholeAndEveryCardInItsBox() {
        RegionMap map = ThreeStageChains.generate(1000, 5);
        Chain chain = map.chains().get(0);
        ChainGeometry geometry = ChainLayouter.layout(map, chain, 1);
        for (Enterprise firm : map.enterprises()) {
            assertThat(geometry.segments()
                            .get(firm.mainSegment())
                            .contains(geometry.cards().get(firm.id())))
                    .isTrue();
        }
        Layers layers = SegmentOrdering.order(LayerAssignment.assign(chain));
        Layers searched = CardOrdering.order(map, chain, layers).layers();
        for (int layer = 0; layer < layers.layers().size(); layer++) {
            assertThat(searched.layers().get(layer))
                    .containsExactlyInAnyOrderElementsOf(layers.layers().get(layer));
        }
    }

    /** The straight-line crossings of the chain laid out one column per box, with or without the search. */
    private static long crossings(RegionMap map, Chain chain, boolean search) {
        Layers layers = SegmentOrdering.order(LayerAssignment.assign(chain));
        CardOrdering cards = CardOrdering.order(map, chain, layers, search);
        ChainGeometry geometry = Placement.place(cards.layers(), cards, 1);
        Map<String, Rect> at = geometry.cards();
        List<double[]> lines = new ArrayList<>();
        for (SupplyLink link : map.links()) {
            Rect from = at.get(link.from());
            Rect to = at.get(link.to());
            if (from != null && to != null && from != to) {
                lines.add(new double[] {from.centerX(), from.centerY(), to.centerX(), to.centerY()});
            }
        }
        return Crossings.ofLines(lines);
    }
}
