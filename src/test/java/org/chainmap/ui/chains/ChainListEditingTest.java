package org.chainmap.ui.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Chains edited from their list with the keyboard, and every change undone. */
@ExtendWith(ApplicationExtension.class)
class ChainListEditingTest {

    private MainViewModel model;
    private RegionMap opened;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(Path.of("maps/hengyang.json"));
        opened = model.map().orElseThrow();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void focusList(FxRobot robot) {
        ListView<Chain> list = robot.lookup("#" + ChainList.LIST_ID).queryListView();
        robot.interact(list::requestFocus);
    }

    @Test
    void aChainIsRenamedMovedDeletedAndAllUndone(FxRobot robot) {
        focusList(robot);
        String first = model.chains().get(0).id();

        robot.type(KeyCode.F2);
        robot.clickOn("#" + ChainDialog.NAME_ID)
                .push(KeyCode.CONTROL, KeyCode.A)
                .write("能源装备产业链");
        robot.clickOn("确定");
        assertThat(model.map().orElseThrow().chain(first).orElseThrow().name()).isEqualTo("能源装备产业链");
        assertThat(model.edits().undoableProperty().get().text(I18n.CHINESE))
                .isEqualTo("将 " + opened.chain(first).orElseThrow().name() + " 重命名为 能源装备产业链");

        focusList(robot);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        assertThat(model.chains().get(1).id()).isEqualTo(first);
        assertThat(model.selectedChain().orElseThrow().id()).isEqualTo(first);

        focusList(robot);
        robot.type(KeyCode.DELETE);
        robot.clickOn("#" + ChainListEditing.CONFIRM_DELETE_ID);
        assertThat(model.map().orElseThrow().chain(first)).isEmpty();
        assertThat(model.chains()).hasSize(opened.chains().size() - 1);

        for (int i = 0; i < 3; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        }
        assertThat(model.map().orElseThrow()).isEqualTo(opened);
    }

    @Test
    void aNamelessChainIsRefusedAndTheDialogStays(FxRobot robot) {
        ListView<Chain> list = robot.lookup("#" + ChainList.LIST_ID).queryListView();
        requestMenu(robot, list);
        robot.interact(list.getContextMenu()::hide);
        javafx.scene.control.MenuItem add = list.getContextMenu().getItems().stream()
                .filter(item -> "chainAdd".equals(item.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(add.getText()).isEqualTo("新增产业链…");
        javafx.application.Platform.runLater(add::fire); // the dialog waits; the robot goes on
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("确定");
        assertThat(robot.lookup("." + Styles.REFUSAL).queryLabeled().getText()).isEqualTo("名称不能为空。");
        robot.clickOn("#" + ChainDialog.NAME_ID).write("氢能产业链");
        robot.clickOn("确定");
        assertThat(model.chains()).hasSize(opened.chains().size() + 1);
        assertThat(model.selectedChain().orElseThrow().name()).isEqualTo("氢能产业链");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(model.map().orElseThrow()).isEqualTo(opened);
    }

    /**
     * Asks {@code list} for its context menu as the menu key does: Monocle, the headless platform, makes no context
     * menu event of a right click as desktop platforms do, so the test fires the one they would.
     */
    static void requestMenu(FxRobot robot, ListView<Chain> list) {
        javafx.geometry.Point2D scene = list.localToScene(20, 20);
        javafx.geometry.Point2D screen = list.localToScreen(20, 20);
        robot.interact(() -> list.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(),
                scene.getY(),
                screen.getX(),
                screen.getY(),
                true,
                null)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
