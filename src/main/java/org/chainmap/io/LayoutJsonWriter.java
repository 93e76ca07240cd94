package org.chainmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.layout.SegmentBands;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/**
 * Writes one chain's drawing as JSON, for web pages to redraw it: the chain, the drawing's size, the stage
 * columns, every node (segment box, firm card, marker) with its rectangle, and every edge (feed, supply
 * link) with its route. The format is the section "The drawn map (layout JSON)" of {@code docs/format.md}.
 *
 * <p>Stable: fields in a fixed order, nodes and edges in the layout's order, coordinates rounded to 0.1,
 * UTF-8, one line ending with a line feed.
 */
public final class LayoutJsonWriter {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "chainmap-layout";

    /** The version of the format, in the {@code version} field. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator gen;

    private LayoutJsonWriter(JsonGenerator gen) {
        this.gen = gen;
    }

    /**
     * Writes the drawing of {@code chain} of {@code map}, laid out as {@code geometry}, to {@code out}, which
     * stays open.
     *
     * @param map the map the chain is in: the firms and links are looked up there
     * @param chain the chain drawn
     * @param geometry the chain's layout, from {@link org.chainmap.layout.ChainLayouter#layout}
     * @param out where the UTF-8 bytes go
     * @throws IOException when {@code out} fails
     */
    public static void write(RegionMap map, Chain chain, ChainGeometry geometry, OutputStream out) throws IOException {
        ChainReport report = GapAnalysis.of(map).get(map.chains().indexOf(chain));
        write(map, chain, geometry, report, out);
    }

    /**
     * Writes the drawing as {@link #write(RegionMap, Chain, ChainGeometry, OutputStream)} does, the bands broken
     * where {@code report}, the gap analysis of {@code chain}, finds the feed broken.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(RegionMap map, Chain chain, ChainGeometry geometry, ChainReport report, OutputStream out)
            throws IOException {
        DrawnChain drawn = DrawnChain.of(map, chain, geometry);
        List<SegmentBands.Band> bands = SegmentBands.of(map, chain, geometry, report);
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            new LayoutJsonWriter(gen).writeRoot(drawn, bands);
        }
        out.write('\n');
        out.flush();
    }

    private void writeRoot(DrawnChain drawn, List<SegmentBands.Band> bands) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("format", FORMAT);
        gen.writeNumberField("version", VERSION);
        gen.writeObjectFieldStart("chain");
        gen.writeStringField("id", drawn.chain.id());
        gen.writeStringField("name", drawn.chain.name());
        gen.writeStringField("nameEn", drawn.chain.nameEn());
        gen.writeStringField("color", drawn.chain.color());
        gen.writeEndObject();
        number("width", drawn.geometry.width());
        number("height", drawn.geometry.height());
        gen.writeArrayFieldStart("columns");
        for (ChainGeometry.Column column : drawn.geometry.columns()) {
            gen.writeStartObject();
            gen.writeStringField("stage", column.stage().id());
            rect(column.bounds());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("nodes");
        writeNodes(drawn);
        gen.writeEndArray();
        gen.writeArrayFieldStart("edges");
        for (ChainGeometry.FeedRoute feed : drawn.geometry.feeds()) {
            edge("feed", null, feed.from(), feed.to(), feed.back(), feed.points());
        }
        for (DrawnChain.DrawnLink link : drawn.links) {
            edge("link", link.link().id(), link.link().from(), link.link().to(), link.back(), link.route());
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("bands");
        for (SegmentBands.Band band : bands) {
            gen.writeStartObject();
            gen.writeStringField("from", band.from());
            gen.writeStringField("to", band.to());
            gen.writeNumberField("count", band.count());
            gen.writeNumberField("value", band.value());
            gen.writeBooleanField("feed", band.feed());
            gen.writeBooleanField("broken", band.broken());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private void writeNodes(DrawnChain drawn) throws IOException {
        for (Map.Entry<String, Rect> box : drawn.geometry.segments().entrySet()) {
            Segment segment = drawn.segments.get(box.getKey());
            gen.writeStartObject();
            gen.writeStringField("kind", "segment");
            gen.writeStringField("id", segment.id());
            gen.writeStringField("name", segment.name());
            gen.writeStringField("stage", segment.stage().id());
            rect(box.getValue());
            gen.writeEndObject();
        }
        for (Map.Entry<String, Rect> card : drawn.geometry.cards().entrySet()) {
            Enterprise firm = drawn.firms.get(card.getKey());
            gen.writeStartObject();
            gen.writeStringField("kind", "card");
            gen.writeStringField("id", firm.id());
            gen.writeStringField("segment", firm.mainSegment());
            gen.writeStringField("name", firm.name());
            gen.writeBooleanField("local", firm.local());
            rect(card.getValue());
            gen.writeEndObject();
        }
        for (ChainGeometry.Marker marker : drawn.geometry.markers()) {
            Enterprise firm = drawn.firms.get(marker.firm());
            gen.writeStartObject();
            gen.writeStringField("kind", "marker");
            gen.writeStringField("id", firm.id());
            gen.writeStringField("segment", marker.segment());
            gen.writeStringField("name", firm.name());
            gen.writeBooleanField("local", firm.local());
            rect(marker.bounds());
            gen.writeEndObject();
        }
    }

    private void edge(String kind, String id, String from, String to, boolean back, List<double[]> route)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("kind", kind);
        if (id != null) {
            gen.writeStringField("id", id);
        }
        gen.writeStringField("from", from);
        gen.writeStringField("to", to);
        gen.writeBooleanField("back", back);
        gen.writeArrayFieldStart("route");
        for (double[] point : route) {
            gen.writeStartArray();
            gen.writeNumber(DrawnChain.round(point[0]));
            gen.writeNumber(DrawnChain.round(point[1]));
            gen.writeEndArray();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private void rect(Rect rect) throws IOException {
        number("x", rect.x());
        number("y", rect.y());
        number("width", rect.width());
        number("height", rect.height());
    }

    private void number(String name, double value) throws IOException {
        gen.writeNumberField(name, DrawnChain.round(value));
    }
}
