package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import org.chainmap.ui.dashboard.DashboardView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's hidden lists and dashboard tabs are built when first shown, not before the window's first frame:
 * their controls' skins and first CSS pass were a large part of the start (docs/performance.md, "Start-up").
 */
@ExtendWith(ApplicationExtension.class)
class LazyTabTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        stage = primary;
        window = new MainWindow(primary, new MainViewModel(I18n.CHINESE));
        window.show();
        window.openAtStartup(TestMaps.writeSmall(dir));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theListsTabIsBuiltWhenFirstShown(FxRobot robot) {
        TabPane views = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(pane -> pane.getTabs().stream().anyMatch(LazyTabTest::isLists))
                .findFirst()
                .orElseThrow();
        javafx.scene.control.Tab lists = views.getTabs().stream()
                .filter(LazyTabTest::isLists)
                .findFirst()
                .orElseThrow();
        assertThat(lists.getContent()).as("before it is shown").isNull();
        assertThat(stage.getScene().lookup("#lists")).isNull();

        robot.clickOn("#" + MainWindow.LISTS_TAB_ID);
        assertThat(lists.getContent()).isNotNull();
        javafx.scene.Node built = lists.getContent();
        assertThat(robot.lookup("#listItems").tryQuery()).isPresent();

        robot.interact(() -> views.getSelectionModel().select(0));
        robot.clickOn("#" + MainWindow.LISTS_TAB_ID);
        assertThat(lists.getContent()).as("built once").isSameAs(built);
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
    }

    private static boolean isLists(javafx.scene.control.Tab tab) {
        return MainWindow.LISTS_TAB_ID.equals(tab.getId());
    }
}
