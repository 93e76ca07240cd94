package org.chainmap.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.FirmChange;
import org.chainmap.compare.GapChange;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.sheet.TextCells;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * {@code compare --format csv}: one row per change (gap closed, opened or changed; firm, segment or link added,
 * removed or changed), for Excel and WPS, written as {@code gaps --format csv} writes (UTF-8 with a byte-order
 * mark, CRLF, quoted where RFC 4180 asks, formula-like text marked as text). The first columns are words a script
 * can test ({@code element}, {@code change}); the rest is in the user's language.
 */
final class CompareCsv {

    private static final String[] COLUMNS = {"chain", "chainName", "element", "change", "id", "name", "detail", "causes"
    };

    private CompareCsv() {}

    static void write(MapComparison comparison, List<ChainComparison> chains, Console console) {
        CompareWords words = new CompareWords(comparison, console);
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(console.text("compare.csv." + column));
        }
        row(out, header);
        for (ChainComparison chain : chains) {
            for (GapChange change : chain.closed()) {
                gap(out, chain, "closed", change, words);
            }
            for (GapChange change : chain.opened()) {
                gap(out, chain, "opened", change, words);
            }
            for (GapChange change : chain.gapsChanged()) {
                gap(out, chain, "changed", change, words);
            }
            for (Enterprise firm : chain.added()) {
                row(
                        out,
                        chain,
                        "enterprise",
                        "added",
                        firm.id(),
                        firm.name(),
                        words.where(firm, comparison.after()),
                        "");
            }
            for (Enterprise firm : chain.removed()) {
                row(
                        out,
                        chain,
                        "enterprise",
                        "removed",
                        firm.id(),
                        firm.name(),
                        words.where(firm, comparison.before()),
                        "");
            }
            for (FirmChange change : chain.changed()) {
                row(
                        out,
                        chain,
                        "enterprise",
                        "changed",
                        change.id(),
                        change.after().name(),
                        words.change(change),
                        "");
            }
            for (Segment segment : chain.segmentsAdded()) {
                row(out, chain, "segment", "added", segment.id(), segment.name(), "", "");
            }
            for (Segment segment : chain.segmentsRemoved()) {
                row(out, chain, "segment", "removed", segment.id(), segment.name(), "", "");
            }
            for (SupplyLink link : chain.linksAdded()) {
                link(out, chain, "added", link, words);
            }
            for (SupplyLink link : chain.linksRemoved()) {
                link(out, chain, "removed", link, words);
            }
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        console.out().write(bytes, 0, bytes.length);
        console.out().flush();
    }

    private static void gap(
            StringBuilder out, ChainComparison chain, String change, GapChange gap, CompareWords words) {
        row(out, chain, "gap", change, gap.place(), words.gap(gap), words.evidence(gap), words.causes(gap));
    }

    private static void link(StringBuilder out, ChainComparison chain, String change, SupplyLink link, CompareWords w) {
        String id = link.id() != null ? link.id() : link.from() + " \u2192 " + link.to();
        row(out, chain, "link", change, id, w.firm(link.from()) + " \u2192 " + w.firm(link.to()), "", "");
    }

    private static void row(
            StringBuilder out,
            ChainComparison chain,
            String element,
            String change,
            String id,
            String name,
            String detail,
            String causes) {
        row(out, List.of(chain.id(), chain.name(), element, change, id, name, detail, causes));
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = TextCells.forCsv(fields.get(i));
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append("\r\n");
    }
}
