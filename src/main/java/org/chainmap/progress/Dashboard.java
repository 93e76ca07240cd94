package org.chainmap.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chainmap.analysis.KeyFigures;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainFigures;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;
import org.chainmap.model.Snapshots;

/**
 * What the dashboard shows of a map on a day: each chain's {@link Trend} (its figures at every snapshot dated
 * before that day, then its figures now, worked out by {@link KeyFigures} from the map's current state) and the
 * {@link Ranking} of the chains, with the change of each since its last snapshot. A snapshot of the day itself is
 * left out: today's point is the map as it is.
 */
public final class Dashboard {

    private final RegionMap map;
    private final String today;
    private final List<Trend> trends;
    private final Ranking ranking;

    private Dashboard(RegionMap map, String today, List<Trend> trends, Ranking ranking) {
        this.map = map;
        this.today = today;
        this.trends = List.copyOf(trends);
        this.ranking = ranking;
    }

    /**
     * The dashboard of {@code map} on {@code today} ({@code YYYY-MM-DD}), names in {@code locale}'s language, with
     * the snapshots dated {@code from} or later ({@code null}: all).
     */
    public static Dashboard of(RegionMap map, String today, String from, Locale locale) {
        Snapshot now = KeyFigures.take(map, today, null);
        Snapshots snapshots = map.snapshots();
        List<Trend> trends = new ArrayList<>();
        List<Ranking.Row> rows = new ArrayList<>();
        for (Chain chain : map.chains()) {
            List<Trend.Point> points = new ArrayList<>();
            for (Snapshots.Point point : snapshots.series(chain.id())) {
                if (point.date().compareTo(today) < 0
                        && (from == null || point.date().compareTo(from) >= 0)) {
                    points.add(new Trend.Point(point.date(), point.label(), false, point.figures()));
                }
            }
            ChainFigures figures = now.chain(chain.id()).orElseThrow();
            points.add(new Trend.Point(today, null, true, figures));
            Trend trend = new Trend(chain.id(), Names.of(chain, locale), points);
            trends.add(trend);
            rows.add(row(trend));
        }
        List<Ranking.Row> ranked = new ArrayList<>(rows);
        ranked.sort(Ranking.ORDER);
        List<Ranking.Row> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranking.Row row = ranked.get(i);
            numbered.add(new Ranking.Row(
                    i + 1,
                    row.chain(),
                    row.name(),
                    row.coverage(),
                    row.localRate(),
                    row.gaps(),
                    row.coverageChange(),
                    row.localRateChange(),
                    row.gapChange(),
                    row.scaleFirms(),
                    row.output()));
        }
        return new Dashboard(map, today, trends, new Ranking(numbered));
    }

    private static Ranking.Row row(Trend trend) {
        Trend.Point now = trend.now();
        Optional<Trend.Point> before = trend.previous();
        ChainFigures figures = now.figures();
        return new Ranking.Row(
                0,
                trend.chain(),
                trend.name(),
                figures.coverage(),
                figures.localRate(),
                now.gapTotal(),
                before.map(point -> change(point.figures().coverage(), figures.coverage()))
                        .orElse(null),
                before.map(point -> change(point.figures().localRate(), figures.localRate()))
                        .orElse(null),
                before.map(point -> now.gapTotal() - point.gapTotal()).orElse(null),
                figures.scaleFirms(),
                figures.output());
    }

    private static Double change(Double old, Double now) {
        return old == null || now == null ? null : now - old;
    }

    /** The map shown. */
    public RegionMap map() {
        return map;
    }

    /** The day of the figures now, {@code YYYY-MM-DD}. */
    public String today() {
        return today;
    }

    /** Each chain's trend, in the map's order. */
    public List<Trend> trends() {
        return trends;
    }

    /** The trend of the chain {@code id}. */
    public Optional<Trend> trend(String id) {
        return trends.stream().filter(trend -> trend.chain().equals(id)).findFirst();
    }

    /** The chains ranked. */
    public Ranking ranking() {
        return ranking;
    }
}
