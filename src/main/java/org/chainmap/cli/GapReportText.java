package org.chainmap.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.CandidateReason;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapKind;
import org.chainmap.analysis.ScaleBasis;
import org.chainmap.model.Chain;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Stage;

/** {@code gaps --format text}: a report a planner can read, chain by chain, in the user's language. */
final class GapReportText {

    /** How many candidates the text report lists per segment; JSON and CSV list them all. */
    static final int CANDIDATES_SHOWN = 5;

    private GapReportText() {}

    static void write(RegionMap map, List<ChainReport> reports, Console console) {
        GapWords words = new GapWords(map, console);
        CandidateReason reasons = new CandidateReason(map, console.messages().locale());
        StringBuilder out = new StringBuilder();
        out.append(console.text("gaps.title", map.region().name())).append("\n");
        String scale = words.scaleNotice(ScaleBasis.of(map));
        if (scale != null) {
            out.append(scale).append("\n");
        }
        for (ChainReport report : reports) {
            Chain chain = map.chain(report.chain()).orElseThrow();
            out.append("\n")
                    .append(TerminalText.visible(
                            Names.of(chain, console.messages().locale())))
                    .append(" [")
                    .append(TerminalText.visible(chain.id()))
                    .append("]\n");
            String coverage = report.coverage() == null ? "—" : words.percent(report.coverage());
            out.append("  ")
                    .append(console.text("gaps.coverage", coverage, report.covered(), report.segments()))
                    .append(console.text("gaps.clauseSeparator"))
                    .append(TerminalText.visible(words.localRate(report.localRate())))
                    .append("\n");
            if (report.gaps().isEmpty()) {
                out.append("  ").append(console.text("gaps.none")).append("\n");
            }
            for (GapKind kind : GapKind.values()) {
                List<Gap> gaps = report.gaps(kind);
                if (gaps.isEmpty()) {
                    continue;
                }
                out.append("  ")
                        .append(console.text("gaps.heading", words.kind(kind), gaps.size()))
                        .append("\n");
                for (Gap gap : inChainOrder(gaps, chain)) {
                    out.append("    ")
                            .append(TerminalText.visible(words.subject(gap)))
                            .append(console.text("gaps.dash"))
                            .append(TerminalText.visible(words.detail(gap)))
                            .append("\n");
                    appendCandidates(out, candidates(gap), reasons, console);
                }
            }
        }
        console.out().print(out);
    }

    private static void appendCandidates(
            StringBuilder out, List<Candidate> candidates, CandidateReason reasons, Console console) {
        if (candidates == null) {
            return;
        }
        if (candidates.isEmpty()) {
            out.append("      ").append(console.text("gaps.noCandidates")).append("\n");
            return;
        }
        for (int i = 0; i < Math.min(CANDIDATES_SHOWN, candidates.size()); i++) {
            Candidate candidate = candidates.get(i);
            out.append(String.format(Locale.ROOT, "      %d. ", i + 1))
                    .append(TerminalText.visible(candidate.name()))
                    .append(console.text("gaps.dash"))
                    .append(TerminalText.visible(reasons.of(candidate)))
                    .append("\n");
        }
        if (candidates.size() > CANDIDATES_SHOWN) {
            out.append("      ")
                    .append(console.text("gaps.moreCandidates", candidates.size() - CANDIDATES_SHOWN))
                    .append("\n");
        }
    }

    /**
     * The gaps in the order a planner reads a chain: upstream to downstream, then by order within the stage
     * (JSON and CSV keep the id order of the contract).
     */
    private static List<Gap> inChainOrder(List<Gap> gaps, Chain chain) {
        List<String> order = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            chain.segments(stage).forEach(segment -> order.add(segment.id()));
        }
        Comparator<Gap> byPlace = Comparator.comparingInt(gap -> {
            String place = gap instanceof Gap.Broken broken
                    ? broken.to()
                    : gap instanceof Gap.Chokepoint chokepoint ? chokepoint.to() : GapWords.segmentOf(gap);
            int index = order.indexOf(place);
            return index < 0 ? Integer.MAX_VALUE : index;
        });
        return gaps.stream().sorted(byPlace).toList();
    }

    /** The ranked candidates of a missing or weak segment; {@code null} for other gaps. */
    static List<Candidate> candidates(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return missing.targets();
        }
        if (gap instanceof Gap.Weak weak) {
            return weak.targets();
        }
        return null;
    }
}
