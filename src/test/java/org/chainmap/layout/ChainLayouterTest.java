package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Pins;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The geometry every chain drawing must keep, on the Hengyang map and on generated regions. */
class ChainLayouterTest {

    static Stream<Arguments> chains() {
        List<Arguments> all = new ArrayList<>();
        RegionMap hengyang = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        hengyang.chains().forEach(chain -> all.add(Arguments.of("hengyang " + chain.id(), hengyang, chain)));
        RegionMap generated = RegionGenerator.generate(3000, 5);
        generated.chains().forEach(chain -> all.add(Arguments.of("generated " + chain.id(), generated, chain)));
        // The same chains with a third of their boxes and a quarter of their cards pinned at random.
        for (RegionMap map : List.of(hengyang, generated)) {
            for (Chain chain : map.chains()) {
                Chain pinned = pinAtRandom(map, chain, new Random(chain.id().hashCode()));
                List<Chain> chains = new ArrayList<>(map.chains());
                chains.set(chains.indexOf(chain), pinned);
                all.add(Arguments.of("pinned " + chain.id(), map.withChains(chains), pinned));
            }
        }
        return all.stream();
    }

    private static Chain pinAtRandom(RegionMap map, Chain chain, Random random) {
        Pins pins = Pins.NONE;
        for (Segment segment : chain.segments()) {
            if (random.nextInt(3) == 0) {
                pins = pins.withSegment(segment.id(), random.nextInt(1500));
            }
        }
        for (Enterprise firm : map.enterprisesOfChain(chain.id())) {
            if (random.nextInt(4) == 0) {
                pins = pins.withCard(firm.id(), random.nextInt(6));
            }
        }
        return chain.withPins(pins);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chains")
    void keepsTheGeometry(String name, RegionMap map, Chain chain) {
        ChainGeometry geometry = ChainLayouter.layout(map, chain);
        // Every segment has a box, inside its stage's column; no two boxes overlap.
        assertThat(geometry.segments().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        chain.segments().stream().map(Segment::id).toList());
        Map<Stage, Rect> columns = new HashMap<>();
        geometry.columns().forEach(column -> columns.put(column.stage(), column.bounds()));
        for (Segment segment : chain.segments()) {
            assertThat(columns.get(segment.stage()).contains(geometry.segments().get(segment.id())))
                    .as("%s in its column", segment.id())
                    .isTrue();
        }
        assertThat(columns.get(Stage.UPSTREAM).right())
                .isLessThan(columns.get(Stage.MIDSTREAM).x());
        assertThat(columns.get(Stage.MIDSTREAM).right())
                .isLessThan(columns.get(Stage.DOWNSTREAM).x());
        assertNoOverlap(new ArrayList<>(geometry.segments().values()), "boxes");
        assertPinnedBoxesInPlace(chain, geometry);
        // Every firm whose main segment is in the chain has one card, inside that box; cards never overlap.
        for (Enterprise firm : map.enterprises()) {
            if (firm.mainSegment() != null && geometry.segments().containsKey(firm.mainSegment())) {
                Rect card = geometry.cards().get(firm.id());
                assertThat(card).as(firm.id()).isNotNull();
                assertThat(geometry.segments().get(firm.mainSegment()).contains(card))
                        .as(firm.id())
                        .isTrue();
            }
        }
        List<Rect> small = new ArrayList<>(geometry.cards().values());
        for (ChainGeometry.Marker marker : geometry.markers()) {
            assertThat(geometry.segments().get(marker.segment()).contains(marker.bounds()))
                    .isTrue();
            small.add(marker.bounds());
        }
        assertNoOverlap(small, "cards and markers");
        // Forward feeds run left to right from box to box; everything fits the drawing.
        for (ChainGeometry.FeedRoute route : geometry.feeds()) {
            List<double[]> points = route.points();
            if (!route.back()) {
                assertThat(points.get(0)[0])
                        .isEqualTo(geometry.segments().get(route.from()).right());
                assertThat(points.get(points.size() - 1)[0])
                        .isEqualTo(geometry.segments().get(route.to()).x());
                for (int i = 1; i < points.size(); i++) {
                    assertThat(points.get(i)[0]).isGreaterThanOrEqualTo(points.get(i - 1)[0]);
                }
            }
            for (double[] point : points) {
                assertThat(point[0]).isBetween(0.0, geometry.width());
                assertThat(point[1]).isBetween(0.0, geometry.height());
            }
        }
    }

    /**
     * Each pinned box stands at its pinned height, unless that is above the column's top (then at the top)
     * or the pinned box above it in its column reaches there (then just below that one).
     */
    private static void assertPinnedBoxesInPlace(Chain chain, ChainGeometry geometry) {
        Map<Double, List<String>> byColumn = new TreeMap<>();
        chain.pins().segments().keySet().stream()
                .filter(geometry.segments()::containsKey)
                .forEach(id -> byColumn.computeIfAbsent(
                                geometry.segments().get(id).centerX(), x -> new ArrayList<>())
                        .add(id));
        for (List<String> column : byColumn.values()) {
            column.sort(Comparator.comparingDouble(
                            (String id) -> chain.pins().segments().get(id).y())
                    .thenComparing(id -> id));
            double free = Placement.MARGIN + Placement.HEADER;
            for (String id : column) {
                Rect box = geometry.segments().get(id);
                assertThat(box.y())
                        .as("pinned %s", id)
                        .isEqualTo(
                                Math.max(free, chain.pins().segments().get(id).y()));
                free = box.bottom() + Placement.BOX_GAP;
            }
        }
    }

    private static void assertNoOverlap(List<Rect> rects, String what) {
        List<Rect> sorted = new ArrayList<>(rects);
        sorted.sort((a, b) ->
                Double.compare(a.x(), b.x()) != 0 ? Double.compare(a.x(), b.x()) : Double.compare(a.y(), b.y()));
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1;
                    j < sorted.size() && sorted.get(j).x() < sorted.get(i).right();
                    j++) {
                assertThat(sorted.get(i).overlaps(sorted.get(j)))
                        .as("%s %s and %s", what, sorted.get(i), sorted.get(j))
                        .isFalse();
            }
        }
    }
}
