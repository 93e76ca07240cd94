package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.chainmap.progress.Chart;
import org.chainmap.progress.Dashboard;
import org.chainmap.progress.DashboardCharts;
import org.chainmap.progress.ProgressWords;
import org.chainmap.render.chart.ChartPage;
import org.chainmap.render.chart.ChartPainter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The ranking chart of the shipped map's 14 chains, in both languages: every chain's name is drawn whole, on the
 * left of its bars, one row each from the top down in the ranking's order, and the page is as tall as the rows need.
 */
@ExtendWith(ApplicationExtension.class)
class RankingChartTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @Test
    void everyChainsNameIsWrittenWholeLeftOfItsBarsInChinese() {
        namesWhole(Locale.CHINESE);
    }

    @Test
    void everyChainsNameIsWrittenWholeLeftOfItsBarsInEnglish() {
        namesWhole(Locale.ENGLISH);
    }

    private static void namesWhole(Locale locale) {
        Dashboard dashboard = Dashboard.of(HENGYANG, "2026-12-06", null, locale);
        Chart ranking = new DashboardCharts(new ProgressWords(locale)).ranking(dashboard.ranking());
        assertThat(ranking.categories()).hasSize(14);
        RecordingPen pen = new RecordingPen(false);
        double height = ChartPainter.height(ranking);
        new ChartPainter(ranking, locale).paint(pen, 0, 0, ChartPainter.WIDTH, height, Theme.LIGHT);
        List<Object[]> texts = pen.texts();
        double lastY = -1;
        for (String name : ranking.categories()) {
            Object[] drawn = texts.stream()
                    .filter(text -> text[0].equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not drawn whole; drawn: "
                            + texts.stream().map(text -> text[0]).toList()));
            double x = (double) drawn[1];
            double y = (double) drawn[2];
            assertThat(x).as("%s on the left", name).isLessThan(ChartPainter.WIDTH / 2);
            assertThat(y).as("%s below the one ranked above it", name).isGreaterThan(lastY + 10);
            assertThat((double) drawn[3]).as("its size").isGreaterThanOrEqualTo(10);
            lastY = y;
        }
        assertThat(lastY).isLessThan(height);
        ChartPage page = ChartPage.of(ranking, locale);
        assertThat(page.height()).isEqualTo(height).isGreaterThanOrEqualTo(14 * 20);
    }
}
