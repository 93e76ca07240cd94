package org.chainmap.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapFile;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a large map (20,000 firms) the dashboard's figures are worked out in the background, not on the JavaFX thread
 * (at 100,000 firms they took 0.8 s of CPU), and the charts come when they are there.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardLargeMapTest {

    @TempDir
    static Path dir;

    private MainViewModel model;
    private MainWindow window;

    private static Path file;

    /** The map is made before the window, off the JavaFX thread (TestFX gives a window's start little time). */
    @BeforeAll
    static void writeMap() throws Exception {
        file = dir.resolve("large.json");
        MapFile.save(RegionGenerator.generate(20_000, 4), file);
    }

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(file);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theDashboardOfALargeMapIsWorkedOutInTheBackground(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.map().isPresent());
        model.afterEdits().work().whenSettled().get(5, TimeUnit.MINUTES);
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] pending = new boolean[1];
        robot.interact(() -> {
            TabPane views = robot.lookup(node -> node instanceof TabPane pane
                            && pane.getTabs().stream().anyMatch(tab -> DashboardView.TAB_ID.equals(tab.getId())))
                    .query();
            Tab dashboard = views.getTabs().stream()
                    .filter(tab -> DashboardView.TAB_ID.equals(tab.getId()))
                    .findFirst()
                    .orElseThrow();
            views.getSelectionModel().select(dashboard);
            // The tab is shown and asked for its dashboard in this very call: its work is under way, not done.
            pending[0] = model.afterEdits().work().pending("dashboard");
        });
        assertThat(pending[0]).isTrue();
        model.afterEdits().work().whenSettled().get(5, TimeUnit.MINUTES);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-rates").tryQuery()).isPresent();
        assertThat(robot.lookup("#" + RankingTable.ID).queryTableView().getItems())
                .isNotEmpty();
    }
}
