package org.chainmap.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.io.sheet.TextCells;
import org.chainmap.model.Chain;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;

/**
 * {@code gaps --format csv}: one row per gap, for Excel and WPS: UTF-8 with a byte-order mark (without it
 * they read Chinese as mojibake), CRLF line ends, fields quoted where RFC 4180 asks, headers in the user's
 * language; a field a spreadsheet would take as a formula (a name beginning with {@code =}, {@code +}, {@code -} or
 * {@code @}) begins with an apostrophe ({@link TextCells#forCsv}).
 */
final class GapReportCsv {

    private static final String[] COLUMNS = {
        "chain",
        "chainName",
        "kind",
        "kindName",
        "segment",
        "segmentName",
        "to",
        "toName",
        "enterprises",
        "targets",
        "detail"
    };

    private GapReportCsv() {}

    static void write(RegionMap map, List<ChainReport> reports, Console console) {
        GapWords words = new GapWords(map, console);
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(console.text("gaps.csv." + column));
        }
        row(out, header);
        for (ChainReport report : reports) {
            Chain chain = map.chain(report.chain()).orElseThrow();
            for (Gap gap : report.gaps()) {
                String segment = GapWords.segmentOf(gap);
                String to = gap instanceof Gap.Broken broken
                        ? broken.to()
                        : gap instanceof Gap.Chokepoint chokepoint ? chokepoint.to() : null;
                row(
                        out,
                        List.of(
                                chain.id(),
                                Names.of(chain, console.messages().locale()),
                                gap.kind().id(),
                                words.kind(gap.kind()),
                                segment == null ? "" : segment,
                                segment == null ? "" : words.segment(segment),
                                to == null ? "" : to,
                                to == null ? "" : words.segment(to),
                                enterprises(gap, words),
                                targets(gap),
                                words.detail(gap)));
            }
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        console.out().write(bytes, 0, bytes.length);
        console.out().flush();
    }

    private static String enterprises(Gap gap, GapWords words) {
        if (gap instanceof Gap.Weak weak) {
            return words.firms(weak.local());
        }
        if (gap instanceof Gap.Broken broken) {
            return words.firms(broken.suppliers());
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return words.firm(chokepoint.supplier());
        }
        if (gap instanceof Gap.Cutpoint cutpoint) {
            return words.firm(cutpoint.firm());
        }
        return "";
    }

    private static String targets(Gap gap) {
        List<Candidate> candidates = GapReportText.candidates(gap);
        if (candidates == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            names.add((i + 1) + ". " + candidates.get(i).name());
        }
        return String.join("; ", names);
    }

    static void row(StringBuilder out, List<String> fields) {
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
