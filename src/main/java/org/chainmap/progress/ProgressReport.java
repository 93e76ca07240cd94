package org.chainmap.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.report.Report;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * The quarterly progress report (季度进展报告) as a {@link Report}, which the writers of {@code report} lay out as a
 * workbook or a page: a summary (the chains ranked, with the change since the last snapshot, and their chart; with
 * an older version, each chain's figures then and now and its counts of changes), then a part per chain: its charts
 * over time, its figures at each snapshot and now, and, against the older version, what was filled, strengthened
 * and extended ({@link Achievements}: the gaps closed with the firms that closed them), the gaps opened, the new
 * firms and the targets signed. The figures are the {@link Dashboard}'s and the comparison's; nothing is computed
 * here but their arrangement.
 */
public final class ProgressReport {

    private final Dashboard dashboard;
    private final MapComparison comparison;
    private final ProgressWords w;
    private final DashboardCharts charts;
    private final Function<Chart, Report.Figure> drawer;

    private ProgressReport(
            Dashboard dashboard, MapComparison comparison, ProgressWords w, Function<Chart, Report.Figure> drawer) {
        this.dashboard = dashboard;
        this.comparison = comparison;
        this.w = w;
        this.charts = new DashboardCharts(w);
        this.drawer = drawer;
    }

    /**
     * The report of {@code dashboard}, against {@code comparison} (its old map the older version, its new map the
     * dashboard's; {@code null} for a report of the snapshots alone), with each chart drawn by {@code drawer}.
     *
     * @param source the names of the files the report comes from, for its subtitle
     */
    public static Report of(
            Dashboard dashboard,
            MapComparison comparison,
            String source,
            ProgressWords words,
            Function<Chart, Report.Figure> drawer) {
        return new ProgressReport(dashboard, comparison, words, drawer).report(source);
    }

    private Report report(String source) {
        List<Report.Sheet> sheets = new ArrayList<>();
        List<Report.Table> summary = new ArrayList<>();
        summary.add(ranking());
        if (comparison != null) {
            summary.add(sinceOld());
        }
        sheets.add(new Report.Sheet(
                w.text("sheet.summary"),
                w.text("sheet.summary"),
                summary,
                0,
                List.of(drawer.apply(charts.ranking(dashboard.ranking())))));
        for (Trend trend : dashboard.trends()) {
            sheets.add(chain(trend));
        }
        RegionMap map = dashboard.map();
        return new Report(
                w.text("report.title", map.region().name()),
                w.text("report.subtitle", source, dashboard.today()),
                sheets);
    }

    private Report.Table ranking() {
        List<List<Object>> rows = new ArrayList<>();
        for (Ranking.Row row : dashboard.ranking().rows()) {
            rows.add(Arrays.asList(
                    (long) row.rank(),
                    row.name(),
                    share(row.coverage()),
                    row.coverageChange() == null ? null : w.points(row.coverageChange()),
                    share(row.localRate()),
                    row.localRateChange() == null ? null : w.points(row.localRateChange()),
                    (long) row.gaps(),
                    row.gapChange() == null ? null : signed(row.gapChange()),
                    new Report.Count(row.scaleFirms(), w.locale()),
                    amount(row.output())));
        }
        return new Report.Table(
                w.text("table.ranking"),
                columns(
                        "rank",
                        "chain",
                        "coverage",
                        "coverageChange",
                        "localRate",
                        "localRateChange",
                        "gaps",
                        "gapChange",
                        "scaleFirms",
                        "output"),
                rows);
    }

    private Report.Table sinceOld() {
        List<List<Object>> rows = new ArrayList<>();
        for (Trend trend : dashboard.trends()) {
            Optional<ChainComparison> found = comparison.chain(trend.chain());
            if (found.isEmpty()) {
                continue;
            }
            ChainComparison chain = found.get();
            Achievements done = Achievements.of(chain);
            rows.add(Arrays.asList(
                    trend.name(),
                    share(chain.coverageBefore()),
                    share(chain.coverageAfter()),
                    share(chain.localRateBefore()),
                    share(chain.localRateAfter()),
                    (long) done.filled().size(),
                    (long) done.strengthened().size(),
                    (long) done.extended().size(),
                    (long) chain.openedAsRead().size(),
                    new Report.Count(chain.added().size(), w.locale()),
                    (long) Signings.of(dashboard.map(), comparison.before(), trend.chain())
                            .size()));
        }
        return new Report.Table(
                w.text("table.sinceOld"),
                columns(
                        "chain",
                        "coverageOld",
                        "coverageNew",
                        "localRateOld",
                        "localRateNew",
                        "filled",
                        "strengthened",
                        "extended",
                        "opened",
                        "newFirms",
                        "signed"),
                rows);
    }

    private Report.Sheet chain(Trend trend) {
        List<Report.Table> tables = new ArrayList<>();
        tables.add(figures(trend));
        Optional<ChainComparison> found = comparison == null ? Optional.empty() : comparison.chain(trend.chain());
        if (found.isPresent()) {
            ChainComparison chain = found.get();
            tables.add(achievements(chain));
            tables.add(opened(chain));
            tables.add(newFirms(chain));
        }
        tables.add(signed(trend.chain()));
        List<Report.Figure> figures = charts.of(trend).stream().map(drawer).toList();
        return new Report.Sheet(trend.name(), trend.name(), tables, 0, figures);
    }

    private Report.Table figures(Trend trend) {
        List<List<Object>> rows = new ArrayList<>();
        for (Trend.Point point : trend.points()) {
            rows.add(Arrays.asList(
                    point.now() ? w.text("day.nowShort") : point.date(),
                    point.now() ? dashboard.today() : point.label(),
                    share(point.figures().coverage()),
                    share(point.figures().localRate()),
                    (long) point.figures().localFirms(),
                    (long) point.figures().scaleFirms(),
                    amount(point.figures().output()),
                    (long) point.gapTotal()));
        }
        return new Report.Table(
                w.text("table.figures"),
                columns("day", "label", "coverage", "localRate", "localFirms", "scaleFirms", "output", "gaps"),
                rows);
    }

    private Report.Table achievements(ChainComparison chain) {
        List<List<Object>> rows = new ArrayList<>();
        Achievements done = Achievements.of(chain);
        for (Achievements.Kind kind : Achievements.Kind.values()) {
            for (var gap : done.of(kind)) {
                rows.add(Arrays.asList(
                        w.text("done." + kind.id()),
                        w.kind(gap.gap().kind().id()),
                        w.subject(gap.gap(), comparison.before()),
                        gap.causes().isEmpty() ? null : causes(gap)));
            }
        }
        return new Report.Table(w.text("table.closed"), columns("done", "kind", "where", "closedBy"), rows);
    }

    private Report.Table opened(ChainComparison chain) {
        List<List<Object>> rows = new ArrayList<>();
        for (var gap : chain.openedAsRead()) {
            rows.add(Arrays.asList(
                    w.kind(gap.gap().kind().id()),
                    w.subject(gap.gap(), comparison.after()),
                    gap.causes().isEmpty() ? null : causes(gap)));
        }
        return new Report.Table(w.text("table.opened"), columns("kind", "where", "causedBy"), rows);
    }

    private Report.Table newFirms(ChainComparison chain) {
        List<List<Object>> rows = new ArrayList<>();
        RegionMap after = comparison.after();
        for (Enterprise firm : chain.added()) {
            rows.add(Arrays.asList(
                    firm.name(),
                    firm.segments().isEmpty() ? null : w.segment(firm.segments().get(0), after),
                    w.text(firm.local() ? "yes" : "no"),
                    w.text(after.analysis().aboveScale(firm) ? "yes" : "no"),
                    amount(firm.revenue())));
        }
        return new Report.Table(
                w.text("table.newFirms"), columns("firm", "segment", "local", "scale", "revenue"), rows);
    }

    private Report.Table signed(String chainId) {
        List<List<Object>> rows = new ArrayList<>();
        RegionMap old = comparison == null ? null : comparison.before();
        for (Signings.Signing signing : Signings.of(dashboard.map(), old, chainId)) {
            rows.add(Arrays.asList(
                    signing.name(),
                    w.segment(signing.segment(), dashboard.map()),
                    w.text("signed." + signing.what()),
                    old == null ? null : w.text(signing.isNew() ? "yes" : "no")));
        }
        return new Report.Table(w.text("table.signed"), columns("name", "segment", "what", "newlySigned"), rows);
    }

    private String causes(org.chainmap.compare.GapChange gap) {
        List<String> names = new ArrayList<>();
        for (var cause : gap.causes()) {
            String name = comparison
                    .after()
                    .enterprise(cause.enterprise())
                    .or(() -> comparison.before().enterprise(cause.enterprise()))
                    .map(Enterprise::name)
                    .orElse(cause.enterprise());
            names.add(w.text("cause", name, w.text("how." + cause.kind().id())));
        }
        return String.join(w.text("separator"), names);
    }

    private static Report.Share share(Double value) {
        return value == null ? null : new Report.Share(value);
    }

    private Report.Amount amount(Long yuan) {
        return yuan == null ? null : new Report.Amount(yuan, w.locale());
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : change < 0 ? "\u2212" + (-change) : "\u00b10";
    }

    private List<String> columns(String... keys) {
        return Arrays.stream(keys).map(key -> w.text("column." + key)).toList();
    }
}
