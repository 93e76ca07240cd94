package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.model.Chain;
import org.chainmap.model.Extras;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

/**
 * Small maps whose layout once exploded (issue 13): the work of the ordering and the virtual nodes of long
 * feeds are held to bounds proportional to the chain, counted, not timed (the times are in
 * {@code docs/performance.md}).
 */
class BoundedLayoutTest {

    /**
     * The steps the ordering may take per node and edge and per step of a binary search over them: its sweeps,
     * each with its rounds of transposition, visit every node and edge a few times. Measured: 8 to 20 on
     * rings, 140 on the wide chain below; recounting two layers for every swap tried took 130,000 there.
     */
    private static final long WORK_PER_ELEMENT = 300;

    /** A ring of {@code size} segments over the three stages, each feeding the next ten. */
    static Chain ring(int size) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String[] feeds = new String[10];
            for (int k = 1; k <= 10; k++) {
                feeds[k - 1] = "r" + (i + k) % size;
            }
            segments.add(Segment.of("r" + i, "环节" + i, Stage.values()[i * 3 / size], feeds));
        }
        return Chain.of("ring", "环", segments.toArray(Segment[]::new));
    }

    @Test
    void orderingARingWorksInProportionToItsFeeds() {
        SegmentOrdering ordering = SegmentOrdering.searched(LayerAssignment.assign(ring(2_000)));

        assertThat(ordering.work()).isLessThanOrEqualTo(bound(ordering));
    }

    @Test
    void orderingTwoWideLayersDoesNotGrowWithTheSquareOfTheirWidth() {
        // 1,500 upstream segments each feeding three of 1,500 midstream ones, scattered: two layers of 1,500.
        int width = 1_500;
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            segments.add(Segment.of(
                    "u" + i,
                    "u" + i,
                    Stage.UPSTREAM,
                    "m" + i * 7 % width,
                    "m" + (i * 13 + 5) % width,
                    "m" + (i * 31 + 11) % width));
        }
        for (int i = 0; i < width; i++) {
            segments.add(Segment.of("m" + i, "m" + i, Stage.MIDSTREAM));
        }
        Layers layers = LayerAssignment.assign(Chain.of("wide", "宽", segments.toArray(Segment[]::new)));

        SegmentOrdering ordering = SegmentOrdering.searched(layers);

        assertThat(ordering.work()).isLessThanOrEqualTo(bound(ordering));
        assertThat(SegmentOrdering.crossings(SegmentOrdering.order(layers)))
                .isLessThan(SegmentOrdering.crossings(layers));
    }

    @Test
    void longFeedsTakeNoMoreSlotsThanTheBudget() {
        // A column of 800 segments in one stage, each feeding the next and the last: the feeds to the last
        // would pass through 318,000 layers in all.
        int size = 800;
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            segments.add(
                    i + 1 < size
                            ? Segment.of("s" + i, "s" + i, Stage.MIDSTREAM, "s" + (i + 1), "s" + (size - 1))
                            : Segment.of("s" + i, "s" + i, Stage.MIDSTREAM));
        }
        Chain chain = Chain.of("column", "列", segments.toArray(Segment[]::new));
        Layers layers = LayerAssignment.assign(chain);

        FeedGraph graph = FeedGraph.of(layers);
        assertThat(graph.size()).isLessThanOrEqualTo(size + FeedGraph.MAX_SLOTS);
        assertThat(graph.size()).isGreaterThan(FeedGraph.MAX_SLOTS); // the shorter feeds keep theirs

        ChainGeometry geometry = ChainLayouter.layout(map(chain), chain);
        assertThat(geometry.segments()).hasSize(size);
        assertThat(geometry.feeds()).hasSize(layers.forward().size());
        // The longest feed, s0 to the last, is beyond the budget: it runs straight from box to box.
        assertThat(geometry.feeds().stream()
                        .filter(feed -> feed.from().equals("s0") && feed.to().equals("s" + (size - 1)))
                        .findFirst()
                        .orElseThrow()
                        .points())
                .hasSize(2);
    }

    @Test
    void aRingOfAThousandSegmentsIsLaidOutWhole() {
        Chain chain = ring(1_000);

        ChainGeometry geometry = ChainLayouter.layout(map(chain), chain);

        assertThat(geometry.segments()).hasSize(1_000);
        assertThat(geometry.feeds()).hasSize(10_000);
    }

    /** {@link #WORK_PER_ELEMENT} times the nodes and edges times the steps of a binary search over them. */
    private static long bound(SegmentOrdering ordering) {
        long elements = ordering.nodes() + ordering.edges();
        return WORK_PER_ELEMENT * elements * (64 - Long.numberOfLeadingZeros(elements));
    }

    private static RegionMap map(Chain chain) {
        return new RegionMap(
                Region.of("市", "000000"), null, List.of(chain), List.of(), List.of(), List.of(), Extras.NONE);
    }
}
