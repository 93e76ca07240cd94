package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chainmap.progress.Chart;
import org.chainmap.render.chart.ChartPainter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** An exported chart without figures says so, and writes no amounts along its axis. */
@ExtendWith(ApplicationExtension.class)
class BlankChartTest {

    @Test
    void anOutputChartWithoutRevenueWritesOnlyItsTitleDaysAndWhy() {
        List<String> days = List.of("12-01", "12-02", "12-03", "12-04");
        Chart output = new Chart(
                "output",
                "产值",
                Chart.Kind.BAR,
                Chart.Unit.YUAN,
                days,
                List.of(new Chart.Series("output", "产值", Arrays.asList(null, null, null, null))),
                "本地企业的营收均未知");
        RecordingPen pen = new RecordingPen(false);
        new ChartPainter(output, Locale.CHINESE).paint(pen, 0, 0, ChartPainter.WIDTH, ChartPainter.HEIGHT, Theme.LIGHT);
        List<String> drawn = pen.texts().stream().map(text -> (String) text[0]).toList();
        List<String> allowed = new ArrayList<>(days);
        allowed.addAll(List.of("产值", "本地企业的营收均未知"));
        assertThat(drawn).contains("本地企业的营收均未知").isSubsetOf(allowed);
    }
}
