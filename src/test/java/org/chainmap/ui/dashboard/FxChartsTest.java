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
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** The dashboard's JavaFX charts: a chart without figures shows no axis of made-up amounts. */
@ExtendWith(ApplicationExtension.class)
class FxChartsTest {

    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

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

    @Test
    void theDaysAreWrittenLevelEvenWhenALineIsWiderThanItsSlot(FxRobot robot) {
        List<String> days = List.of(
                "开工前的产业链基线快照\n2026-09-01",
                "第一批重点项目签约落地快照\n2026-10-01",
                "第二批重点项目签约落地快照\n2026-11-01",
                "年终全市产业链盘点快照\n2026-12-01",
                "现状\n2026-12-06");
        Chart rates = new Chart(
                "rates",
                "覆盖率",
                Chart.Kind.LINE,
                Chart.Unit.SHARE,
                days,
                List.of(new Chart.Series("coverage", "覆盖率", List.of(0.1, 0.2, 0.3, 0.4, 0.5))),
                "没有数据");
        XYChart<?, ?>[] chart = new XYChart<?, ?>[1];
        robot.interact(() -> {
            chart[0] = FxCharts.of(rates, Theme.LIGHT, Locale.CHINESE);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(chart[0], 700, 360));
            stage.show();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.Node> labels = chart[0].getXAxis().getChildrenUnmodifiable().stream()
                .filter(javafx.scene.text.Text.class::isInstance)
                .toList();
        assertThat(labels).isNotEmpty().allSatisfy(label -> assertThat(label.getRotate())
                .as(((javafx.scene.text.Text) label).getText())
                .isZero());
    }

    @Test
    void longLinesOfADayAreBrokenAtSpacesOrAfterEightChineseCharacters() {
        assertThat(FxCharts.level("现状\n2026-12-06")).isEqualTo("现状\n2026-12-06");
        assertThat(FxCharts.level("第一批重点项目签约落地快照\n2026-10-01")).isEqualTo("第一批重点项目签\n约落地快照\n2026-10-01");
        assertThat(FxCharts.level("first projects signed\n2026-10-01")).isEqualTo("first projects\nsigned\n2026-10-01");
    }
}
