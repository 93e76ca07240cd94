package org.chainmap.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import org.chainmap.model.Chain;
import org.chainmap.progress.ProgressFixtures;
import org.chainmap.progress.Ranking;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Dashboard tab on the map of {@code ProgressMaps} (two chains, three snapshots): the selected chain's charts
 * with a point per snapshot and now, the ranking, and a click on a row selecting that chain in every view.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    @TempDir
    static Path dir;

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, ProgressFixtures.now(), StandardCharsets.UTF_8);
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(file);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChartsShowEverySnapshotAndClickingARankSelectsTheChain(FxRobot robot) {
        robot.clickOn("#" + DashboardView.TAB_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedChain().map(Chain::id)).contains("a");

        LineChart<String, Number> rates = robot.lookup("#chart-rates").query();
        // coverage at three snapshots and now; no local rate at any point (no link), so an empty series
        assertThat(rates.getData()).hasSize(2);
        assertThat(rates.getData().get(0).getData())
                .extracting(XYChart.Data::getXValue)
                .containsExactly(
                        "一季度\n2026-03-31",
                        "二季度\n2026-06-30",
                        "2026-09-30",
                        rates.getData().get(0).getData().get(3).getXValue());
        assertThat(rates.getData().get(0).getData().get(3).getXValue()).startsWith("现状\n");
        assertThat(rates.getData().get(0).getData())
                .extracting(data -> Math.round(data.getYValue().doubleValue()))
                .containsExactly(33L, 33L, 33L, 67L);
        assertThat(rates.getData().get(1).getData()).isEmpty();
        StackedBarChart<String, Number> gaps = robot.lookup("#chart-gaps").query();
        assertThat(gaps.getData()).extracting(XYChart.Series::getName).containsExactly("缺链", "弱链", "延链");
        assertThat(gaps.getData())
                .allSatisfy(series -> assertThat(series.getData()).hasSize(4));
        assertThat(robot.lookup("#chart-firms").queryAll()).hasSize(1);
        assertThat(robot.lookup("#chart-output").queryAll()).hasSize(1);

        TableView<Ranking.Row> ranking = robot.lookup("#" + RankingTable.ID).queryTableView();
        assertThat(ranking.getItems()).extracting(Ranking.Row::chain).containsExactly("a", "b");
        robot.clickOn("乙链");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedChain().map(Chain::id)).contains("b");
        LineChart<String, Number> bRates = robot.lookup("#chart-rates").query();
        assertThat(bRates.getData().get(0).getData())
                .extracting(data -> Math.round(data.getYValue().doubleValue()))
                .containsExactly(50L, 50L, 100L, 50L);
    }
}
