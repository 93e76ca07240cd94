package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

class LayoutPhasesTest {

    @Test
    void stagesRunLeftToRightAndFeedsInsideAStageSpreadIt() {
        // Midstream: cathode feeds rod, rod feeds cable: three layers inside the midstream column.
        Chain chain = Chain.of(
                "nf",
                "有色",
                Segment.of("nf.ore", "矿", Stage.UPSTREAM, "nf.cathode"),
                Segment.of("nf.cathode", "阴极铜", Stage.MIDSTREAM, "nf.rod"),
                Segment.of("nf.rod", "铜杆", Stage.MIDSTREAM, "nf.cable"),
                Segment.of("nf.cable", "线缆", Stage.MIDSTREAM, "nf.grid"),
                Segment.of("nf.grid", "电网", Stage.DOWNSTREAM));
        Layers layers = LayerAssignment.assign(chain);
        assertThat(layers.layers())
                .containsExactly(
                        List.of("nf.ore"),
                        List.of("nf.cathode"),
                        List.of("nf.rod"),
                        List.of("nf.cable"),
                        List.of("nf.grid"));
        assertThat(layers.stageOf(0)).isEqualTo(Stage.UPSTREAM);
        assertThat(layers.stageOf(3)).isEqualTo(Stage.MIDSTREAM);
        assertThat(layers.stageOf(4)).isEqualTo(Stage.DOWNSTREAM);
        assertThat(layers.back()).isEmpty();
    }

    @Test
    void recyclingAndCyclesBecomeBackEdges() {
        // Scrap (downstream) feeds smelting (midstream): recycling. Inside midstream, a ⇄ b is a cycle.
        Chain chain = Chain.of(
                "nf",
                "有色",
                Segment.of("nf.a", "a", Stage.MIDSTREAM, "nf.b"),
                Segment.of("nf.b", "b", Stage.MIDSTREAM, "nf.a", "nf.scrap"),
                Segment.of("nf.scrap", "废料", Stage.DOWNSTREAM, "nf.a", "nf.scrap"));
        Layers layers = LayerAssignment.assign(chain);
        assertThat(layers.back()).containsExactlyInAnyOrder(List.of("nf.b", "nf.a"), List.of("nf.scrap", "nf.a"));
        assertThat(layers.layerOf().get("nf.a")).isLessThan(layers.layerOf().get("nf.b"));
        for (String[] feed : layers.forward()) {
            assertThat(layers.layerOf().get(feed[0]))
                    .isLessThan(layers.layerOf().get(feed[1]));
        }
        // An empty stage still has its column.
        assertThat(layers.layerCount()[Stage.UPSTREAM.ordinal()]).isEqualTo(1);
        assertThat(layers.layers().get(0)).isEmpty();
    }

    @Test
    void orderingUntanglesAFeedCrossing() {
        // x feeds q and y feeds p, listed p, q: one crossing, which swapping removes.
        Chain chain = Chain.of(
                "c",
                "链",
                Segment.of("c.x", "x", Stage.UPSTREAM, "c.q"),
                Segment.of("c.y", "y", Stage.UPSTREAM, "c.p"),
                Segment.of("c.p", "p", Stage.MIDSTREAM),
                Segment.of("c.q", "q", Stage.MIDSTREAM));
        Layers layers = LayerAssignment.assign(chain);
        assertThat(SegmentOrdering.crossings(layers)).isEqualTo(1);
        Layers ordered = SegmentOrdering.order(layers);
        assertThat(SegmentOrdering.crossings(ordered)).isZero();
        assertThat(ordered.layerOf()).isEqualTo(layers.layerOf());
    }

    @Test
    void aCompleteBipartiteFeedKeepsItsUnavoidableCrossing() {
        Chain chain = Chain.of(
                "c",
                "链",
                Segment.of("c.x", "x", Stage.UPSTREAM, "c.p", "c.q"),
                Segment.of("c.y", "y", Stage.UPSTREAM, "c.p", "c.q"),
                Segment.of("c.p", "p", Stage.MIDSTREAM),
                Segment.of("c.q", "q", Stage.MIDSTREAM));
        assertThat(SegmentOrdering.crossings(SegmentOrdering.order(LayerAssignment.assign(chain))))
                .isEqualTo(1);
    }

    @Test
    void longFeedsCountThroughTheLayersTheyCross() {
        // u (upstream) feeds d (downstream) past the midstream column, where m sits; v feeds m and e.
        Chain chain = Chain.of(
                "c",
                "链",
                Segment.of("c.u", "u", Stage.UPSTREAM, "c.e"),
                Segment.of("c.v", "v", Stage.UPSTREAM, "c.m"),
                Segment.of("c.m", "m", Stage.MIDSTREAM, "c.d"),
                Segment.of("c.d", "d", Stage.DOWNSTREAM),
                Segment.of("c.e", "e", Stage.DOWNSTREAM));
        Layers ordered = SegmentOrdering.order(LayerAssignment.assign(chain));
        assertThat(SegmentOrdering.crossings(ordered)).isZero();
    }

    @Test
    void theHengyangChainsGetNoWorseAndKeepEverySegment() {
        RegionMap map = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        for (Chain chain : map.chains()) {
            Layers layers = LayerAssignment.assign(chain);
            Layers ordered = SegmentOrdering.order(layers);
            assertThat(SegmentOrdering.crossings(ordered))
                    .as(chain.id())
                    .isLessThanOrEqualTo(SegmentOrdering.crossings(layers));
            assertThat(ordered.layers().stream().mapToInt(List::size).sum())
                    .as(chain.id())
                    .isEqualTo(chain.segments().size());
            for (int layer = 0; layer < ordered.layers().size(); layer++) {
                assertThat(ordered.layers().get(layer))
                        .as(chain.id())
                        .containsExactlyInAnyOrderElementsOf(layers.layers().get(layer));
            }
        }
    }

    @Test
    void shortColumnsStandInTheMiddleOfTheDeepestOne() {
        // Three boxes upstream, one midstream, one downstream: the single boxes centre on the upstream stack.
        Chain chain = Chain.of(
                "c",
                "链",
                Segment.of("c.a", "a", Stage.UPSTREAM, "c.m"),
                Segment.of("c.b", "b", Stage.UPSTREAM, "c.m"),
                Segment.of("c.c", "c", Stage.UPSTREAM, "c.m"),
                Segment.of("c.m", "m", Stage.MIDSTREAM, "c.d"),
                Segment.of("c.d", "d", Stage.DOWNSTREAM));
        RegionMap map = new RegionMap(
                org.chainmap.model.Region.of("测试市", "000000"),
                null,
                List.of(chain),
                List.of(),
                List.of(),
                List.of(),
                null);
        ChainGeometry geometry = ChainLayouter.layout(map, chain);
        Rect first = geometry.segments().get("c.a");
        Rect last = geometry.segments().get("c.c");
        double middle = (first.y() + last.bottom()) / 2;
        assertThat(geometry.segments().get("c.m").centerY())
                .isCloseTo(middle, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(geometry.segments().get("c.d").centerY())
                .isCloseTo(middle, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(first.y()).isEqualTo(Placement.MARGIN + Placement.HEADER);
    }
}
