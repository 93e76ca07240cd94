package org.chainmap.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.CandidateReason;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.LocalRate;
import org.chainmap.analysis.ScaleBasis;
import org.chainmap.model.Chain;
import org.chainmap.model.MapState;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;

/**
 * {@code gaps --format json}: the fixed core of the issue and the evidence behind each gap, with the state of the map
 * that was analysed ({@code state}: {@code current} or {@code target}).
 */
final class GapReportJson {

    private GapReportJson() {}

    static void write(
            RegionMap map, MapState state, List<ChainReport> reports, List<Problem> warnings, Console console) {
        Locale locale = console.messages().locale();
        CandidateReason reasons = new CandidateReason(map, locale);
        try (JsonGenerator gen = JsonOutput.open(console.out())) {
            gen.writeStartObject();
            JsonOutput.writeRegion(gen, map.region());
            gen.writeStringField("state", state.id());
            gen.writeArrayFieldStart("chains");
            for (ChainReport report : reports) {
                writeChain(gen, map.chain(report.chain()).orElseThrow(), report, reasons);
            }
            gen.writeEndArray();
            writeScale(gen, ScaleBasis.of(map));
            gen.writeArrayFieldStart("warnings");
            for (Problem warning : warnings) {
                gen.writeStartObject();
                gen.writeStringField("code", warning.key());
                gen.writeStringField("path", warning.path());
                gen.writeStringField("message", warning.message(locale));
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.flush();
            console.out().println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How size was judged: the rule, its tag and revenue, and whether any segment was judged by it. */
    private static void writeScale(JsonGenerator gen, ScaleBasis basis) throws IOException {
        gen.writeObjectFieldStart("scale");
        gen.writeStringField("rule", basis.settings().scale().id());
        gen.writeStringField("tag", basis.settings().scaleTag());
        gen.writeNumberField("revenue", basis.settings().scaleRevenue());
        gen.writeBooleanField("judged", basis.judged());
        gen.writeEndObject();
    }

    private static void writeChain(JsonGenerator gen, Chain chain, ChainReport report, CandidateReason reasons)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", chain.id());
        gen.writeStringField("name", chain.name());
        if (report.coverage() == null) {
            gen.writeNullField("coverage");
        } else {
            gen.writeNumberField("coverage", report.coverage());
        }
        LocalRate rate = report.localRate();
        if (rate == null) {
            gen.writeNullField("localRate");
        } else {
            gen.writeNumberField("localRate", rate.rate());
        }
        gen.writeNumberField("segments", report.segments());
        gen.writeNumberField("covered", report.covered());
        if (rate != null) {
            gen.writeObjectFieldStart("localRateBasis");
            gen.writeStringField("by", rate.weighted() ? "value" : "count");
            gen.writeNumberField("links", rate.links());
            gen.writeNumberField("localLinks", rate.localLinks());
            if (rate.weighted()) {
                gen.writeNumberField("value", rate.value());
                gen.writeNumberField("localValue", rate.localValue());
            }
            gen.writeEndObject();
        }
        gen.writeArrayFieldStart("gaps");
        for (Gap gap : report.gaps()) {
            writeGap(gen, gap, reasons);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeGap(JsonGenerator gen, Gap gap, CandidateReason reasons) throws IOException {
        gen.writeStartObject();
        writeGapFields(gen, gap, reasons);
        gen.writeEndObject();
    }

    /**
     * The fields of a gap's object, as {@code gaps --format json} writes them ({@code kind}, then {@code segment} or
     * {@code from}/{@code to} or {@code enterprise}, then the evidence and candidates), inside an object the caller
     * opens and closes; {@code compare} adds its own beside them.
     */
    static void writeGapFields(JsonGenerator gen, Gap gap, CandidateReason reasons) throws IOException {
        gen.writeStringField("kind", gap.kind().id());
        if (gap instanceof Gap.Missing missing) {
            gen.writeStringField("segment", missing.segment());
            writeTargets(gen, missing.targets(), reasons);
        } else if (gap instanceof Gap.Weak weak) {
            gen.writeStringField("segment", weak.segment());
            strings(gen, "local", weak.local());
            gen.writeBooleanField("tooFew", weak.tooFew());
            gen.writeBooleanField("noneAboveScale", weak.noneAboveScale());
            writeTargets(gen, weak.targets(), reasons);
        } else if (gap instanceof Gap.Broken broken) {
            gen.writeStringField("from", broken.from());
            gen.writeStringField("to", broken.to());
            strings(gen, "suppliers", broken.suppliers());
            strings(gen, "customers", broken.customers());
        } else if (gap instanceof Gap.Chokepoint chokepoint) {
            gen.writeStringField("from", chokepoint.from());
            gen.writeStringField("to", chokepoint.to());
            gen.writeStringField("supplier", chokepoint.supplier());
            strings(gen, "customers", chokepoint.customers());
        } else if (gap instanceof Gap.Extend extend) {
            gen.writeStringField("segment", extend.segment());
            strings(gen, "from", extend.from());
        } else if (gap instanceof Gap.Cutpoint cutpoint) {
            gen.writeStringField("enterprise", cutpoint.firm());
            gen.writeNumberField("partners", cutpoint.partners());
        }
    }

    private static void writeTargets(JsonGenerator gen, List<Candidate> candidates, CandidateReason reasons)
            throws IOException {
        gen.writeArrayFieldStart("targets");
        for (Candidate candidate : candidates) {
            gen.writeStartObject();
            gen.writeStringField("enterprise", candidate.enterprise());
            if (candidate.target() != null) {
                gen.writeStringField("target", candidate.target());
            }
            gen.writeStringField("name", candidate.name());
            gen.writeStringField("reason", reasons.of(candidate));
            gen.writeNumberField("localCustomers", candidate.localCustomers());
            strings(gen, "tags", candidate.tags());
            if (candidate.revenue() != null) {
                gen.writeNumberField("revenue", candidate.revenue());
            }
            if (candidate.status() != null) {
                gen.writeStringField("status", candidate.status().id());
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    static void strings(JsonGenerator gen, String name, List<String> values) throws IOException {
        gen.writeArrayFieldStart(name);
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }
}
