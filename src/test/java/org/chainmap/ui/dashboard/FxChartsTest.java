package org.chainmap.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.chainmap.progress.Chart;
import org.chainmap.render.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The dashboard's JavaFX charts: a chart without figures shows no axis of made-up amounts. */
@ExtendWith(ApplicationExtension.class)
class FxChartsTest {

    private static Chart output(Double... values) {
        return new Chart(
                "output",
                "产值",
                Chart.Kind.BAR,
                Chart.Unit.YUAN,
                List.of("12-01", "12-02", "12-03", "12-04"),
                List.of(new Chart.Series("output", "产值", Arrays.asList(values))),
                "没有产值数据");
    }

    @Test
    void anOutputChartWithoutRevenueHasNoAmountsOnItsAxis(FxRobot robot) {
        XYChart<?, ?>[] charts = new XYChart<?, ?>[2];
        robot.interact(() -> {
            charts[0] = FxCharts.of(output(null, null, null, null), Theme.LIGHT, Locale.CHINESE);
            charts[1] = FxCharts.of(output(1.0e8, null, 2.0e8, 3.0e8), Theme.LIGHT, Locale.CHINESE);
        });
        NumberAxis blank = (NumberAxis) charts[0].getYAxis();
        assertThat(blank.isTickLabelsVisible())
                .as("amounts on the axis of a chart without any")
                .isFalse();
        assertThat(blank.isTickMarkVisible()).isFalse();
        assertThat(charts[0].isHorizontalGridLinesVisible()).isFalse();
        NumberAxis known = (NumberAxis) charts[1].getYAxis();
        assertThat(known.isTickLabelsVisible())
                .as("amounts of a chart with some")
                .isTrue();
        assertThat(charts[1].isHorizontalGridLinesVisible()).isTrue();
    }
}
