package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.layout.SegmentBands;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layout JSON read back with Jackson gives the geometry it was written from. */
class LayoutJsonWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static byte[] bytes(RegionMap map, Chain chain, ChainGeometry geometry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LayoutJsonWriter.write(map, chain, geometry, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chainmap.io.DrawnMaps#chains")
    void readsBackAsTheGeometry(String name, RegionMap map, Chain chain, ChainGeometry geometry) throws IOException {
        JsonNode root = MAPPER.readTree(bytes(map, chain, geometry));
        assertThat(root.get("format").asText()).isEqualTo("chainmap-layout");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("chain").get("id").asText()).isEqualTo(chain.id());
        assertThat(root.get("chain").get("name").asText()).isEqualTo(chain.name());
        assertThat(root.get("width").asDouble()).isEqualTo(DrawnMaps.rounded(geometry.width()));
        assertThat(root.get("columns")).hasSize(3);

        List<JsonNode> segments = new ArrayList<>();
        List<JsonNode> cards = new ArrayList<>();
        List<JsonNode> markers = new ArrayList<>();
        root.get("nodes").forEach(node -> (switch (node.get("kind").asText()) {
                    case "segment" -> segments;
                    case "card" -> cards;
                    default -> markers;
                })
                .add(node));
        assertThat(segments).hasSize(geometry.segments().size());
        assertThat(cards).hasSize(geometry.cards().size());
        assertThat(markers).hasSize(geometry.markers().size());
        for (JsonNode segment : segments) {
            String id = segment.get("id").asText();
            assertRect(segment, geometry.segments().get(id));
            assertThat(segment.get("name").asText())
                    .isEqualTo(map.segment(id).orElseThrow().name());
        }
        for (JsonNode card : cards) {
            String id = card.get("id").asText();
            assertRect(card, geometry.cards().get(id));
            assertThat(card.get("name").asText())
                    .isEqualTo(map.enterprise(id).orElseThrow().name());
            assertThat(card.get("local").asBoolean())
                    .isEqualTo(map.enterprise(id).orElseThrow().local());
            assertThat(card.get("segment").asText())
                    .isEqualTo(map.enterprise(id).orElseThrow().mainSegment());
        }

        JsonNode edges = root.get("edges");
        List<SupplyLink> links = DrawnMaps.links(map, geometry);
        assertThat(edges).hasSize(geometry.feeds().size() + links.size());
        for (int i = 0; i < geometry.feeds().size(); i++) {
            ChainGeometry.FeedRoute feed = geometry.feeds().get(i);
            JsonNode edge = edges.get(i);
            assertThat(edge.get("kind").asText()).isEqualTo("feed");
            assertThat(edge.get("from").asText()).isEqualTo(feed.from());
            assertThat(edge.get("back").asBoolean()).isEqualTo(feed.back());
            assertThat(edge.get("route")).hasSize(feed.points().size());
            assertThat(edge.get("route").get(0).get(0).asDouble())
                    .isEqualTo(DrawnMaps.rounded(feed.points().get(0)[0]));
        }
        for (int i = 0; i < links.size(); i++) {
            JsonNode edge = edges.get(geometry.feeds().size() + i);
            SupplyLink link = links.get(i);
            assertThat(edge.get("kind").asText()).isEqualTo("link");
            assertThat(edge.get("from").asText()).isEqualTo(link.from());
            assertThat(edge.get("to").asText()).isEqualTo(link.to());
            Rect from = geometry.cards().get(link.from());
            Rect to = geometry.cards().get(link.to());
            assertThat(edge.get("back").asBoolean()).isEqualTo(to.centerX() < from.centerX());
            JsonNode route = edge.get("route");
            // The route as drawn: from the edge of the supplier's card or marker to that of the customer's.
            assertOnEdgeOfOne(route.get(0), drawnAs(geometry, link.from(), from));
            assertOnEdgeOfOne(route.get(route.size() - 1), drawnAs(geometry, link.to(), to));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chainmap.io.DrawnMaps#chains")
    void writesTheRoutesAsDrawnAndTheBands(String name, RegionMap map, Chain chain, ChainGeometry geometry)
            throws IOException {
        JsonNode root = MAPPER.readTree(bytes(map, chain, geometry));
        java.util.Map<List<String>, List<double[]>> drawn = new java.util.HashMap<>();
        geometry.links().stream()
                .filter(route -> !route.external())
                .forEach(route -> drawn.putIfAbsent(List.of(route.supplier(), route.customer()), route.points()));
        int bent = 0;
        for (JsonNode edge : root.get("edges")) {
            if (!edge.get("kind").asText().equals("link")) {
                continue;
            }
            List<double[]> points =
                    drawn.get(List.of(edge.get("from").asText(), edge.get("to").asText()));
            JsonNode route = edge.get("route");
            assertThat(route).hasSize(points.size());
            for (int i = 0; i < points.size(); i++) {
                assertThat(route.get(i).get(0).asDouble()).isEqualTo(DrawnMaps.rounded(points.get(i)[0]));
                assertThat(route.get(i).get(1).asDouble()).isEqualTo(DrawnMaps.rounded(points.get(i)[1]));
            }
            bent += points.size() > 2 ? 1 : 0;
        }
        if (!DrawnMaps.links(map, geometry).isEmpty()) {
            assertThat(bent).as("routes with corners, not straight lines").isPositive();
        }
        List<SegmentBands.Band> bands = SegmentBands.of(
                map, chain, geometry, GapAnalysis.of(map).get(map.chains().indexOf(chain)));
        JsonNode written = root.get("bands");
        assertThat(written).hasSize(bands.size());
        for (int i = 0; i < bands.size(); i++) {
            SegmentBands.Band band = bands.get(i);
            JsonNode node = written.get(i);
            assertThat(node.get("from").asText()).isEqualTo(band.from());
            assertThat(node.get("to").asText()).isEqualTo(band.to());
            assertThat(node.get("count").asInt()).isEqualTo(band.count());
            assertThat(node.get("value").asLong()).isEqualTo(band.value());
            assertThat(node.get("feed").asBoolean()).isEqualTo(band.feed());
            assertThat(node.get("broken").asBoolean()).isEqualTo(band.broken());
        }
    }

    @Test
    void keepsChineseAndEscapesQuotesAndBackslashes() throws IOException {
        RegionMap map = DrawnMaps.awkward();
        Chain chain = map.chains().get(0);
        byte[] bytes = bytes(map, chain, org.chainmap.layout.ChainLayouter.layout(map, chain));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"name\":\"新型能源及电力装备产业链\"").endsWith("}\n");
        List<String> names = new ArrayList<>();
        MAPPER.readTree(bytes)
                .get("nodes")
                .forEach(node -> names.add(node.get("name").asText()));
        assertThat(names).contains(DrawnMaps.AWKWARD_NAME, "特变电工衡阳变压器有限公司", "变压器");
    }

    @Test
    void sameDrawingSameBytes() throws IOException {
        RegionMap map = DrawnMaps.awkward();
        Chain chain = map.chains().get(0);
        assertThat(bytes(map, chain, org.chainmap.layout.ChainLayouter.layout(map, chain)))
                .isEqualTo(bytes(map, chain, org.chainmap.layout.ChainLayouter.layout(map, chain)));
    }

    private static void assertRect(JsonNode node, Rect rect) {
        assertThat(node.get("x").asDouble()).isEqualTo(DrawnMaps.rounded(rect.x()));
        assertThat(node.get("y").asDouble()).isEqualTo(DrawnMaps.rounded(rect.y()));
        assertThat(node.get("width").asDouble()).isEqualTo(DrawnMaps.rounded(rect.width()));
        assertThat(node.get("height").asDouble()).isEqualTo(DrawnMaps.rounded(rect.height()));
    }

    /** The card {@code card} of {@code firm} and its markers. */
    private static List<Rect> drawnAs(ChainGeometry geometry, String firm, Rect card) {
        List<Rect> rects = new ArrayList<>(List.of(card));
        geometry.markers().stream()
                .filter(marker -> marker.firm().equals(firm))
                .forEach(marker -> rects.add(marker.bounds()));
        return rects;
    }

    /** The point lies on the outline of one of the rectangles. */
    private static void assertOnEdgeOfOne(JsonNode point, List<Rect> rects) {
        AssertionError last = null;
        for (Rect rect : rects) {
            try {
                assertOnEdge(point, rect);
                return;
            } catch (AssertionError e) {
                last = e;
            }
        }
        throw last;
    }

    /** The point lies on the rectangle's outline (within the rounding). */
    private static void assertOnEdge(JsonNode point, Rect rect) {
        double x = point.get(0).asDouble();
        double y = point.get(1).asDouble();
        assertThat(x).isBetween(rect.x() - 0.05, rect.right() + 0.05);
        assertThat(y).isBetween(rect.y() - 0.05, rect.bottom() + 0.05);
        double distance = Math.min(
                Math.min(Math.abs(x - rect.x()), Math.abs(x - rect.right())),
                Math.min(Math.abs(y - rect.y()), Math.abs(y - rect.bottom())));
        assertThat(distance).isCloseTo(0, within(0.05));
    }
}
