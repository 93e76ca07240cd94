package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;

/** The flows between segments, aggregated into bands, on a small map worked out by hand. */
class SegmentBandsTest {

    private static SupplyLink link(String from, String to, Long value) {
        return new SupplyLink(null, from, to, "件", value, Provenance.NONE, Extras.NONE);
    }

    @Test
    void oneBandPerPairOfSegmentsWithItsLinksValuesAndBrokenFeed() {
        // u and v feed m, m feeds d. v has only an external firm: its flow into m is broken.
        Chain chain = Chain.of(
                "c",
                "链",
                Segment.of("c.u", "上游甲", Stage.UPSTREAM, "c.m"),
                Segment.of("c.v", "上游乙", Stage.UPSTREAM, "c.m"),
                Segment.of("c.m", "中游", Stage.MIDSTREAM, "c.d"),
                Segment.of("c.d", "下游", Stage.DOWNSTREAM));
        List<Enterprise> firms = List.of(
                Enterprise.of("ua", "甲一", true, List.of("c.u")),
                Enterprise.of("ub", "甲二", false, List.of("c.u")),
                Enterprise.of("vx", "乙外", false, List.of("c.v")),
                Enterprise.of("ma", "中一", true, List.of("c.m")),
                Enterprise.of("mb", "中二", true, List.of("c.m")),
                Enterprise.of("da", "下一", true, List.of("c.d")));
        List<SupplyLink> links = List.of(
                link("ua", "ma", 100L),
                link("ua", "mb", null),
                link("ub", "ma", 50L),
                link("vx", "mb", 30L),
                link("ma", "mb", 9L), // inside m: in no band
                link("ma", "da", 7L),
                link("da", "ua", 2L)); // d back to u: a band without a feed
        RegionMap map =
                new RegionMap(Region.of("衡阳市", null), null, List.of(chain), firms, links, List.of(), Extras.NONE);
        ChainGeometry geometry = ChainLayouter.layout(map, chain);

        List<SegmentBands.Band> bands =
                SegmentBands.of(map, chain, geometry, GapAnalysis.of(map).get(0));

        assertThat(bands)
                .containsExactly(
                        new SegmentBands.Band("c.u", "c.m", 3, 150, true, false),
                        new SegmentBands.Band("c.v", "c.m", 1, 30, true, true),
                        new SegmentBands.Band("c.m", "c.d", 1, 7, true, false),
                        new SegmentBands.Band("c.d", "c.u", 1, 2, false, false));
    }
}
