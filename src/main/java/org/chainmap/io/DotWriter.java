package org.chainmap.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Placement;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Names;
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
 *
 * <p>What DOT cannot carry is replaced: a NUL, the other C0 controls but tab and line feed, half a surrogate
 * pair, U+FFFE and U+FFFF become U+FFFD, a carriage return is dropped. Graphviz reads a quoted string of at
 * most 16,384 bytes: a longer name or id is cut to {@value #MAX_BYTES} bytes of UTF-8, ending in {@code …},
 * and a comment before the graph's closing brace says what was cut.
 */
public final class DotWriter {

    private static final double POINTS_PER_INCH = 72;

    /** The most bytes of UTF-8 between a quoted string's quotes; Graphviz's limit is 16,384. */
    public static final int MAX_BYTES = 16_000;

    /** What ends a string cut to fit. */
    private static final String CUT = "…";

    private final DrawnChain drawn;
    private final Writer out;
    private final boolean full;
    private final Locale locale;
    private final java.util.Set<String> cut = new java.util.LinkedHashSet<>();

    private DotWriter(DrawnChain drawn, Writer out, boolean full, Locale locale) {
        this.locale = locale;
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
     * @return how many strings were longer than Graphviz reads and were cut (the file's last comment says which)
     * @throws IOException when {@code out} fails
     */
    public static int write(RegionMap map, Chain chain, ChainGeometry geometry, OutputStream out) throws IOException {
        return write(map, chain, geometry, out, Locale.CHINESE);
    }

    /**
     * As {@link #write(RegionMap, Chain, ChainGeometry, OutputStream)}, with the chain's and segments' names in
     * {@code locale}'s language ({@link Names}: English names where the map has them).
     */
    public static int write(RegionMap map, Chain chain, ChainGeometry geometry, OutputStream out, Locale locale)
            throws IOException {
        return write(DrawnChain.of(map, chain, geometry), out, true, locale);
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
        write(DrawnChain.of(map, chain, geometry), out, false, Locale.CHINESE);
    }

    private static int write(DrawnChain drawn, OutputStream out, boolean full, Locale locale) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        DotWriter dot = new DotWriter(drawn, writer, full, locale);
        dot.writeGraph();
        writer.flush();
        return dot.cut.size();
    }

    private void writeGraph() throws IOException {
        out.write("digraph " + q(drawn.chain.id()) + " {\n");
        out.write("  graph [rankdir=LR, newrank=true, compound=true, charset=\"UTF-8\", label="
                + q(Names.of(drawn.chain, locale)) + ", labelloc=t];\n");
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
                out.write("  " + q(feed.from()) + " -> " + q(feed.to()) + " [ltail="
                        + q(cluster(feed.from())) + ", lhead=" + q(cluster(feed.to()))
                        + (feed.back() ? ", style=dashed" : "") + ", penwidth=2];\n");
            }
        }
        for (DrawnChain.DrawnLink drawnLink : drawn.links) {
            SupplyLink link = drawnLink.link();
            out.write("  " + q(link.from()) + " -> " + q(link.to()));
            if (full && link.product() != null) {
                out.write(" [tooltip=" + q(link.product()) + "]");
            }
            out.write(";\n");
        }
        if (!cut.isEmpty()) {
            out.write("  // " + cut.size() + " strings longer than Graphviz reads (16,384 bytes) were cut to "
                    + MAX_BYTES + " bytes, ending in " + CUT + ": " + String.join(", ", cut) + "\n");
        }
        out.write("}\n");
    }

    private void writeCluster(Segment segment, List<String> own, List<String> shown) throws IOException {
        out.write("  subgraph " + q(cluster(segment.id())) + " {\n");
        out.write("    label=" + q(Names.of(segment, locale)) + ";\n");
        if (full) {
            // The segment's own point: the end of its feeds, and what keeps an empty box on the map.
            out.write("    " + q(segment.id()) + " [shape=point, style=invis, fixedsize=false, width=0.01];\n");
        }
        for (String id : own) {
            Enterprise firm = drawn.firms.get(id);
            out.write("    " + q(id) + " [label=" + q(firm.name()) + (firm.local() ? "" : ", style=dashed") + "];\n");
        }
        for (String id : shown) {
            out.write("    " + q(markerId(id, segment.id())) + " [label="
                    + q(drawn.firms.get(id).name()) + ", style=dotted, height=" + inches(Placement.MARKER_HEIGHT)
                    + "];\n");
        }
        out.write("  }\n");
    }

    /** One {@code rank=same} group per layer, and the invisible chain that keeps the layers in order. */
    private void writeRanks(Map<String, List<String>> cards, Map<String, List<String>> markers) throws IOException {
        List<List<String>> layers = drawn.layers();
        for (int layer = 0; layer < layers.size(); layer++) {
            out.write("  " + q(layerId(layer)) + " [shape=point, style=invis, fixedsize=false, width=0.01];\n");
        }
        for (int layer = 0; layer < layers.size(); layer++) {
            out.write("  { rank=same; " + q(layerId(layer)) + ";");
            for (String segment : layers.get(layer)) {
                if (full) {
                    out.write(" " + q(segment) + ";");
                }
                for (String id : cards.getOrDefault(segment, List.of())) {
                    out.write(" " + q(id) + ";");
                }
                for (String id : markers.getOrDefault(segment, List.of())) {
                    out.write(" " + q(markerId(id, segment)) + ";");
                }
            }
            out.write(" }\n");
        }
        for (int layer = 0; layer < layers.size(); layer++) {
            out.write(layer == 0 ? "  " : " -> ");
            out.write(q(layerId(layer)));
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

    /** {@link #quote}, noting in the file's closing comment a string that was cut. */
    private String q(String text) {
        String quoted = quote(text);
        // Escaping at most doubles a character's bytes: a shorter text cannot have been cut.
        if (2 * utf8Length(text) > MAX_BYTES - 3 && !quoted.equals(quote(text, Integer.MAX_VALUE))) {
            String start = quote(text.substring(0, Math.min(text.length(), 20)));
            cut.add(start.substring(0, start.length() - 1) + CUT + "\" (" + utf8Length(text) + " bytes)");
        }
        return quoted;
    }

    /**
     * {@code text} as a DOT quoted string: backslashes and double quotes escaped, line breaks as {@code \n},
     * carriage returns dropped, what DOT cannot carry as U+FFFD; cut to {@link #MAX_BYTES} bytes of UTF-8 between
     * the quotes, ending in {@code …}.
     */
    static String quote(String text) {
        return quote(text, MAX_BYTES);
    }

    private static String quote(String text, int maxBytes) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            String piece =
                    switch (c) {
                        case '\\' -> "\\\\";
                        case '"' -> "\\\"";
                        case '\n' -> "\\n";
                        case '\r' -> "";
                        default -> pair
                                ? text.substring(i, i + 2)
                                : (c < 0x20 && c != '\t') || Character.isSurrogate(c) || c >= 0xFFFE
                                        ? "\uFFFD"
                                        : String.valueOf(c);
                    };
            int length = utf8Length(piece);
            if (bytes + length > maxBytes - utf8Length(CUT)) {
                return quoted.append(CUT).append('"').toString();
            }
            quoted.append(piece);
            bytes += length;
            if (pair) {
                i++;
            }
        }
        return quoted.append('"').toString();
    }

    /** The bytes of {@code text} in UTF-8. */
    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
