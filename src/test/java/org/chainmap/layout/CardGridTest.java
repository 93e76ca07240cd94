package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Pins;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cards of large boxes in grids: the drawing keeps the shape of a page, one column is the old layout. */
class CardGridTest {

    static Stream<Arguments> sizes() {
        List<Arguments> all = new ArrayList<>();
        for (int firms : new int[] {1, 10, 100, 1_000, 10_000, 30_000}) {
            RegionMap map = ThreeStageChains.generate(firms, 1);
            all.add(Arguments.of(
                    "three stages, " + firms + " cards", map, map.chains().get(0)));
        }
        for (int firms : new int[] {1, 10, 100, 1_000, 20_000}) {
            RegionMap map = RegionGenerator.generate(firms, 1);
            for (Chain chain : map.chains()) {
                all.add(Arguments.of("region of " + firms + ", " + chain.id(), map, chain));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void theDrawingKeepsTheShapeOfAPage(String name, RegionMap map, Chain chain) {
        ChainGeometry geometry = ChainLayouter.layout(map, chain);
        assertThat(geometry.width() / geometry.height()).as("width : height").isLessThanOrEqualTo(3 + 1e-9);
        assertThat(geometry.height() / geometry.width()).as("height : width").isLessThanOrEqualTo(3 + 1e-9);
        // The stage columns side by side, each starting in the top half, so that the view at fit shows all three
        // at once; in the large three-stage chains, whose stages all hold thousands of cards, about equally deep.
        Map<Stage, double[]> spans = new HashMap<>();
        chain.segments().forEach(segment -> {
            Rect box = geometry.segments().get(segment.id());
            spans.merge(segment.stage(), new double[] {box.y(), box.bottom()}, (x, y) ->
                    new double[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
        });
        double deepest = spans.values().stream()
                .mapToDouble(span -> span[1] - span[0])
                .max()
                .orElseThrow();
        spans.forEach((stage, span) -> {
            assertThat(span[0]).as("%s starts", stage).isLessThan(geometry.height() / 2);
            if (name.startsWith("three stages") && geometry.cards().size() >= 1000) {
                assertThat(span[1] - span[0])
                        .as("%s as deep as the others", stage)
                        .isGreaterThan(deepest * 0.6);
            }
        });
        // Every card in its box, no two cards or markers overlapping.
        for (Enterprise firm : map.enterprisesOfChain(chain.id())) {
            Rect card = geometry.cards().get(firm.id());
            if (card != null) {
                assertThat(geometry.segments().get(firm.mainSegment()).contains(card))
                        .as(firm.id())
                        .isTrue();
            }
        }
        List<Rect> small = new ArrayList<>(geometry.cards().values());
        geometry.markers().forEach(marker -> small.add(marker.bounds()));
        small.sort(Comparator.comparingDouble(Rect::y));
        for (int i = 0; i < small.size(); i++) {
            for (int j = i + 1;
                    j < small.size() && small.get(j).y() < small.get(i).bottom();
                    j++) {
                assertThat(small.get(i).overlaps(small.get(j)))
                        .as("%s and %s", small.get(i), small.get(j))
                        .isFalse();
            }
        }
    }

    /** The chains whose drawing of one column per box is already known: Hengyang's and generated ones. */
    static Stream<Arguments> chains() {
        List<Arguments> all = new ArrayList<>();
        RegionMap hengyang = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        hengyang.chains().forEach(chain -> all.add(Arguments.of("hengyang " + chain.id(), hengyang, chain)));
        RegionMap generated = RegionGenerator.generate(3000, 5);
        generated.chains().forEach(chain -> all.add(Arguments.of("generated " + chain.id(), generated, chain)));
        RegionMap three = ThreeStageChains.generate(1000, 2);
        all.add(Arguments.of("three stages", three, three.chains().get(0)));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chains")
    void oneColumnIsTheDrawingOfOneColumnPerBox(String name, RegionMap map, Chain chain) {
        ChainGeometry geometry = ChainLayouter.layout(map, chain, 1);
        double layerX = Placement.MARGIN;
        double boxWidth = Placement.CARD_WIDTH + 2 * Placement.PADDING;
        Map<String, List<String>> inBox = new HashMap<>();
        geometry.cards().forEach((firm, card) -> inBox.computeIfAbsent(
                        map.enterprise(firm).orElseThrow().mainSegment(), key -> new ArrayList<>())
                .add(firm));
        for (Map.Entry<String, Rect> entry : geometry.segments().entrySet()) {
            Rect box = entry.getValue();
            assertThat(box.width()).isEqualTo(boxWidth);
            assertThat((box.x() - layerX) % (boxWidth + Placement.LAYER_GAP) == 0
                            || (box.x() - layerX) % (boxWidth + Placement.STAGE_GAP) == 0
                            || box.x() > layerX)
                    .isTrue();
            // The cards stacked from the top of the body in their order, each the gap below the one above.
            List<String> firms = inBox.getOrDefault(entry.getKey(), List.of());
            for (int i = 0; i < firms.size(); i++) {
                Rect card = geometry.cards().get(firms.get(i));
                assertThat(card.x()).isEqualTo(box.x() + Placement.PADDING);
                assertThat(card.y())
                        .isEqualTo(box.y() + Placement.HEADER + i * (Placement.CARD_HEIGHT + Placement.PADDING));
            }
            long markers = geometry.markers().stream()
                    .filter(marker -> marker.segment().equals(entry.getKey()))
                    .count();
            double body = firms.size() * (Placement.CARD_HEIGHT + Placement.PADDING)
                    + markers * (Placement.MARKER_HEIGHT + Placement.PADDING);
            assertThat(box.height())
                    .isEqualTo(Placement.HEADER + Math.max(Placement.EMPTY_BODY, body + Placement.PADDING));
        }
        // Every route leaves its card level to the right and enters its card level from the left: no legs.
        for (ChainGeometry.LinkRoute route : geometry.links()) {
            List<double[]> points = route.points();
            if (route.kind() != ChainGeometry.Kind.FROM_OUTSIDE) {
                assertThat(points.get(1)[1]).isEqualTo(points.get(0)[1]);
                assertThat(points.get(1)[0]).isGreaterThan(points.get(0)[0]);
            }
            if (route.kind() != ChainGeometry.Kind.TO_OUTSIDE) {
                double[] last = points.get(points.size() - 1);
                double[] before = points.get(points.size() - 2);
                assertThat(before[1]).isEqualTo(last[1]);
                assertThat(before[0]).isLessThan(last[0]);
            }
        }
    }

    @Test
    void aDrawingAlreadyWiderThanAPageKeepsOneColumnPerBox() {
        RegionMap hengyang = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        Chain power = hengyang.chain("power").orElseThrow();
        ChainGeometry one = ChainLayouter.layout(hengyang, power, 1);
        assertThat(one.width()).isGreaterThan(BoxColumns.PAGE * one.height());
        assertThat(one.width()).isLessThan(Placement.WIDEST * one.height());
        assertThat(ChainLayouter.layout(hengyang, power))
                .usingRecursiveComparison()
                .isEqualTo(one);
    }

    @Test
    void aGridReadsRowByRowInTheCardOrderAndKeepsAPinnedCardAtItsSlot() {
        RegionMap map = ThreeStageChains.generate(2000, 3);
        Chain chain = map.chains().get(0);
        ChainGeometry one = ChainLayouter.layout(map, chain, 1);
        ChainGeometry grid = ChainLayouter.layout(map, chain, 6);
        String biggest = biggestBox(one);
        List<String> down = readingOrder(one, biggest);
        List<String> rows = readingOrder(grid, biggest);
        assertThat(rows).isEqualTo(down);
        assertThat(grid.cards().values().stream()
                        .filter(grid.segments().get(biggest)::contains)
                        .mapToDouble(Rect::x)
                        .distinct()
                        .count())
                .isEqualTo(6);
        // Pinned to slot 9: the tenth in reading order, the fourth of the second row.
        String firm = down.get(down.size() - 1);
        Chain pinned = chain.withPins(Pins.NONE.withCard(firm, 9));
        RegionMap withPin = map.withChains(List.of(pinned));
        ChainGeometry pinnedGrid = ChainLayouter.layout(withPin, pinned, 6);
        assertThat(readingOrder(pinnedGrid, biggest).indexOf(firm)).isEqualTo(9);
        Rect card = pinnedGrid.cards().get(firm);
        Rect box = pinnedGrid.segments().get(biggest);
        assertThat(card.x()).isEqualTo(box.x() + Placement.PADDING + 3 * (Placement.CARD_WIDTH + Placement.COLUMN_GAP));
    }

    @Test
    void routesInAGridRunBetweenTheColumnsAndRowsOfCardsNeverThroughOne() {
        RegionMap map = ThreeStageChains.generate(1000, 4);
        ChainGeometry geometry = ChainLayouter.layout(map, map.chains().get(0));
        List<Rect> cards = new ArrayList<>(geometry.cards().values());
        geometry.markers().forEach(marker -> cards.add(marker.bounds()));
        int inside = 0;
        for (ChainGeometry.LinkRoute route : geometry.links()) {
            List<double[]> points = route.points();
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                assertThat(a[0] == b[0] || a[1] == b[1]).as("orthogonal").isTrue();
                for (Rect card : cards) {
                    assertThat(LinkRoutingTest.crosses(a, b, card))
                            .as("%s → %s through %s", route.supplier(), route.customer(), card)
                            .isFalse();
                }
                double middleX = (a[0] + b[0]) / 2;
                double middleY = (a[1] + b[1]) / 2;
                if (a[0] == b[0]
                        && geometry.segments().values().stream().anyMatch(box -> box.contains(middleX, middleY))) {
                    inside++; // a vertical run inside a box: in a gap between two columns of cards
                }
            }
        }
        assertThat(inside).as("vertical runs between the columns of a grid").isGreaterThan(100);
    }

    private static String biggestBox(ChainGeometry geometry) {
        return geometry.segments().entrySet().stream()
                .max(Comparator.comparingDouble(entry -> entry.getValue().height()))
                .orElseThrow()
                .getKey();
    }

    /** The cards of {@code segment}'s box row by row, each row left to right. */
    private static List<String> readingOrder(ChainGeometry geometry, String segment) {
        Rect box = geometry.segments().get(segment);
        List<String> firms = new ArrayList<>();
        geometry.cards().forEach((firm, card) -> {
            if (box.contains(card)) {
                firms.add(firm);
            }
        });
        firms.sort(Comparator.comparingDouble(
                        (String firm) -> geometry.cards().get(firm).y())
                .thenComparingDouble(firm -> geometry.cards().get(firm).x()));
        return firms;
    }
}
