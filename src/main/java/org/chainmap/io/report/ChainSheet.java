package org.chainmap.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.CandidateReason;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.io.sheet.Shown;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;

/**
 * The part of a report about one chain: its key figures, its segments from upstream to downstream with their
 * firms and gaps, its local firms, its gaps with their evidence, and the candidates for its missing and weak
 * segments in ranked order with their reasons.
 */
final class ChainSheet {

    private final RegionMap map;
    private final ReportWords words;
    private final CandidateReason reasons;

    ChainSheet(RegionMap map, ReportWords words) {
        this.map = map;
        this.words = words;
        this.reasons = new CandidateReason(map, words.locale());
    }

    Report.Sheet of(Chain chain, ChainReport report) {
        List<Report.Table> tables =
                List.of(figures(report), segments(chain, report), firms(chain), gaps(report), targets(report));
        String name = Names.of(chain, words.locale());
        return new Report.Sheet(name, name, tables, 1);
    }

    private Report.Table figures(ChainReport report) {
        List<Object> row = new ArrayList<>();
        row.add(report.coverage() == null ? null : new Report.Share(report.coverage()));
        row.add(
                report.localRate() == null
                        ? null
                        : new Report.Share(report.localRate().rate()));
        row.add(report.segments());
        row.add(report.covered());
        row.add(words.rateBasis(report.localRate()));
        return new Report.Table(
                null, words.columns("coverage", "localRate", "segments", "covered", "localRateBasis"), List.of(row));
    }

    private Report.Table segments(Chain chain, ChainReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (Segment segment : chain.segments(stage)) {
                List<Enterprise> firms = map.enterprisesIn(segment.id());
                List<String> local = firms.stream()
                        .filter(Enterprise::local)
                        .map(Enterprise::name)
                        .toList();
                List<String> gaps = report.gaps().stream()
                        .filter(gap -> segment.id().equals(ReportWords.segmentOf(gap)))
                        .map(words::kind)
                        .distinct()
                        .toList();
                rows.add(java.util.Arrays.asList(
                        Shown.value(stage, words.locale()),
                        Names.of(segment, words.locale()),
                        segment.core() ? Shown.value(true, words.locale()) : null,
                        words.count(local.size()),
                        words.joined(local),
                        words.count(firms.size() - local.size()),
                        words.joined(gaps)));
            }
        }
        return new Report.Table(
                words.text("table.segments"),
                words.columns("stage", "segment", "core", "localCount", "localNames", "externalCount", "gaps"),
                rows);
    }

    private Report.Table firms(Chain chain) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> own = chain.segments().stream().map(Segment::id).toList();
        for (Enterprise firm : map.enterprisesOfChain(chain.id())) {
            if (!firm.local()) {
                continue;
            }
            List<String> segments = firm.segments().stream()
                    .filter(own::contains)
                    .map(words::segment)
                    .toList();
            rows.add(java.util.Arrays.asList(
                    firm.name(),
                    words.joined(segments),
                    firm.role() == null ? null : Shown.value(firm.role(), words.locale()),
                    words.joined(firm.tags()),
                    words.money(firm.revenue()),
                    firm.county(),
                    firm.provenance().certainty() == null
                            ? null
                            : Shown.value(firm.provenance().certainty(), words.locale()),
                    SourcesSheet.refs(firm.provenance())));
        }
        return new Report.Table(
                words.text("table.firms"),
                words.columns("firm", "firmSegments", "role", "tags", "revenue", "county", "certainty", "sources"),
                rows);
    }

    private Report.Table gaps(ChainReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (Gap gap : report.gaps()) {
            rows.add(List.of(words.kind(gap), words.subject(gap), words.detail(gap)));
        }
        return new Report.Table(words.text("table.gaps"), words.columns("kind", "subject", "detail"), rows);
    }

    private Report.Table targets(ChainReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (Gap gap : report.gaps()) {
            List<Candidate> candidates = candidates(gap).toList();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate candidate = candidates.get(i);
                rows.add(java.util.Arrays.asList(
                        words.subject(gap),
                        words.kind(gap),
                        i + 1,
                        candidate.name(),
                        candidate.origin() == null || candidate.origin().label().isEmpty()
                                ? null
                                : candidate.origin().label(),
                        candidate.localCustomers(),
                        words.joined(candidate.tags()),
                        words.money(candidate.revenue()),
                        candidate.status() == null
                                ? null
                                : words.text("status." + candidate.status().id()),
                        reasons.of(candidate)));
            }
        }
        return new Report.Table(
                words.text("table.targets"),
                words.columns(
                        "segment",
                        "kind",
                        "rank",
                        "candidate",
                        "origin",
                        "localCustomers",
                        "tags",
                        "revenue",
                        "status",
                        "reason"),
                rows);
    }

    /** The ranked candidates of a missing or weak segment; none for other gaps. */
    static Stream<Candidate> candidates(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return missing.targets().stream();
        }
        if (gap instanceof Gap.Weak weak) {
            return weak.targets().stream();
        }
        return Stream.empty();
    }
}
