package org.chainmap.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.CandidateReason;
import org.chainmap.compare.Aspect;
import org.chainmap.compare.Cause;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.FirmChange;
import org.chainmap.compare.GapChange;
import org.chainmap.compare.MapComparison;
import org.chainmap.compare.MatchedBy;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * {@code compare --format json}: the fixed core scripts rely on, {@code {"chains":[{"id", "coverage":{"old","new"},
 * "localRate":{"old","new"}, "enterprises":{"added","removed","changed"}, "gaps":{"closed","opened"}}]}}, each gap
 * as {@code gaps --format json} writes it ({@link GapReportJson#writeGapFields}), with the rest beside it: the
 * firms' changes, segments, links, the gaps changed and every change's causes. The whole shape: {@code
 * docs/compare.md}.
 */
final class CompareJson {

    private CompareJson() {}

    static void write(MapComparison comparison, List<ChainComparison> chains, List<String> files, Console console) {
        write(comparison, chains, files, console, true);
    }

    /**
     * Writes the comparison; {@code inParts}: each chain's object written on its own (the chains shared among the
     * processors, {@link #chainTexts}) and put in its place, which gives the very bytes of one generator writing
     * it all ({@code false}, the plain form the tests hold the parts to).
     */
    static void write(
            MapComparison comparison,
            List<ChainComparison> chains,
            List<String> files,
            Console console,
            boolean inParts) {
        Locale locale = console.messages().locale();
        CandidateReason oldReasons = new CandidateReason(comparison.before(), locale);
        CandidateReason newReasons = new CandidateReason(comparison.after(), locale);
        List<String> texts = inParts ? chainTexts(chains, oldReasons, newReasons) : null;
        try (JsonGenerator gen = JsonOutput.open(console.out())) {
            gen.writeStartObject();
            JsonOutput.writeRegion(gen, comparison.after().region());
            gen.writeStringField("old", files.get(0));
            gen.writeStringField("new", files.get(1));
            writeMatching(gen, comparison);
            gen.writeArrayFieldStart("chains");
            if (texts != null) {
                for (String text : texts) {
                    gen.writeRawValue(text);
                }
            } else {
                for (ChainComparison chain : chains) {
                    writeChain(gen, chain, oldReasons, newReasons);
                }
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.flush();
            console.out().println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each chain's object as the whole output's generator writes it at its place (in the root object's array:
     * indented one level in), in the order of {@code chains}; the chains written at once on the calling thread and
     * the common pool's, as a parallel stream shares them out. The reasons' bundles format under a lock and the
     * comparison is immutable, so the threads share them.
     */
    static List<String> chainTexts(
            List<ChainComparison> chains, CandidateReason oldReasons, CandidateReason newReasons) {
        return chains.parallelStream()
                .map(chain -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (JsonGenerator gen = JsonOutput.open(bytes, 1)) {
                        writeChain(gen, chain, oldReasons, newReasons);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    // the generator's own UTF-8 (anything it cannot encode it escapes), so the text's UTF-8 is
                    // these bytes again
                    return bytes.toString(StandardCharsets.UTF_8);
                })
                .toList();
    }

    private static void writeChain(
            JsonGenerator gen, ChainComparison chain, CandidateReason oldReasons, CandidateReason newReasons)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", chain.id());
        gen.writeStringField("name", chain.name());
        gen.writeStringField("change", chain.change().id());
        pair(gen, "coverage", chain.coverageBefore(), chain.coverageAfter());
        pair(gen, "localRate", chain.localRateBefore(), chain.localRateAfter());
        writeFirms(gen, chain);
        writeStructure(gen, chain);
        gen.writeObjectFieldStart("gaps");
        gaps(gen, "closed", chain.closed(), oldReasons, newReasons);
        gaps(gen, "opened", chain.opened(), oldReasons, newReasons);
        gaps(gen, "changed", chain.gapsChanged(), oldReasons, newReasons);
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void writeMatching(JsonGenerator gen, MapComparison comparison) throws IOException {
        long[] counts = new long[MatchedBy.values().length];
        for (Enterprise firm : comparison.after().enterprises()) {
            MatchedBy how = comparison.matching().how(firm.id());
            if (how != null) {
                counts[how.ordinal()]++;
            }
        }
        gen.writeObjectFieldStart("matched");
        for (MatchedBy how : MatchedBy.values()) {
            gen.writeNumberField(how.id(), counts[how.ordinal()]);
        }
        gen.writeEndObject();
    }

    private static void pair(JsonGenerator gen, String name, Double old, Double now) throws IOException {
        gen.writeObjectFieldStart(name);
        number(gen, "old", old);
        number(gen, "new", now);
        gen.writeEndObject();
    }

    private static void number(JsonGenerator gen, String name, Double value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeNumberField(name, value);
        }
    }

    private static void writeFirms(JsonGenerator gen, ChainComparison chain) throws IOException {
        gen.writeObjectFieldStart("enterprises");
        GapReportJson.strings(gen, "added", chain.addedIds());
        GapReportJson.strings(gen, "removed", chain.removedIds());
        GapReportJson.strings(gen, "changed", chain.changedIds());
        gen.writeArrayFieldStart("changes");
        for (FirmChange change : chain.changed()) {
            gen.writeStartObject();
            gen.writeStringField("id", change.id());
            gen.writeStringField("oldId", change.before().id());
            gen.writeStringField("matchedBy", change.matchedBy().id());
            gen.writeArrayFieldStart("aspects");
            for (Aspect aspect : change.aspects()) {
                gen.writeString(aspect.id());
            }
            gen.writeEndArray();
            Enterprise old = change.before();
            Enterprise now = change.after();
            for (Aspect aspect : change.aspects()) {
                switch (aspect) {
                    case NAME -> {
                        gen.writeObjectFieldStart("name");
                        gen.writeStringField("old", old.name());
                        gen.writeStringField("new", now.name());
                        gen.writeEndObject();
                    }
                    case SEGMENT -> {
                        gen.writeObjectFieldStart("segments");
                        GapReportJson.strings(gen, "old", old.segments());
                        GapReportJson.strings(gen, "new", now.segments());
                        gen.writeEndObject();
                    }
                    case LOCAL -> {
                        gen.writeObjectFieldStart("local");
                        gen.writeBooleanField("old", old.local());
                        gen.writeBooleanField("new", now.local());
                        gen.writeEndObject();
                    }
                    case REVENUE -> {
                        gen.writeObjectFieldStart("revenue");
                        longOrNull(gen, "old", old.revenue());
                        longOrNull(gen, "new", now.revenue());
                        gen.writeEndObject();
                    }
                    default -> {
                        // the id is written above; the size's change is in the aspects
                    }
                }
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void longOrNull(JsonGenerator gen, String name, Long value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeNumberField(name, value);
        }
    }

    private static void writeStructure(JsonGenerator gen, ChainComparison chain) throws IOException {
        gen.writeObjectFieldStart("segments");
        GapReportJson.strings(
                gen, "added", chain.segmentsAdded().stream().map(Segment::id).toList());
        GapReportJson.strings(
                gen,
                "removed",
                chain.segmentsRemoved().stream().map(Segment::id).toList());
        gen.writeEndObject();
        gen.writeObjectFieldStart("links");
        links(gen, "added", chain.linksAdded());
        links(gen, "removed", chain.linksRemoved());
        gen.writeEndObject();
    }

    private static void links(JsonGenerator gen, String name, List<SupplyLink> links) throws IOException {
        gen.writeArrayFieldStart(name);
        for (SupplyLink link : links) {
            gen.writeStartObject();
            if (link.id() != null) {
                gen.writeStringField("id", link.id());
            }
            gen.writeStringField("from", link.from());
            gen.writeStringField("to", link.to());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void gaps(
            JsonGenerator gen,
            String name,
            List<GapChange> changes,
            CandidateReason oldReasons,
            CandidateReason newReasons)
            throws IOException {
        gen.writeArrayFieldStart(name);
        for (GapChange change : changes) {
            gen.writeStartObject();
            boolean closed = change.after() == null;
            GapReportJson.writeGapFields(gen, change.gap(), closed ? oldReasons : newReasons);
            if (change.before() != null && change.after() != null) {
                gen.writeObjectFieldStart("old");
                GapReportJson.writeGapFields(gen, change.before(), oldReasons);
                gen.writeEndObject();
            }
            gen.writeArrayFieldStart("causes");
            for (Cause cause : change.causes()) {
                gen.writeStartObject();
                gen.writeStringField("enterprise", cause.enterprise());
                gen.writeStringField("how", cause.kind().id());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }
}
