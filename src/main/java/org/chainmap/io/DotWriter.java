package org.chainmap.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Placement;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * Writes one chain as a Graphviz DOT graph, left to right ({@code rankdir=LR}): each segment a cluster
 * ({@code subgraph "cluster_<segment id>"}) holding its firms' cards, the layers of the layout as ranks, the
 * supply links as edges between cards and, in the full graph, the markers as dotted nodes and the feeds as
 * edges between clusters.
 *
 * <p>The ranks copy the layout's columns: every node of one layer is in one {@code rank=same} group
 * ({@code newrank=true} lets a rank cross clusters), and an invisible chain of one node per layer keeps the
 * layers in order even where no edge joins them. So dot keeps our columns and chooses the order within them
 * and the coordinates. Cards have the layout's card size.
 *
 * <p>Hand-written rather than through JGraphT's {@code DOTExporter}: that one declares every node at the top
 * level and again in its subgraph, and escapes only double quotes, so a backslash in a name would end a
 * string early or turn into a dot escape such as {@code \N}. Here every id and label is a quoted string with
 * {@code \} and {@code "} escaped; Chinese goes out as UTF-8 as is.
 */
public final class DotWriter {

    private static final double POINTS_PER_INCH = 72;

    private final DrawnChain drawn;
    private final Writer out;
    private final boolean full;

    private DotWriter(DrawnChain drawn, Writer out, boolean full) {
        this.drawn = drawn;
        this.out = out;
        this.full = full;
    }

    /**
     * Writes the whole drawing of {@code chain}: segments as labelled clusters, cards, markers, feeds and
     * supply links. {@code out} stays open.
     *
     * @param map the map the chain is in: the firms and links are looked up there
     * @param chain the chain drawn
     * @param geometry the chain's layout: its layers become ranks
     * @param out where the UTF-8 bytes go
     * @throws IOException when {@code out} fails
     */
    public static void write(RegionMap map, Chain chain, ChainGeometry geometry, OutputStream out) throws IOException {
        write(DrawnChain.of(map, chain, geometry), out, true);
    }

    /**
     * Writes only the firm cards of {@code chain}, in their segments' clusters and layers, and the supply links
     * between them: the graph to give dot to compare its layout with ours. {@code out} stays open.
     *
     * @param map the map the chain is in
     * @param chain the chain drawn
     * @param geometry the chain's layout: its layers become ranks
     * @param out where the UTF-8 bytes go
     * @throws IOException when {@code out} fails
     */
    public static void writeFirms(RegionMap map, Chain chain, ChainGeometry geometry, OutputStream out)
            throws IOException {
        write(DrawnChain.of(map, chain, geometry), out, false);
    }

    private static void write(DrawnChain drawn, OutputStream out, boolean full) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new DotWriter(drawn, writer, full).writeGraph();
        writer.flush();
    }

    private void writeGraph() throws IOException {
        out.write("digraph " + quote(drawn.chain.id()) + " {\n");
        out.write("  graph [rankdir=LR, newrank=true, compound=true, charset=\"UTF-8\", label="
                + quote(drawn.chain.name()) + ", labelloc=t];\n");
        out.write("  node [shape=box, fixedsize=true, fontsize=10, width=" + inches(Placement.CARD_WIDTH) + ", height="
                + inches(Placement.CARD_HEIGHT) + "];\n");
        Map<String, List<String>> cards = drawn.cardsBySegment();
        Map<String, List<String>> markers = new java.util.HashMap<>();
        if (full) {
            for (ChainGeometry.Marker marker : drawn.geometry.markers()) {
                markers.computeIfAbsent(marker.segment(), s -> new java.util.ArrayList<>())
                        .add(marker.firm());
            }
        }
        for (Segment segment : drawn.chain.segments()) {
            List<String> own = cards.getOrDefault(segment.id(), List.of());
            List<String> shown = markers.getOrDefault(segment.id(), List.of());
            if (full || !own.isEmpty()) {
                writeCluster(segment, own, shown);
            }
        }
        writeRanks(cards, markers);
        if (full) {
            for (ChainGeometry.FeedRoute feed : drawn.geometry.feeds()) {
                out.write("  " + quote(feed.from()) + " -> " + quote(feed.to()) + " [ltail="
                        + quote(cluster(feed.from())) + ", lhead=" + quote(cluster(feed.to()))
                        + (feed.back() ? ", style=dashed" : "") + ", penwidth=2];\n");
            }
        }
        for (DrawnChain.DrawnLink drawnLink : drawn.links) {
            SupplyLink link = drawnLink.link();
            out.write("  " + quote(link.from()) + " -> " + quote(link.to()));
            if (full && link.product() != null) {
                out.write(" [tooltip=" + quote(link.product()) + "]");
            }
            out.write(";\n");
        }
        out.write("}\n");
    }

    private void writeCluster(Segment segment, List<String> own, List<String> shown) throws IOException {
        out.write("  subgraph " + quote(cluster(segment.id())) + " {\n");
        out.write("    label=" + quote(segment.name()) + ";\n");
        if (full) {
            // The segment's own point: the end of its feeds, and what keeps an empty box on the map.
            out.write("    " + quote(segment.id()) + " [shape=point, style=invis, fixedsize=false, width=0.01];\n");
        }
        for (String id : own) {
            Enterprise firm = drawn.firms.get(id);
            out.write("    " + quote(id) + " [label=" + quote(firm.name()) + (firm.local() ? "" : ", style=dashed")
                    + "];\n");
        }
        for (String id : shown) {
            out.write("    " + quote(markerId(id, segment.id())) + " [label="
                    + quote(drawn.firms.get(id).name()) + ", style=dotted, height=" + inches(Placement.MARKER_HEIGHT)
                    + "];\n");
        }
        out.write("  }\n");
    }

    /** One {@code rank=same} group per layer, and the invisible chain that keeps the layers in order. */
    private void writeRanks(Map<String, List<String>> cards, Map<String, List<String>> markers) throws IOException {
        List<List<String>> layers = drawn.layers();
        for (int layer = 0; layer < layers.size(); layer++) {
            out.write("  " + quote(layerId(layer)) + " [shape=point, style=invis, fixedsize=false, width=0.01];\n");
        }
        for (int layer = 0; layer < layers.size(); layer++) {
            out.write("  { rank=same; " + quote(layerId(layer)) + ";");
            for (String segment : layers.get(layer)) {
                if (full) {
                    out.write(" " + quote(segment) + ";");
                }
                for (String id : cards.getOrDefault(segment, List.of())) {
                    out.write(" " + quote(id) + ";");
                }
                for (String id : markers.getOrDefault(segment, List.of())) {
                    out.write(" " + quote(markerId(id, segment)) + ";");
                }
            }
            out.write(" }\n");
        }
        for (int layer = 0; layer < layers.size(); layer++) {
            out.write(layer == 0 ? "  " : " -> ");
            out.write(quote(layerId(layer)));
        }
        out.write(" [style=invis];\n");
    }

    /** The cluster of a segment. */
    static String cluster(String segment) {
        return "cluster_" + segment;
    }

    /** The node id of a layer's anchor; ids in a map have no spaces, so it never meets one. */
    static String layerId(int layer) {
        return "layer " + layer;
    }

    /** The node id of a marker: a firm shown again in another segment. */
    static String markerId(String firm, String segment) {
        return firm + " in " + segment;
    }

    private static String inches(double units) {
        return String.valueOf(Math.round(units / POINTS_PER_INCH * 1000) / 1000.0);
    }

    /** {@code text} as a DOT quoted string: backslashes and double quotes escaped, line breaks as {@code \n}. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> {}
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
