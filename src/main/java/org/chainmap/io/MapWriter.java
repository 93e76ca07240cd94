package org.chainmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.chainmap.model.AnalysisSettings;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainFigures;
import org.chainmap.model.ChainLists;
import org.chainmap.model.Citation;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Keyword;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Origin;
import org.chainmap.model.Pins;
import org.chainmap.model.Presentation;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.ScaleRule;
import org.chainmap.model.Segment;
import org.chainmap.model.Snapshot;
import org.chainmap.model.Snapshots;
import org.chainmap.model.Source;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * Writes a {@link RegionMap} as a map file, format version {@value MapReader#VERSION}.
 *
 * <p>The output is stable: fields in the order of {@code docs/format.md}, lists in document order, absent
 * and empty optional fields left out, Chinese as UTF-8 text, LF line ends. The same map always gives the
 * same bytes, and reading them gives back an equal map.
 */
public final class MapWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final JsonGenerator gen;
    private final MapPrettyPrinter layout = new MapPrettyPrinter();

    private MapWriter(JsonGenerator gen) {
        this.gen = gen;
        gen.setPrettyPrinter(layout);
    }

    /** The bytes of the file for {@code map}: UTF-8, ending with a line feed. */
    public static byte[] toBytes(RegionMap map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setCodec(MAPPER);
            new MapWriter(gen).writeRoot(map);
            gen.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private void writeRoot(RegionMap map) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("format", "chainmap");
        gen.writeNumberField("version", MapReader.VERSION);
        writeRegion(map.region());
        writeAnalysis(map.analysis());
        gen.writeArrayFieldStart("chains");
        for (Chain chain : map.chains()) {
            writeChain(chain);
        }
        gen.writeEndArray();
        writeAll("enterprises", map.enterprises(), this::writeEnterprise);
        writeAll("links", map.links(), this::writeLink);
        writeAll("targets", map.targets(), this::writeTarget);
        writeAll("sources", map.sources(), this::writeSource);
        if (!map.presentation().isEmpty()) {
            writePresentation(map.presentation());
        }
        if (!map.snapshots().isEmpty()) {
            writeSnapshots(map.snapshots());
        }
        writeExtras(map.extra());
        gen.writeEndObject();
    }

    private void writeRegion(Region region) throws IOException {
        gen.writeObjectFieldStart("region");
        text("name", region.name());
        text("code", region.code());
        text("title", region.title());
        text("date", region.date());
        text("source", region.source());
        writeExtras(region.extra());
        gen.writeEndObject();
    }

    private void writeAnalysis(AnalysisSettings analysis) throws IOException {
        gen.writeObjectFieldStart("analysis");
        gen.writeNumberField("weakBelow", analysis.weakBelow());
        gen.writeStringField("scaleTag", analysis.scaleTag());
        if (analysis.scale() != ScaleRule.TAG_OR_REVENUE) {
            keyword("scale", analysis.scale());
        }
        if (analysis.scaleRevenue() != AnalysisSettings.DEFAULT_SCALE_REVENUE) {
            gen.writeNumberField("scaleRevenue", analysis.scaleRevenue());
        }
        writeExtras(analysis.extra());
        gen.writeEndObject();
    }

    private void writeChain(Chain chain) throws IOException {
        gen.writeStartObject();
        text("id", chain.id());
        text("name", chain.name());
        text("nameEn", chain.nameEn());
        text("color", chain.color());
        text("chief", chain.chief());
        text("leadOffice", chain.leadOffice());
        text("hostPark", chain.hostPark());
        writeProvenance(chain.provenance());
        writeAll("segments", chain.segments(), this::writeSegment);
        if (!chain.lists().isEmpty()) {
            writeLists(chain.lists());
        }
        if (!chain.pins().isEmpty()) {
            writePins(chain.pins());
        }
        writeExtras(chain.extra());
        gen.writeEndObject();
    }

    private void writeSegment(Segment segment) throws IOException {
        gen.writeStartObject();
        text("id", segment.id());
        text("name", segment.name());
        text("nameEn", segment.nameEn());
        keyword("stage", segment.stage());
        if (segment.order() != 0) {
            gen.writeNumberField("order", segment.order());
        }
        texts("industryCodes", segment.industryCodes());
        texts("products", segment.products());
        if (segment.core()) {
            gen.writeBooleanField("core", true);
        }
        texts("feeds", segment.feeds());
        keyword("planned", segment.planned());
        writeProvenance(segment.provenance());
        writeExtras(segment.extra());
        gen.writeEndObject();
    }

    private void writeLists(ChainLists lists) throws IOException {
        gen.writeObjectFieldStart("lists");
        for (ListKind kind : ListKind.values()) {
            writeAll(kind.id(), lists.of(kind), this::writeListItem);
        }
        writeExtras(lists.extra());
        gen.writeEndObject();
    }

    /** The pins, each map in id order (the model keeps them sorted). */
    private void writePins(Pins pins) throws IOException {
        gen.writeObjectFieldStart("pins");
        if (!pins.segments().isEmpty()) {
            gen.writeObjectFieldStart("segments");
            for (Map.Entry<String, Pins.SegmentPin> pin : pins.segments().entrySet()) {
                gen.writeObjectFieldStart(pin.getKey());
                gen.writeNumberField("y", pin.getValue().y());
                writeExtras(pin.getValue().extra());
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        if (!pins.cards().isEmpty()) {
            gen.writeObjectFieldStart("cards");
            for (Map.Entry<String, Pins.CardPin> pin : pins.cards().entrySet()) {
                gen.writeObjectFieldStart(pin.getKey());
                gen.writeNumberField("slot", pin.getValue().slot());
                writeExtras(pin.getValue().extra());
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        writeExtras(pins.extra());
        gen.writeEndObject();
    }

    private void writeListItem(ListItem item) throws IOException {
        gen.writeStartObject();
        text("id", item.id());
        text("title", item.title());
        text("status", item.status());
        number("amount", item.amount());
        number("year", item.year());
        text("segment", item.segment());
        writeProvenance(item.provenance());
        writeExtras(item.extra());
        gen.writeEndObject();
    }

    private void writeEnterprise(Enterprise firm) throws IOException {
        gen.writeStartObject();
        text("id", firm.id());
        text("name", firm.name());
        text("creditCode", firm.creditCode());
        gen.writeBooleanField("local", firm.local());
        writeOrigin(firm.origin());
        text("county", firm.county());
        text("park", firm.park());
        texts("segments", firm.segments());
        keyword("role", firm.role());
        texts("tags", firm.tags());
        number("revenue", firm.revenue());
        number("revenueYear", firm.revenueYear());
        texts("products", firm.products());
        text("industryCode", firm.industryCode());
        keyword("planned", firm.planned());
        text("source", firm.provenance().source());
        writeCites(firm.provenance().cites());
        text("verified", firm.verified());
        keyword("certainty", firm.provenance().certainty());
        text("note", firm.provenance().note());
        writeExtras(firm.extra());
        gen.writeEndObject();
    }

    private void writeLink(SupplyLink link) throws IOException {
        gen.writeStartObject();
        text("id", link.id());
        text("from", link.from());
        text("to", link.to());
        text("product", link.product());
        number("value", link.value());
        keyword("planned", link.planned());
        writeProvenance(link.provenance());
        writeExtras(link.extra());
        gen.writeEndObject();
    }

    private void writeTarget(Target target) throws IOException {
        gen.writeStartObject();
        text("id", target.id());
        text("segment", target.segment());
        text("name", target.name());
        text("enterprise", target.enterprise());
        writeOrigin(target.origin());
        text("reason", target.reason());
        keyword("status", target.status());
        writeProvenance(target.provenance());
        writeExtras(target.extra());
        gen.writeEndObject();
    }

    private void writePresentation(Presentation presentation) throws IOException {
        gen.writeObjectFieldStart("presentation");
        writeAll("steps", presentation.steps(), this::writeStep);
        writeExtras(presentation.extra());
        gen.writeEndObject();
    }

    private void writeStep(Presentation.Step step) throws IOException {
        gen.writeStartObject();
        keyword("step", step.step());
        text("chain", step.chain());
        text("segment", step.segment());
        text("from", step.from());
        text("to", step.to());
        text("note", step.note());
        writeExtras(step.extra());
        gen.writeEndObject();
    }

    private void writeSnapshots(Snapshots snapshots) throws IOException {
        gen.writeObjectFieldStart("snapshots");
        if (snapshots.onSave()) {
            gen.writeBooleanField("onSave", true);
        }
        writeAll("taken", snapshots.taken(), this::writeSnapshot);
        writeExtras(snapshots.extra());
        gen.writeEndObject();
    }

    private void writeSnapshot(Snapshot snapshot) throws IOException {
        gen.writeStartObject();
        text("date", snapshot.date());
        text("label", snapshot.label());
        writeAll("chains", snapshot.chains(), this::writeFigures);
        writeExtras(snapshot.extra());
        gen.writeEndObject();
    }

    /** One chain's figures on one line. */
    private void writeFigures(ChainFigures figures) throws IOException {
        layout.inlineNextObject();
        gen.writeStartObject();
        text("chain", figures.chain());
        gen.writeNumberField("segments", figures.segments());
        gen.writeNumberField("covered", figures.covered());
        if (figures.localRate() != null) {
            gen.writeNumberField("localRate", figures.localRate());
        }
        gen.writeNumberField("localFirms", figures.localFirms());
        gen.writeNumberField("scaleFirms", figures.scaleFirms());
        number("output", figures.output());
        gen.writeObjectFieldStart("gaps");
        for (Map.Entry<String, Integer> count : figures.gaps().entrySet()) {
            gen.writeNumberField(count.getKey(), count.getValue());
        }
        gen.writeEndObject();
        writeExtras(figures.extra());
        gen.writeEndObject();
    }

    private void writeOrigin(Origin origin) throws IOException {
        if (origin == null) {
            return;
        }
        gen.writeObjectFieldStart("origin");
        text("province", origin.province());
        text("city", origin.city());
        writeExtras(origin.extra());
        gen.writeEndObject();
    }

    private void writeProvenance(Provenance provenance) throws IOException {
        keyword("certainty", provenance.certainty());
        text("source", provenance.source());
        writeCites(provenance.cites());
        text("note", provenance.note());
    }

    /** The citations on one line: {@code "cites": [{"source": "S12", "checked": "2026-11-30"}]}. */
    private void writeCites(List<Citation> cites) throws IOException {
        if (cites.isEmpty()) {
            return;
        }
        gen.writeFieldName("cites");
        layout.inlineNextArray();
        gen.writeStartArray();
        for (Citation cite : cites) {
            gen.writeStartObject();
            text("source", cite.source());
            text("checked", cite.checked());
            writeExtras(cite.extra());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private void writeSource(Source source) throws IOException {
        gen.writeStartObject();
        text("id", source.id());
        text("title", source.title());
        text("publisher", source.publisher());
        text("date", source.date());
        text("url", source.url());
        keyword("reliability", source.reliability());
        text("note", source.note());
        writeExtras(source.extra());
        gen.writeEndObject();
    }

    private void writeExtras(Extras extras) throws IOException {
        for (Map.Entry<String, String> field : extras.fields().entrySet()) {
            gen.writeFieldName(field.getKey());
            gen.writeTree(ExactJson.read(FACTORY, field.getValue()));
        }
    }

    private interface ElementWriter<T> {
        void write(T element) throws IOException;
    }

    private <T> void writeAll(String name, List<T> elements, ElementWriter<T> writer) throws IOException {
        if (elements.isEmpty()) {
            return;
        }
        gen.writeArrayFieldStart(name);
        for (T element : elements) {
            writer.write(element);
        }
        gen.writeEndArray();
    }

    private void text(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            gen.writeStringField(name, value);
        }
    }

    private void keyword(String name, Keyword value) throws IOException {
        if (value != null) {
            gen.writeStringField(name, value.id());
        }
    }

    private void number(String name, Number value) throws IOException {
        if (value != null) {
            gen.writeNumberField(name, value.longValue());
        }
    }

    private void texts(String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        gen.writeFieldName(name);
        layout.inlineNextArray();
        gen.writeStartArray();
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }
}
