package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Supply-link routes: from card to card, around every card and box, on tracks of their own. */
class LinkRoutingTest {

    static Stream<Arguments> chains() {
        List<Arguments> all = new ArrayList<>();
        RegionMap hengyang = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        hengyang.chains().forEach(chain -> all.add(Arguments.of("hengyang " + chain.id(), hengyang, chain)));
        RegionMap small = RegionGenerator.generate(1000, 7);
        small.chains().forEach(chain -> all.add(Arguments.of("generated 1k " + chain.id(), small, chain)));
        RegionMap large = RegionGenerator.generate(7000, 3);
        Chain largest = largest(large);
        all.add(Arguments.of("generated 7k " + largest.id(), large, largest));
        return all.stream();
    }

    /** The chain of {@code map} with the most firms. */
    static Chain largest(RegionMap map) {
        Map<String, String> chainOf = new HashMap<>();
        map.chains().forEach(chain -> chain.segments().forEach(s -> chainOf.put(s.id(), chain.id())));
        Map<String, Integer> firms = new HashMap<>();
        for (Enterprise firm : map.enterprises()) {
            firms.merge(chainOf.getOrDefault(firm.mainSegment(), ""), 1, Integer::sum);
        }
        return map.chains().stream()
                .max(Comparator.comparingInt(chain -> firms.getOrDefault(chain.id(), 0)))
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chains")
    void routesRunFromCardToCardAroundEveryCardAndBox(String name, RegionMap map, Chain chain) {
        ChainGeometry geometry = ChainLayouter.layout(map, chain);
        Map<String, List<Rect>> ends = new HashMap<>();
        geometry.cards().forEach((firm, rect) -> ends.computeIfAbsent(firm, key -> new ArrayList<>())
                .add(rect));
        geometry.markers().forEach(marker -> ends.computeIfAbsent(marker.firm(), key -> new ArrayList<>())
                .add(marker.bounds()));
        List<Rect> cards = ends.values().stream().flatMap(List::stream).toList();
        List<Rect> boxes = new ArrayList<>(geometry.segments().values());
        // Exactly the links of the map get a route: between two drawn firms, or a stub when one end is drawn.
        Set<List<String>> inside = new HashSet<>();
        Set<List<String>> outside = new HashSet<>();
        for (SupplyLink link : map.links()) {
            boolean from = ends.containsKey(link.from());
            boolean to = ends.containsKey(link.to());
            if (!link.from().equals(link.to()) && (from || to)) {
                (from && to ? inside : outside).add(List.of(link.from(), link.to()));
            }
        }
        Set<List<String>> routedInside = new HashSet<>();
        Set<List<String>> routedOutside = new HashSet<>();
        for (ChainGeometry.LinkRoute route : geometry.links()) {
            assertThat((route.external() ? routedOutside : routedInside)
                            .add(List.of(route.supplier(), route.customer())))
                    .as("one route per link")
                    .isTrue();
            checkRoute(route, geometry, ends, cards, boxes);
        }
        assertThat(routedInside).isEqualTo(inside);
        assertThat(routedOutside).isEqualTo(outside);
        checkTracks(geometry);
    }

    private static void checkRoute(
            ChainGeometry.LinkRoute route,
            ChainGeometry geometry,
            Map<String, List<Rect>> ends,
            List<Rect> cards,
            List<Rect> boxes) {
        List<double[]> points = route.points();
        double[] first = points.get(0);
        double[] last = points.get(points.size() - 1);
        String what = route.supplier() + " → " + route.customer() + " " + route.kind();
        assertThat(points.size()).as(what).isGreaterThanOrEqualTo(2);
        for (double[] point : points) {
            assertThat(point[0]).as(what).isBetween(0.0, geometry.width());
            assertThat(point[1]).as(what).isBetween(0.0, geometry.height());
        }
        // It starts on the right edge of a card of the supplier and ends on the left edge of one of the customer.
        Rect from = route.kind() == ChainGeometry.Kind.FROM_OUTSIDE
                ? null
                : edgeOf(ends.get(route.supplier()), first, true);
        Rect to =
                route.kind() == ChainGeometry.Kind.TO_OUTSIDE ? null : edgeOf(ends.get(route.customer()), last, false);
        assertThat(from != null || route.kind() == ChainGeometry.Kind.FROM_OUTSIDE)
                .as(what)
                .isTrue();
        assertThat(to != null || route.kind() == ChainGeometry.Kind.TO_OUTSIDE)
                .as(what)
                .isTrue();
        assertThat(route.external())
                .as(what)
                .isEqualTo(!ends.containsKey(route.supplier()) || !ends.containsKey(route.customer()));
        if (!route.external()) {
            // Back when the customer's box does not stand right of the supplier's (in a grid, one box's cards
            // stand side by side: a link between them is a cycle too).
            Rect fromBox =
                    boxes.stream().filter(box -> box.contains(from)).findFirst().orElseThrow();
            Rect toBox =
                    boxes.stream().filter(box -> box.contains(to)).findFirst().orElseThrow();
            assertThat(route.back()).as(what).isEqualTo(toBox.x() < fromBox.right());
        }
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            assertThat(a[0] == b[0] || a[1] == b[1]).as("%s orthogonal", what).isTrue();
            for (Rect card : cards) {
                assertThat(crosses(a, b, card))
                        .as("%s through the card %s", what, card)
                        .isFalse();
            }
            for (Rect box : boxes) {
                boolean leaving = i == 1 && route.kind() != ChainGeometry.Kind.FROM_OUTSIDE && box.contains(from);
                boolean entering =
                        i == points.size() - 1 && route.kind() != ChainGeometry.Kind.TO_OUTSIDE && box.contains(to);
                boolean own = (from != null && box.contains(from)) || (to != null && box.contains(to));
                if (own && inGrid(box, cards)) {
                    // Inside its own box of several columns: between the cards (checked above), below the title.
                    if (crosses(a, b, box)) {
                        assertThat(Math.min(a[1], b[1]))
                                .as("%s below the title of %s", what, box)
                                .isGreaterThanOrEqualTo(box.y() + Placement.HEADER - Placement.PADDING);
                    }
                } else if (leaving) {
                    // Out through the box's right side.
                    assertThat(b[1]).isEqualTo(a[1]);
                    assertThat(b[0]).as(what).isGreaterThanOrEqualTo(box.right());
                } else if (entering) {
                    // In through the box's left side.
                    assertThat(b[1]).isEqualTo(a[1]);
                    assertThat(a[0]).as(what).isLessThanOrEqualTo(box.x());
                } else {
                    assertThat(crosses(a, b, box))
                            .as("%s through the box %s", what, box)
                            .isFalse();
                }
            }
        }
    }

    /** Whether the cards in {@code box} stand in more than one column. */
    static boolean inGrid(Rect box, List<Rect> cards) {
        return cards.stream()
                        .filter(box::contains)
                        .mapToDouble(Rect::x)
                        .distinct()
                        .count()
                > 1;
    }

    /** The rectangle of {@code rects} whose right (or left) edge holds {@code point}, strictly between its corners. */
    private static Rect edgeOf(List<Rect> rects, double[] point, boolean right) {
        if (rects == null) {
            return null;
        }
        return rects.stream()
                .filter(r -> point[0] == (right ? r.right() : r.x()) && point[1] > r.y() && point[1] < r.bottom())
                .findFirst()
                .orElse(null);
    }

    /** Whether the axis-parallel segment ab passes through the open interior of {@code r}. */
    static boolean crosses(double[] a, double[] b, Rect r) {
        double minX = Math.min(a[0], b[0]);
        double maxX = Math.max(a[0], b[0]);
        double minY = Math.min(a[1], b[1]);
        double maxY = Math.max(a[1], b[1]);
        return maxX > r.x() && minX < r.right() && maxY > r.y() && minY < r.bottom();
    }

    /**
     * Vertical runs of two routes share an x where their heights overlap only when the routes share their
     * supplier's card (a fan-out trunk) or their customer's card (a fan-in trunk).
     */
    private static void checkTracks(ChainGeometry geometry) {
        Map<Double, List<double[]>> byX = new HashMap<>();
        Map<double[], List<String>> owner = new HashMap<>();
        for (ChainGeometry.LinkRoute route : geometry.links()) {
            List<double[]> points = route.points();
            double[] end = points.get(points.size() - 1);
            List<String> ends = List.of(points.get(0)[0] + "," + points.get(0)[1], end[0] + "," + end[1]);
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                if (a[0] == b[0] && a[1] != b[1]) {
                    double[] run = {Math.min(a[1], b[1]), Math.max(a[1], b[1])};
                    byX.computeIfAbsent(a[0], key -> new ArrayList<>()).add(run);
                    owner.put(run, ends);
                }
            }
        }
        for (Map.Entry<Double, List<double[]>> track : byX.entrySet()) {
            List<double[]> runs = track.getValue();
            runs.sort(Comparator.comparingDouble(run -> run[0]));
            for (int i = 0; i < runs.size(); i++) {
                for (int j = i + 1; j < runs.size() && runs.get(j)[0] < runs.get(i)[1]; j++) {
                    List<String> a = owner.get(runs.get(i));
                    List<String> b = owner.get(runs.get(j));
                    assertThat(a.get(0).equals(b.get(0)) || a.get(1).equals(b.get(1)))
                            .as("two routes of different cards on the track x = %s", track.getKey())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aCycleGoesRoundAndAFirmOutsideGetsAStub() {
        // a1 (ore) supplies b1 (smelting), which supplies a2 back in the ore box; a1 also sells to x, whose
        // segment is in another chain, and b1 buys from x.
        Chain chain = Chain.of(
                "c",
                "链",
                Segment.of("c.ore", "矿", Stage.UPSTREAM, "c.smelt"),
                Segment.of("c.smelt", "冶炼", Stage.MIDSTREAM));
        Chain other = Chain.of("o", "别的链", Segment.of("o.x", "x", Stage.UPSTREAM));
        RegionMap map = new RegionMap(
                Region.of("市", "000000"),
                null,
                List.of(chain, other),
                List.of(
                        Enterprise.of("a1", "甲一", true, List.of("c.ore")),
                        Enterprise.of("a2", "甲二", true, List.of("c.ore")),
                        Enterprise.of("b1", "乙一", true, List.of("c.smelt")),
                        Enterprise.of("x", "外链", true, List.of("o.x"))),
                List.of(
                        SupplyLink.of("a1", "b1", null),
                        SupplyLink.of("a1", "b1", "再一次"),
                        SupplyLink.of("b1", "a2", null),
                        SupplyLink.of("a1", "x", null),
                        SupplyLink.of("x", "b1", null),
                        SupplyLink.of("a1", "a1", null)),
                List.of(),
                Extras.NONE);
        ChainGeometry geometry = ChainLayouter.layout(map, chain);
        Map<String, ChainGeometry.LinkRoute> routes = new HashMap<>();
        geometry.links().forEach(route -> routes.put(route.supplier() + ">" + route.customer(), route));
        assertThat(routes).containsOnlyKeys("a1>b1", "b1>a2", "a1>x", "x>b1");
        assertThat(routes.get("a1>b1").kind()).isEqualTo(ChainGeometry.Kind.FORWARD);
        assertThat(routes.get("a1>x").kind()).isEqualTo(ChainGeometry.Kind.TO_OUTSIDE);
        assertThat(routes.get("x>b1").kind()).isEqualTo(ChainGeometry.Kind.FROM_OUTSIDE);
        // The cycle leaves b1 to the right, passes the smelting and the ore column outside their boxes, and
        // comes into a2 from the left.
        ChainGeometry.LinkRoute back = routes.get("b1>a2");
        assertThat(back.kind()).isEqualTo(ChainGeometry.Kind.BACK);
        Rect smelt = geometry.segments().get("c.smelt");
        Rect ore = geometry.segments().get("c.ore");
        List<double[]> points = back.points();
        assertThat(points.get(1)[0]).isGreaterThan(smelt.right());
        assertThat(points.get(points.size() - 2)[0]).isLessThan(ore.x());
        assertThat(points.stream().anyMatch(p -> p[1] < smelt.y() || p[1] > smelt.bottom()))
                .isTrue();
        // A stub reaches out of its card's box, and no further than the stub's length.
        List<double[]> stub = routes.get("a1>x").points();
        assertThat(stub.get(1)[0]).isEqualTo(ore.right() + LinkRouting.STUB);
        // The forward link runs right the whole way.
        List<double[]> forward = routes.get("a1>b1").points();
        for (int i = 1; i < forward.size(); i++) {
            assertThat(forward.get(i)[0]).isGreaterThanOrEqualTo(forward.get(i - 1)[0]);
        }
    }
}
