package org.chainmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dashboard's series and ranking on a map worked out by hand ({@link ProgressMaps}). */
class DashboardTest {

    private static final double EPS = 1e-9;

    private final Dashboard dashboard = Dashboard.of(ProgressMaps.now(), "2026-12-06", null, Locale.CHINESE);

    @Test
    void eachChainHasAPointPerSnapshotThenNow() {
        Trend a = dashboard.trend("a").orElseThrow();
        assertThat(a.name()).isEqualTo("甲链");
        assertThat(a.points())
                .extracting(Trend.Point::date)
                .containsExactly("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-06");
        assertThat(a.points()).extracting(Trend.Point::now).containsExactly(false, false, false, true);
        assertThat(a.points()).extracting(Trend.Point::label).containsExactly("一季度", "二季度", null, null);
        assertThat(a.points())
                .extracting(point -> point.figures().coverage())
                .containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3);
        // Now: f1 and f2 local, f1 the one 规上; output 2 亿 + 1,500 万.
        assertThat(a.now().figures().localFirms()).isEqualTo(2);
        assertThat(a.now().figures().scaleFirms()).isEqualTo(1);
        assertThat(a.now().figures().output()).isEqualTo(215_000_000L);
        assertThat(a.points())
                .extracting(point -> point.figures().output())
                .containsExactly(150_000_000L, 180_000_000L, 200_000_000L, 215_000_000L);
        // Gaps now: 整机 missing and to extend into; 原料 and 部件 weak; the snapshots' 3 before.
        assertThat(a.points()).extracting(Trend.Point::gapTotal).containsExactly(3, 3, 3, 4);
        assertThat(a.now().figures().gapCount("missing")).isEqualTo(1);
        assertThat(a.now().figures().gapCount("weak")).isEqualTo(2);
    }

    @Test
    void theChartsCarryTheSameSeries() {
        DashboardCharts charts = new DashboardCharts(new ProgressWords(Locale.CHINESE));
        Chart rates = charts.rates(dashboard.trend("a").orElseThrow());
        assertThat(rates.categories()).hasSize(4).last().isEqualTo("现状\n2026-12-06");
        assertThat(rates.categories().get(0)).isEqualTo("一季度\n2026-03-31");
        assertThat(rates.series()).extracting(Chart.Series::key).containsExactly("coverage", "localRate");
        assertThat(rates.series().get(0).values()).containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3);
        assertThat(rates.series().get(1).values()).containsExactly(null, null, null, null);
        Chart gaps = charts.gaps(dashboard.trend("a").orElseThrow());
        // Only the kinds found at some point: missing, weak, extend.
        assertThat(gaps.series()).extracting(Chart.Series::key).containsExactly("missing", "weak", "extend");
        assertThat(gaps.series().get(0).values()).containsExactly(2.0, 2.0, 2.0, 1.0);
        assertThat(gaps.series().get(1).values()).containsExactly(1.0, 1.0, 1.0, 2.0);
        assertThat(gaps.series().get(2).values()).containsExactly(0.0, 0.0, 0.0, 1.0);
        assertThat(gaps.maximum()).isEqualTo(4.0);
        Chart ranking = charts.ranking(dashboard.ranking());
        assertThat(ranking.categories()).containsExactly("甲链", "乙链");
        assertThat(ranking.series().get(0).values()).containsExactly(2.0 / 3, 0.5);
    }

    @Test
    void theChainsAreRankedByCoverageWithTheChangeSinceTheLastSnapshot() {
        Ranking.Row first = dashboard.ranking().rows().get(0);
        Ranking.Row second = dashboard.ranking().rows().get(1);
        assertThat(Arrays.asList(first.chain(), second.chain())).containsExactly("a", "b");
        assertThat(first.rank()).isEqualTo(1);
        assertThat(second.rank()).isEqualTo(2);
        // a: 1/3 in September → 2/3 now, gaps 3 → 4; b: 2/2 → 1/2, gaps 2 (weak) → 3 (missing, weak, extend).
        assertThat(first.coverageChange()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(second.coverageChange()).isCloseTo(-0.5, within(EPS));
        assertThat(first.gaps()).isEqualTo(4);
        assertThat(first.gapChange()).isEqualTo(1);
        assertThat(second.gaps()).isEqualTo(3);
        assertThat(second.gapChange()).isEqualTo(1);
        assertThat(first.scaleFirms()).isEqualTo(1);
        assertThat(first.localRateChange()).isNull();
        assertThat(first.output()).isEqualTo(215_000_000L);
    }

    @Test
    void aSnapshotOfTheDayItselfAndThoseBeforeFromAreLeftOut() {
        Dashboard september = Dashboard.of(ProgressMaps.now(), "2026-09-30", "2026-06-01", Locale.ENGLISH);
        assertThat(september.trend("a").orElseThrow().points())
                .extracting(Trend.Point::date)
                .containsExactly("2026-06-30", "2026-09-30");
        // Against June, b went from 1/2 to 1/2.
        assertThat(september.ranking().rows().get(1).coverageChange()).isCloseTo(0.0, within(EPS));
    }

    @Test
    void withoutASnapshotThereIsNoChange() {
        Dashboard alone = Dashboard.of(ProgressMaps.old(), "2026-12-06", null, Locale.CHINESE);
        assertThat(alone.trend("a").orElseThrow().points()).hasSize(1);
        assertThat(alone.ranking().rows())
                .allSatisfy(row -> assertThat(row.coverageChange()).isNull());
        // Old: a has 1/3 (部件 missing), b 1/2: b ranks first.
        assertThat(alone.ranking().rows()).extracting(Ranking.Row::chain).containsExactly("b", "a");
    }
}
