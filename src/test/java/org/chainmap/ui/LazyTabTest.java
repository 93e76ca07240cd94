package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import org.chainmap.ui.dashboard.DashboardView;
import org.chainmap.ui.lists.ListsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's hidden lists and dashboard tabs are built when first shown, not before the window's first frame: their
 * controls' skins and first CSS pass would add to the start (docs/performance.md, "Start-up"). The remembered widths
 * of the split panes do not depend on them (WindowPlacementTest).
 */
@ExtendWith(ApplicationExtension.class)
class LazyTabTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private javafx.stage.Stage stage;
    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        stage = primary;
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(TestMaps.writeSmall(dir));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theListsAreBuiltWhenFirstShown(FxRobot robot) {
        javafx.scene.control.Tab lists = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(pane -> pane.getTabs().stream())
                .filter(tab -> MainWindow.LISTS_TAB_ID.equals(tab.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(lists.getContent()).as("before it is shown").isNull();

        robot.clickOn("#" + MainWindow.LISTS_TAB_ID);
        assertThat(lists.getContent()).isInstanceOf(ListsView.class);
        assertThat(robot.lookup(".table-view").tryQuery())
                .as("its table, shown")
                .isPresent();
    }

    @Test
    void theDashboardIsBuiltWhenFirstShown(FxRobot robot) {
        javafx.scene.control.Tab dashboard = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(pane -> pane.getTabs().stream())
                .filter(tab -> DashboardView.TAB_ID.equals(tab.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(dashboard.getContent()).as("before it is shown").isNull();

        robot.clickOn("#" + DashboardView.TAB_ID);
        assertThat(dashboard.getContent()).isInstanceOf(DashboardView.class);
        assertThat(robot.lookup("#chart-rates").tryQuery())
                .as("its charts, drawn at once")
                .isPresent();
        // The food chain's one firm has no revenue: its output chart says so rather than showing an empty axis.
        robot.interact(() -> model.selectChain(model.chains().get(1)));
        assertThat(robot.lookup(".dashboard-empty")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("本地企业的营收均未知");
    }
}
