package org.chainmap.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes one chain as GraphML, for Gephi and yEd, through JGraphT's {@link GraphMLExporter}: a node per
 * segment and per firm card, an edge per feed between segments and per supply link between cards.
 *
 * <p>Node attributes: {@code label} and {@code name} (the name), {@code kind} ({@code segment} or
 * {@code card}), {@code stage}, {@code segment} (a card's segment; a segment's own id), {@code local} (cards
 * only), {@code x} and {@code y} (the centre of the box or card in the layout, map units, y downwards). Edge
 * attributes: {@code kind} ({@code feed} or {@code link}), {@code product} and {@code value} (links, when
 * known). Markers are left out: they draw a firm a second time, and a graph holds each firm once.
 *
 * <p>XML 1.0 has no way to write most C0 controls, nor U+FFFE, U+FFFF or half a surrogate pair, not even as
 * {@code &#27;}: every id and text goes through {@link #xml}, which puts U+FFFD in their place, so the file is
 * well-formed whatever the names hold. Ids that become alike that way are told apart by a suffix {@code ~2},
 * {@code ~3}.
 */
public final class GraphmlWriter {

    /** An edge of the exported graph; identity, not value, tells two edges apart (parallel links exist). */
    private static final class Edge {
        final String id;
        final Map<String, Attribute> attributes;

        Edge(String id, Map<String, Attribute> attributes) {
            this.id = id;
            this.attributes = attributes;
        }
    }

    private GraphmlWriter() {}

    /**
     * Writes {@code chain} of {@code map}, laid out as {@code geometry}, to {@code out}, which stays open.
     *
     * @param map the map the chain is in: the firms and links are looked up there
     * @param chain the chain drawn
     * @param geometry the chain's layout: the positions of its nodes
     * @param out where the UTF-8 bytes go
     * @throws IOException when {@code out} fails
     */
    public static void write(RegionMap map, Chain chain, ChainGeometry geometry, OutputStream out) throws IOException {
        write(map, chain, geometry, out, Locale.CHINESE);
    }

    /**
     * As {@link #write(RegionMap, Chain, ChainGeometry, OutputStream)}, with the segments' names in {@code
     * locale}'s language ({@link Names}: English names where the map has them).
     */
    public static void write(RegionMap map, Chain chain, ChainGeometry geometry, OutputStream out, Locale locale)
            throws IOException {
        DrawnChain drawn = DrawnChain.of(map, chain, geometry);
        Graph<String, Edge> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, Map<String, Attribute>> nodes = new HashMap<>();
        for (Map.Entry<String, Rect> box : geometry.segments().entrySet()) {
            Segment segment = drawn.segments.get(box.getKey());
            Map<String, Attribute> attributes = node(Names.of(segment, locale), "segment", segment, box.getValue());
            graph.addVertex(segment.id());
            nodes.put(segment.id(), attributes);
        }
        for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
            Enterprise firm = drawn.firms.get(card.getKey());
            Map<String, Attribute> attributes =
                    node(firm.name(), "card", drawn.segments.get(firm.mainSegment()), card.getValue());
            attributes.put("local", DefaultAttribute.createAttribute(firm.local()));
            graph.addVertex(firm.id());
            nodes.put(firm.id(), attributes);
        }
        int feeds = 0;
        for (ChainGeometry.FeedRoute feed : geometry.feeds()) {
            if (!graph.containsVertex(feed.from()) || !graph.containsVertex(feed.to())) {
                continue;
            }
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("kind", DefaultAttribute.createAttribute("feed"));
            graph.addEdge(feed.from(), feed.to(), new Edge("feed" + ++feeds, attributes));
        }
        int links = 0;
        for (DrawnChain.DrawnLink drawnLink : drawn.links) {
            SupplyLink link = drawnLink.link();
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("kind", DefaultAttribute.createAttribute("link"));
            if (link.product() != null) {
                attributes.put("product", DefaultAttribute.createAttribute(xml(link.product())));
            }
            if (link.value() != null) {
                attributes.put("value", DefaultAttribute.createAttribute(link.value()));
            }
            graph.addEdge(
                    link.from(), link.to(), new Edge(link.id() != null ? link.id() : "link" + ++links, attributes));
        }
        Map<String, String> vertexIds = new HashMap<>();
        Map<String, String> edgeIds = new HashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        GraphMLExporter<String, Edge> exporter =
                new GraphMLExporter<>(id -> vertexIds.computeIfAbsent(id, key -> unique(xml(key), taken)));
        exporter.setGraphIdProvider(() -> xml(chain.id()));
        exporter.setVertexAttributeProvider(nodes::get);
        exporter.setEdgeIdProvider(edge -> edgeIds.computeIfAbsent(edge.id, key -> unique(xml(key), taken)));
        exporter.setEdgeAttributeProvider(edge -> edge.attributes);
        exporter.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("name", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("stage", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("segment", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("local", AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("x", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("y", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("product", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("value", AttributeCategory.EDGE, AttributeType.LONG);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            exporter.exportGraph(graph, writer);
        } catch (ExportException e) {
            throw new IOException("GraphML export of chain " + chain.id() + " failed", e);
        }
        writer.flush();
    }

    /** {@code id}, or if an id before took it, {@code id~2}, {@code id~3}…: unique among {@code taken}. */
    private static String unique(String id, java.util.Set<String> taken) {
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
            unique = id + "~" + n;
        }
        return unique;
    }

    /**
     * {@code text} with every character XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return;
     * U+FFFE, U+FFFF; half a surrogate pair) replaced by U+FFFD.
     */
    static String xml(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair
                    || (c >= 0x20 && c < 0xD800)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c == '\t'
                    || c == '\n'
                    || c == '\r';
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(allowed ? c : '\uFFFD');
                if (pair) {
                    clean.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return clean == null ? text : clean.toString();
    }

    private static Map<String, Attribute> node(String name, String kind, Segment segment, Rect rect) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(xml(name)));
        attributes.put("name", DefaultAttribute.createAttribute(xml(name)));
        attributes.put("kind", DefaultAttribute.createAttribute(kind));
        attributes.put("stage", DefaultAttribute.createAttribute(segment.stage().id()));
        attributes.put("segment", DefaultAttribute.createAttribute(xml(segment.id())));
        attributes.put("x", DefaultAttribute.createAttribute(DrawnChain.round(rect.centerX())));
        attributes.put("y", DefaultAttribute.createAttribute(DrawnChain.round(rect.centerY())));
        return attributes;
    }
}
