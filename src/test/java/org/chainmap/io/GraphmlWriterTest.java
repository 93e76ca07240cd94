package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The GraphML of a chain, parsed as XML, gives the geometry's nodes at their places and the links. */
class GraphmlWriterTest {

    /** The data of one node or edge, by attribute name. */
    private record Item(String id, String source, String target, Map<String, String> data) {}

    private static List<List<Item>> parse(RegionMap map, Chain chain, ChainGeometry geometry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphmlWriter.write(map, chain, geometry, out);
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        Map<String, String> keys = new HashMap<>();
        NodeList keyElements = document.getElementsByTagName("key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            Element key = (Element) keyElements.item(i);
            keys.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        return List.of(items(document, "node", keys), items(document, "edge", keys));
    }

    private static List<Item> items(Document document, String tag, Map<String, String> keys) {
        List<Item> items = new ArrayList<>();
        NodeList elements = document.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            Map<String, String> data = new HashMap<>();
            NodeList values = element.getElementsByTagName("data");
            for (int k = 0; k < values.getLength(); k++) {
                Element value = (Element) values.item(k);
                data.put(keys.get(value.getAttribute("key")), value.getTextContent());
            }
            items.add(new Item(
                    element.getAttribute("id"), element.getAttribute("source"), element.getAttribute("target"), data));
        }
        return items;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chainmap.io.DrawnMaps#chains")
    void readsBackAsTheGeometry(String name, RegionMap map, Chain chain, ChainGeometry geometry) throws Exception {
        List<List<Item>> parsed = parse(map, chain, geometry);
        List<Item> nodes = parsed.get(0);
        assertThat(nodes).hasSize(geometry.segments().size() + geometry.cards().size());
        for (Item node : nodes) {
            boolean card = node.data().get("kind").equals("card");
            Rect rect =
                    card ? geometry.cards().get(node.id()) : geometry.segments().get(node.id());
            assertThat(rect).as(node.id()).isNotNull();
            assertThat(Double.parseDouble(node.data().get("x"))).isEqualTo(DrawnMaps.rounded(rect.centerX()));
            assertThat(Double.parseDouble(node.data().get("y"))).isEqualTo(DrawnMaps.rounded(rect.centerY()));
            if (card) {
                Enterprise firm = map.enterprise(node.id()).orElseThrow();
                assertThat(node.data().get("name")).isEqualTo(firm.name());
                assertThat(node.data().get("label")).isEqualTo(firm.name());
                assertThat(node.data().get("segment")).isEqualTo(firm.mainSegment());
                assertThat(node.data().get("local")).isEqualTo(String.valueOf(firm.local()));
                assertThat(node.data().get("stage"))
                        .isEqualTo(map.segment(firm.mainSegment())
                                .orElseThrow()
                                .stage()
                                .id());
            } else {
                assertThat(node.data().get("name"))
                        .isEqualTo(map.segment(node.id()).orElseThrow().name());
            }
        }
        List<Item> edges = parsed.get(1);
        List<SupplyLink> links = DrawnMaps.links(map, geometry);
        List<Item> linkEdges = edges.stream()
                .filter(edge -> edge.data().get("kind").equals("link"))
                .toList();
        assertThat(edges).hasSize(geometry.feeds().size() + links.size());
        assertThat(linkEdges).hasSize(links.size());
        for (int i = 0; i < links.size(); i++) {
            SupplyLink link = links.get(i);
            Item edge = linkEdges.get(i);
            assertThat(edge.source()).isEqualTo(link.from());
            assertThat(edge.target()).isEqualTo(link.to());
            assertThat(edge.data().get("product")).isEqualTo(link.product());
            assertThat(edge.data().get("value"))
                    .isEqualTo(link.value() == null ? null : link.value().toString());
        }
    }

    @Test
    void keepsChineseAndMarkup() throws Exception {
        RegionMap map = DrawnMaps.awkward();
        Chain chain = map.chains().get(0);
        List<Item> nodes = parse(map, chain, ChainLayouter.layout(map, chain)).get(0);
        assertThat(nodes.stream().map(node -> node.data().get("name")))
                .contains(DrawnMaps.AWKWARD_NAME, "特变电工衡阳变压器有限公司", "取向硅钢");
    }

    @Test
    void isWellFormedWhateverTheNamesHold() throws Exception {
        RegionMap map = DrawnMaps.hostile();
        Chain chain = map.chains().get(0);
        // A real XML parser: it refuses &#0; and &#27; (XML 1.1 only) and bytes that are not characters.
        List<Item> nodes = parse(map, chain, ChainLayouter.layout(map, chain)).get(0);
        assertThat(nodes.stream().map(node -> node.data().get("name")))
                .contains("宝钢\uFFFD\uFFFD[31m\uFFFD\uFFFD\uFFFD\uFFFDx\t\r\n公司", DrawnMaps.LONG_NAME);
        assertThat(GraphmlWriter.xml("a\uD83D\uDE00b\uDC00")).isEqualTo("a\uD83D\uDE00b\uFFFD");
    }
}
