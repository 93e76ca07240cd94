package org.chainmap.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.GapKind;
import org.chainmap.analysis.ScaleBasis;
import org.chainmap.io.sheet.Shown;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;

/**
 * What a report of a map says, gathered once from its gap analysis: a summary across the chains (figures,
 * counts of gaps of each kind, firms, candidates, and the total), one part per chain ({@link ChainSheet}), the
 * items of the five lists of every chain, and the sources the map cites ({@link SourcesSheet}) when it keeps any.
 */
public final class ReportContent {

    private ReportContent() {}

    /**
     * The report of {@code map} in {@code locale}'s language.
     *
     * @param source where the data comes from, for the subtitle (the map file's name)
     * @param date the day the report is made
     */
    public static Report of(RegionMap map, Locale locale, String source, LocalDate date) {
        ReportWords words = new ReportWords(map, locale);
        List<ChainReport> reports = GapAnalysis.of(map);
        List<Report.Sheet> sheets = new ArrayList<>();
        sheets.add(new Report.Sheet(
                words.text("sheet.summary"), words.text("table.chains"), List.of(summary(map, reports, words)), 0));
        ChainSheet chains = new ChainSheet(map, words);
        for (int i = 0; i < map.chains().size(); i++) {
            sheets.add(chains.of(map.chains().get(i), reports.get(i)));
        }
        sheets.add(
                new Report.Sheet(words.text("sheet.lists"), words.text("table.lists"), List.of(lists(map, words)), 0));
        if (!map.sources().isEmpty()) {
            sheets.add(SourcesSheet.of(map, words));
        }
        String subtitle = words.text("report.subtitle", source, date.toString());
        ScaleBasis scale = ScaleBasis.of(map);
        if (!scale.judged()) {
            subtitle += " "
                    + (scale.off()
                            ? words.text("scale.off")
                            : words.text(
                                    "scale.unknown", words.text("scale.rule." + scale.ruleKey(), scale.ruleArgs())));
        }
        return new Report(words.text("report.title", map.region().name()), subtitle, sheets);
    }

    private static Report.Table summary(RegionMap map, List<ChainReport> reports, ReportWords words) {
        List<List<Object>> rows = new ArrayList<>();
        int segments = 0;
        int covered = 0;
        long[] totals = new long[GapKind.values().length + 3];
        for (int i = 0; i < reports.size(); i++) {
            ChainReport report = reports.get(i);
            Chain chain = map.chain(report.chain()).orElseThrow();
            List<Object> row = new ArrayList<>();
            row.add(i + 1);
            row.add(Names.of(chain, words.locale()));
            row.add(chain.id());
            row.add(report.segments());
            row.add(report.covered());
            row.add(report.coverage() == null ? null : new Report.Share(report.coverage()));
            row.add(
                    report.localRate() == null
                            ? null
                            : new Report.Share(report.localRate().rate()));
            row.add(words.rateBasis(report.localRate()));
            long[] counts = counts(map, chain, report);
            for (int k = 0; k < counts.length; k++) {
                row.add(words.count(counts[k]));
                totals[k] += counts[k];
            }
            rows.add(row);
            segments += report.segments();
            covered += report.covered();
        }
        List<Object> total = new ArrayList<>(java.util.Arrays.asList(
                null,
                words.text("total"),
                null,
                segments,
                covered,
                segments == 0 ? null : new Report.Share((double) covered / segments),
                null,
                null));
        for (long count : totals) {
            total.add(words.count(count));
        }
        rows.add(total);
        List<String> headers = new ArrayList<>(words.columns(
                "number", "chain", "id", "segments", "covered", "coverage", "localRate", "localRateBasis"));
        for (GapKind kind : GapKind.values()) {
            headers.add(words.text("kind." + kind.id()));
        }
        headers.addAll(words.columns("localFirms", "externalFirms", "targets"));
        return new Report.Table(words.text("table.chains"), headers, rows);
    }

    /** Per kind of gap the number of gaps, then local firms, external firms and ranked candidates. */
    private static long[] counts(RegionMap map, Chain chain, ChainReport report) {
        long[] counts = new long[GapKind.values().length + 3];
        for (GapKind kind : GapKind.values()) {
            counts[kind.ordinal()] = report.gaps(kind).size();
        }
        List<Enterprise> firms = map.enterprisesOfChain(chain.id());
        counts[GapKind.values().length] =
                firms.stream().filter(Enterprise::local).count();
        counts[GapKind.values().length + 1] =
                firms.stream().filter(firm -> !firm.local()).count();
        counts[GapKind.values().length + 2] =
                report.gaps().stream().flatMap(ChainSheet::candidates).count();
        return counts;
    }

    private static Report.Table lists(RegionMap map, ReportWords words) {
        List<List<Object>> rows = new ArrayList<>();
        for (Chain chain : map.chains()) {
            for (Map.Entry<ListKind, List<ListItem>> list :
                    chain.lists().items().entrySet()) {
                for (ListItem item : list.getValue()) {
                    rows.add(java.util.Arrays.asList(
                            Names.of(chain, words.locale()),
                            Shown.value(list.getKey(), words.locale()),
                            item.title(),
                            item.status(),
                            words.money(item.amount()),
                            item.year(),
                            item.segment() == null ? null : words.segment(item.segment()),
                            item.provenance().certainty() == null
                                    ? null
                                    : Shown.value(item.provenance().certainty(), words.locale()),
                            item.provenance().source(),
                            SourcesSheet.refs(item.provenance())));
                }
            }
        }
        return new Report.Table(
                words.text("table.lists"),
                words.columns(
                        "chain",
                        "list",
                        "title",
                        "status",
                        "amount",
                        "year",
                        "segment",
                        "certainty",
                        "source",
                        "sources"),
                rows);
    }
}
