package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The geometry every panorama must keep, on the Hengyang map and on generated regions. */
class PanoramaLayouterTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    static Stream<Arguments> maps() {
        return Stream.of(
                Arguments.of("hengyang", HENGYANG),
                Arguments.of("generated 3000", RegionGenerator.generate(3000, 5)),
                Arguments.of("generated 20000", RegionGenerator.generate(20_000, 11)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void keepsTheGeometry(String name, RegionMap map) {
        PanoramaGeometry geometry = PanoramaLayouter.layout(map);
        // One band per chain, in document order, top to bottom, not overlapping; the header on the band's left.
        assertThat(geometry.bands())
                .extracting(PanoramaGeometry.Band::chain)
                .containsExactlyElementsOf(map.chains().stream().map(Chain::id).toList());
        for (int i = 1; i < geometry.bands().size(); i++) {
            assertThat(geometry.bands().get(i).bounds().y())
                    .isGreaterThan(geometry.bands().get(i - 1).bounds().bottom());
        }
        Rect whole = new Rect(0, 0, geometry.width(), geometry.height());
        Map<Stage, Rect> zones = new java.util.EnumMap<>(Stage.class);
        geometry.zones().forEach(zone -> zones.put(zone.stage(), zone.bounds()));
        assertThat(zones).hasSize(3);
        for (PanoramaGeometry.Band band : geometry.bands()) {
            assertThat(whole.contains(band.bounds())).isTrue();
            assertThat(band.bounds().contains(band.header())).isTrue();
            assertThat(band.header().x()).isEqualTo(band.bounds().x());
            assertThat(band.header().right())
                    .isLessThan(zones.get(Stage.UPSTREAM).x());
        }
        // Every segment of every chain has a box in its band and in its stage's zone, right of the header.
        for (Chain chain : map.chains()) {
            PanoramaGeometry.Band band = geometry.bands().stream()
                    .filter(b -> b.chain().equals(chain.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(band.segments())
                    .containsExactlyInAnyOrderElementsOf(
                            chain.segments().stream().map(Segment::id).toList());
            for (Segment segment : chain.segments()) {
                Rect box = geometry.segments().get(segment.id());
                assertThat(band.bounds().contains(box)).as(segment.id()).isTrue();
                assertThat(zones.get(segment.stage()).contains(box))
                        .as(segment.id())
                        .isTrue();
                assertThat(box.height())
                        .isGreaterThanOrEqualTo(PanoramaLayouter.boxHeight(
                                PanoramaLayouter.nameLines(segment.name()).size()));
            }
            // Stage order within a zone: left to right, then the next row.
            for (Stage stage : Stage.values()) {
                List<Segment> inStage = chain.segments(stage);
                for (int i = 1; i < inStage.size(); i++) {
                    Rect before = geometry.segments().get(inStage.get(i - 1).id());
                    Rect after = geometry.segments().get(inStage.get(i).id());
                    assertThat(after.y() > before.y() || after.y() == before.y() && after.x() > before.right())
                            .as(
                                    "%s after %s",
                                    inStage.get(i).id(), inStage.get(i - 1).id())
                            .isTrue();
                }
            }
        }
        // Zones are aligned across bands: every upstream box left of every midstream box, and so on.
        double[] rightmost = new double[3];
        double[] leftmost = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                Rect box = geometry.segments().get(segment.id());
                int s = segment.stage().ordinal();
                rightmost[s] = Math.max(rightmost[s], box.right());
                leftmost[s] = Math.min(leftmost[s], box.x());
            }
        }
        assertThat(rightmost[0]).isLessThan(leftmost[1]);
        assertThat(rightmost[1]).isLessThan(leftmost[2]);
        assertNoOverlap(new ArrayList<>(geometry.segments().values()));
        assertCrossFeeds(map, geometry);
    }

    private static void assertCrossFeeds(RegionMap map, PanoramaGeometry geometry) {
        Set<List<String>> expected = new HashSet<>();
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                for (String fed : segment.feeds()) {
                    map.chainOfSegment(fed)
                            .filter(target -> !target.id().equals(chain.id()))
                            .ifPresent(target -> expected.add(List.of(segment.id(), fed)));
                }
            }
        }
        Set<List<String>> routed = new HashSet<>();
        for (PanoramaGeometry.CrossFeed feed : geometry.feeds()) {
            assertThat(routed.add(List.of(feed.from(), feed.to()))).isTrue();
            List<double[]> points = feed.points();
            Rect from = geometry.segments().get(feed.from());
            Rect to = geometry.segments().get(feed.to());
            assertThat(onEdge(from, points.get(0))).as("%s start", feed.from()).isTrue();
            assertThat(onEdge(to, points.get(points.size() - 1)))
                    .as("%s end", feed.to())
                    .isTrue();
            // Right angles only, and nothing but the two end stubs passes through a box.
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                assertThat(a[0] == b[0] || a[1] == b[1]).isTrue();
                if (i == 1 || i == points.size() - 1) {
                    continue;
                }
                Rect piece = new Rect(
                        Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
                for (Rect box : geometry.segments().values()) {
                    assertThat(crosses(piece, box))
                            .as("%s→%s crosses %s", feed.from(), feed.to(), box)
                            .isFalse();
                }
            }
        }
        assertThat(routed).isEqualTo(expected);
    }

    private static boolean onEdge(Rect box, double[] p) {
        boolean insideX = p[0] >= box.x() && p[0] <= box.right();
        boolean insideY = p[1] >= box.y() && p[1] <= box.bottom();
        return insideX && (p[1] == box.y() || p[1] == box.bottom())
                || insideY && (p[0] == box.x() || p[0] == box.right());
    }

    /** Whether a horizontal or vertical piece of line runs through the inside of a box. */
    private static boolean crosses(Rect piece, Rect box) {
        return piece.x() <= box.right()
                && piece.right() >= box.x()
                && piece.y() <= box.bottom()
                && piece.bottom() >= box.y();
    }

    @Test
    void hengyangHasItsFeedsBetweenChainsAndHitTestsFindChainsAndSegments() {
        PanoramaGeometry geometry = PanoramaLayouter.layout(HENGYANG);
        assertThat(geometry.feeds())
                .extracting(feed -> feed.from() + ">" + feed.to())
                .contains("nonferrous.copper-rod>power.cable", "electronics.components>auto.electronics");
        Rect cable = geometry.segments().get("power.cable");
        assertThat(geometry.segmentAt(cable.centerX(), cable.centerY())).contains("power.cable");
        assertThat(geometry.chainAt(cable.centerX(), cable.centerY())).contains("power");
        PanoramaGeometry.Band food = geometry.bands().stream()
                .filter(band -> band.chain().equals("food"))
                .findFirst()
                .orElseThrow();
        assertThat(geometry.chainAt(food.header().centerX(), food.header().centerY()))
                .contains("food");
        assertThat(geometry.segmentAt(food.header().centerX(), food.header().centerY()))
                .isEmpty();
        assertThat(geometry.chainAt(-5, food.header().centerY())).isEmpty();
        assertThat(geometry.chainAt(10, geometry.height() + 10)).isEmpty();
        // Between two bands lies no chain.
        Rect first = geometry.bands().get(0).bounds();
        assertThat(geometry.chainAt(first.centerX(), first.bottom() + PanoramaLayouter.BAND_GAP / 2))
                .isEmpty();
        // The same map, the same picture.
        PanoramaGeometry again = PanoramaLayouter.layout(HENGYANG);
        assertThat(again.segments()).isEqualTo(geometry.segments());
        assertThat(again.feeds())
                .extracting(feed -> feed.points().get(2)[0])
                .containsExactlyElementsOf(geometry.feeds().stream()
                        .map(feed -> feed.points().get(2)[0])
                        .toList());
    }

    @Test
    void longNamesTakeTwoLinesAndLongerOnesAreCut() {
        assertThat(PanoramaLayouter.nameLines("铜杆")).containsExactly("铜杆");
        List<String> two = PanoramaLayouter.nameLines("再生原料（废铜、废铅蓄电池等）");
        assertThat(two).hasSize(2);
        assertThat(String.join("", two)).isEqualTo("再生原料（废铜、废铅蓄电池等）");
        List<String> cut = PanoramaLayouter.nameLines("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十");
        assertThat(cut).hasSize(PanoramaLayouter.NAME_LINES);
        assertThat(cut.get(1)).endsWith("…");
        for (String line : cut) {
            assertThat(PanoramaLayouter.estimateWidth(line, PanoramaLayouter.NAME_SIZE))
                    .isLessThanOrEqualTo(PanoramaLayouter.BOX_WIDTH - 2 * PanoramaLayouter.BOX_PADDING);
        }
    }

    private static void assertNoOverlap(List<Rect> rects) {
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                assertThat(rects.get(i).overlaps(rects.get(j)))
                        .as("%s and %s", rects.get(i), rects.get(j))
                        .isFalse();
            }
        }
    }
}
