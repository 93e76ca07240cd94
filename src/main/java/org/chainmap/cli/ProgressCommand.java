package org.chainmap.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.compare.MapComparer;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.LoadResult;
import org.chainmap.io.report.ExcelReport;
import org.chainmap.io.report.HtmlReport;
import org.chainmap.io.report.Report;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;
import org.chainmap.progress.Chart;
import org.chainmap.progress.Dashboard;
import org.chainmap.progress.DashboardCharts;
import org.chainmap.progress.ProgressReport;
import org.chainmap.progress.ProgressWords;
import org.chainmap.progress.Ranking;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Theme;
import org.chainmap.render.chart.ChartExport;
import org.chainmap.render.chart.ChartPage;

/**
 * {@code progress FILE [--since OLD] [--from DATE] [--date DATE] [--chain ID] [--xlsx OUT] [--html OUT] [--pdf OUT]
 * [--svg OUT] [--png OUT] [--theme T]}: the quarterly progress report (季度进展报告) of a map, from its snapshots and,
 * with {@code --since}, its comparison with an older version (read as {@code compare} reads it), as a workbook and a
 * page with the charts ({@link ProgressReport}); and the dashboard's charts as vector or pixel pictures. Prints the
 * chains ranked. Exit 0; 1 when a map is bad or a file cannot be written; 2 for a wrong command line.
 */
final class ProgressCommand implements Command {

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of(
                        "--since", "--from", "--date", "--chain", "--xlsx", "--html", "--pdf", "--svg", "--png",
                        "--theme"),
                Set.of(),
                console.messages());
        String file = parsed.single("FILE");
        String today = day(parsed, "--date", LocalDate.now().toString(), console);
        String from = day(parsed, "--from", null, console);
        String since = parsed.text("--since", null);
        String only = parsed.text("--chain", null);
        Theme theme = ExportCommand.theme(parsed.choice("--theme", "light", "light", "dark", "contrast"));
        if (since != null) {
            MapSource.checkForm(since, console);
        }
        Optional<LoadResult> loaded = MapArgument.read(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = loaded.get().map().orElseThrow();
        if (only != null && map.chain(only).isEmpty()) {
            throw new UsageException(console.text("progress.unknownChain", only));
        }
        MapComparison comparison = null;
        if (since != null) {
            Optional<LoadResult> old = MapSource.check(MapSource.fetch(since, console), console);
            if (old.isEmpty()) {
                return 1;
            }
            comparison = MapComparer.compare(old.get().map().orElseThrow(), map);
        }
        Locale locale = console.messages().locale();
        ProgressWords words = new ProgressWords(locale);
        Dashboard dashboard = Dashboard.of(map, today, from, locale);
        printRanking(dashboard, words, console);
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String option : List.of("--xlsx", "--html", "--pdf", "--svg", "--png")) {
            if (parsed.text(option, null) != null) {
                outputs.put(option, parsed.text(option, null));
            }
        }
        if (outputs.isEmpty()) {
            return 0;
        }
        HeadlessFx.start();
        String source = since == null ? file : since + " \u2192 " + file;
        int[] figures = {0}; // each chart's ids its own in the HTML page
        Report report = outputs.containsKey("--xlsx") || outputs.containsKey("--html")
                ? ProgressReport.of(dashboard, comparison, source, words, chart -> figure(chart, locale, ++figures[0]))
                : null;
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path target = Path.of(output.getValue());
            List<String> cut = new ArrayList<>();
            try {
                AtomicWrite.write(target, out -> {
                    switch (output.getKey()) {
                        case "--xlsx" -> cut.addAll(ExcelReport.write(report, out));
                        case "--html" -> {
                            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                            HtmlReport.write(report, writer, locale);
                            writer.flush();
                        }
                        case "--pdf" -> ChartExport.pdf(
                                pages(dashboard, words, only, locale), report(dashboard, words), theme, out);
                        case "--svg" -> ChartExport.svg(page(dashboard, words, only, locale), theme, out);
                        default -> ChartExport.png(page(dashboard, words, only, locale), theme, 2, out);
                    }
                });
            } catch (IOException e) {
                console.err().println(console.text("report.failed", target, WriteFailure.reason(e, console)));
                return 1;
            }
            console.err().println(console.text("report.written", output.getKey().substring(2), target));
            TemplateCommand.warnCut(target, cut, console);
        }
        return 0;
    }

    private static String day(Arguments parsed, String option, String fallback, Console console) throws UsageException {
        String date = parsed.text(option, fallback);
        if (date != null && !Snapshot.isDay(date)) {
            throw new UsageException(console.text("snapshot.badDate", date));
        }
        return date;
    }

    /**
     * The {@code n}th chart drawn for a report: SVG for a page (its ids its own), PNG at twice 96 dpi for a workbook,
     * in the light theme.
     */
    private static Report.Figure figure(Chart chart, Locale locale, int n) {
        ChartPage page = ChartPage.of(chart, locale);
        try {
            return new Report.Figure(
                    chart.title(),
                    ChartExport.svg(page, Theme.LIGHT, ChartExport.figureIds(n)),
                    ChartExport.png(page, Theme.LIGHT, ChartExport.REPORT_SCALE),
                    page.width(),
                    page.height());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String report(Dashboard dashboard, ProgressWords words) {
        return words.title(dashboard.map().region().name());
    }

    /** The dashboard's pages: the chains ranked, then each chain's four charts. */
    static List<ChartPage> pages(Dashboard dashboard, ProgressWords words, String only, Locale locale) {
        List<ChartPage> pages = new ArrayList<>();
        if (only == null) {
            pages.add(page(dashboard, words, null, locale));
        }
        dashboard.trends().stream()
                .filter(trend -> only == null || trend.chain().equals(only))
                .forEach(trend -> pages.add(page(dashboard, words, trend.chain(), locale)));
        return pages;
    }

    /** The page of the chain {@code chain}, or of the chains ranked when it is {@code null}. */
    static ChartPage page(Dashboard dashboard, ProgressWords words, String chain, Locale locale) {
        DashboardCharts charts = new DashboardCharts(words);
        String subtitle = words.pageSubtitle(dashboard.map().region().name(), dashboard.today());
        if (chain == null) {
            return new ChartPage(
                    report(dashboard, words), subtitle, List.of(charts.ranking(dashboard.ranking())), 1, locale);
        }
        var trend = dashboard.trend(chain).orElseThrow();
        return new ChartPage(trend.name(), subtitle, charts.of(trend), 2, locale);
    }

    private static void printRanking(Dashboard dashboard, ProgressWords words, Console console) {
        TextTable table = new TextTable(true, false, true, true, true, true);
        table.row(
                words.column("rank"),
                words.column("chain"),
                words.column("coverage"),
                words.column("localRate"),
                words.column("gaps"),
                words.column("coverageChange"));
        for (Ranking.Row row : dashboard.ranking().rows()) {
            table.row(
                    String.valueOf(row.rank()),
                    row.name(),
                    ProgressWords.percent(row.coverage()),
                    ProgressWords.percent(row.localRate()),
                    String.valueOf(row.gaps()),
                    words.points(row.coverageChange()));
        }
        console.out()
                .println(words.title(
                        TerminalText.visible(dashboard.map().region().name())));
        console.out().print(table.render());
    }
}
