package org.chainmap.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.ChainFigures;

/**
 * The charts of the dashboard, as {@link Chart} data: for a chain, its coverage and local rate over time
 * ({@link #rates}), its gaps by kind ({@link #gaps}), its local and 规上 firms ({@link #firms}) and its output
 * ({@link #output}), each with a point per snapshot and one for now; for the region, the chains' coverage and local
 * rate now ({@link #ranking}), in the ranking's order.
 */
public final class DashboardCharts {

    private final ProgressWords words;

    /** The charts in {@code words}' language. */
    public DashboardCharts(ProgressWords words) {
        this.words = words;
    }

    /** The four charts of {@code trend}, in the order the dashboard shows them. */
    public List<Chart> of(Trend trend) {
        return List.of(rates(trend), gaps(trend), firms(trend), output(trend));
    }

    /** Coverage and local supporting rate at each point, as lines. */
    public Chart rates(Trend trend) {
        return new Chart(
                "rates",
                words.text("chart.rates", trend.name()),
                Chart.Kind.LINE,
                Chart.Unit.SHARE,
                days(trend),
                List.of(
                        series(trend, "coverage", ChainFigures::coverage),
                        series(trend, "localRate", ChainFigures::localRate)),
                words.text("chart.empty"));
    }

    /** The gaps of each kind at each point, stacked; the kinds never found left out. */
    public Chart gaps(Trend trend) {
        List<Chart.Series> series = new ArrayList<>();
        for (GapKind kind : GapKind.values()) {
            boolean found =
                    trend.points().stream().anyMatch(point -> point.figures().gapCount(kind.id()) > 0);
            if (found) {
                series.add(series(
                        trend, kind.id(), words.kind(kind.id()), figures -> (double) figures.gapCount(kind.id())));
            }
        }
        return new Chart(
                "gaps",
                words.text("chart.gaps", trend.name()),
                Chart.Kind.STACKED_BAR,
                Chart.Unit.COUNT,
                days(trend),
                series,
                words.text("chart.noGaps"));
    }

    /** The local firms and the 规上 ones among them at each point, side by side. */
    public Chart firms(Trend trend) {
        return new Chart(
                "firms",
                words.text("chart.firms", trend.name()),
                Chart.Kind.BAR,
                Chart.Unit.COUNT,
                days(trend),
                List.of(
                        series(trend, "localFirms", figures -> (double) figures.localFirms()),
                        series(trend, "scaleFirms", figures -> (double) figures.scaleFirms())),
                words.text("chart.empty"));
    }

    /** The sum of the local firms' revenue at each point. */
    public Chart output(Trend trend) {
        return new Chart(
                "output",
                words.text("chart.output", trend.name()),
                Chart.Kind.BAR,
                Chart.Unit.YUAN,
                days(trend),
                List.of(series(
                        trend,
                        "output",
                        figures -> figures.output() == null
                                ? null
                                : figures.output().doubleValue())),
                words.text("chart.noOutput"));
    }

    /** Each chain's coverage and local rate now, in the ranking's order. */
    public Chart ranking(Ranking ranking) {
        List<String> names = ranking.rows().stream().map(Ranking.Row::name).toList();
        return new Chart(
                "ranking",
                words.text("chart.ranking"),
                Chart.Kind.HORIZONTAL_BAR,
                Chart.Unit.SHARE,
                names,
                List.of(
                        new Chart.Series(
                                "coverage",
                                words.text("series.coverage"),
                                ranking.rows().stream()
                                        .map(Ranking.Row::coverage)
                                        .toList()),
                        new Chart.Series(
                                "localRate",
                                words.text("series.localRate"),
                                ranking.rows().stream()
                                        .map(Ranking.Row::localRate)
                                        .toList())),
                words.text("chart.empty"));
    }

    /** The label of each point: the snapshot's name or its day; now as "now". */
    public List<String> days(Trend trend) {
        return trend.points().stream().map(this::day).toList();
    }

    private String day(Trend.Point point) {
        if (point.now()) {
            return words.text("day.now", point.date());
        }
        return point.label() == null ? point.date() : words.text("day.labelled", point.label(), point.date());
    }

    private Chart.Series series(Trend trend, String key, Function<ChainFigures, Double> value) {
        return series(trend, key, words.text("series." + key), value);
    }

    private static Chart.Series series(Trend trend, String key, String name, Function<ChainFigures, Double> value) {
        return new Chart.Series(
                key,
                name,
                trend.points().stream()
                        .map(point -> value.apply(point.figures()))
                        .toList());
    }
}
