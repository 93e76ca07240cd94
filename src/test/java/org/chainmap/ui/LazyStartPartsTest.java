package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainmap.model.Chain;
import org.chainmap.ui.chains.ChainList;
import org.chainmap.ui.find.SearchPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Parts of the window that the first frame does not show join the scene at their first use, not with the window
 * (docs/performance.md, "Start-up": hidden, they would still be styled and given their skins before the first
 * frame): the search's field and list of hits, the status bar's spinner while an edit's work is under way, and the
 * chain list's context menu (the map's: {@code AddAndContextMenuTest}).
 */
@ExtendWith(ApplicationExtension.class)
class LazyStartPartsTest {

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(stage, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theSearchFieldJoinsTheSceneAtTheFirstFind(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(node -> node instanceof SearchPane).tryQuery()).isPresent();
        assertThat(robot.lookup(".text-field").tryQuery())
                .as("no text field before the first find")
                .isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup(".text-field").queryAs(TextField.class);
        assertThat(field.isFocused()).as("the keyboard is in the search field").isTrue();
        assertThat(field.getSkin()).isNotNull();
    }

    @Test
    void theStatusBarsSpinnerIsMadeAtTheFirstBusyEdit(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        Label busy = robot.lookup("#" + StatusBar.BUSY_ID).queryAs(Label.class);
        assertThat(robot.lookup("." + Styles.BUSY_MARK).tryQuery())
                .as("no spinner before any work")
                .isEmpty();
        assertThat(busy.getGraphic()).isNull();

        CountDownLatch held = HeldWork.hold(robot, model.afterEdits().work());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> busy.isVisible());
            assertThat(busy.getGraphic()).isInstanceOf(BusyMark.class);
            assertThat(((BusyMark) busy.getGraphic()).turning()).isTrue();
        } finally {
            held.countDown();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !busy.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((BusyMark) busy.getGraphic()).turning())
                .as("it stops when hidden")
                .isFalse();
    }

    @Test
    void theChainListsMenuIsMadeAtItsFirstRequest(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Chain> list = robot.lookup("#" + ChainList.LIST_ID).queryAs(ListView.class);
        assertThat(list.getContextMenu())
                .as("no context menu before the first request")
                .isNull();

        // As the menu key asks: Monocle makes no context menu event of a right click, as desktop platforms do.
        Point2D scene = list.localToScene(20, 20);
        Point2D screen = list.localToScreen(20, 20);
        robot.interact(() -> list.fireEvent(new ContextMenuEvent(
                ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(),
                scene.getY(),
                screen.getX(),
                screen.getY(),
                true,
                null)));
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = list.getContextMenu();
        assertThat(menu).isNotNull();
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getItems())
                .extracting(MenuItem::getId)
                .containsExactly("chainAdd", "chainEdit", null, "chainUp", "chainDown", null, "chainDelete");
        assertThat(menu.getItems().get(0).getText()).isEqualTo("新增产业链…");
        robot.interact(menu::hide);
    }
}
