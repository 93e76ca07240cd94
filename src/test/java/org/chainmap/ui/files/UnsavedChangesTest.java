package org.chainmap.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.WindowEvent;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapReader;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.AppData;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.MemoryPreferences;
import org.chainmap.ui.TestMaps;
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
 * Closing the window, quitting or opening another map with unsaved changes asks Save / Don't save / Cancel:
 * Save writes the file, Cancel keeps everything, Don't save goes on without writing; a save that fails
 * keeps the window open. The recent files open from the File menu, after the same question.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesTest {

    @TempDir
    Path dir;

    private Path file;
    private MainViewModel model;
    private MainWindow window;
    private javafx.stage.Stage stage;
    private RecoveryStore store;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        // A stage of its own: the primary stage outlives the test, with the window's handlers on it.
        stage = new javafx.stage.Stage();
        file = TestMaps.writeSmall(dir);
        store = new RecoveryStore(dir.resolve("recovery"));
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(stage, model, new AppData(new MemoryPreferences(), store));
        window.show();
        window.openAtStartup(file);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void editAndClose(FxRobot robot) {
        robot.interact(() -> model.perform(SaveTest.MOVE));
        closeAsTheSystemDoes(robot);
    }

    /** Asks the window to close as the window manager does: it closes unless the request is consumed. */
    private void closeAsTheSystemDoes(FxRobot robot) {
        robot.interact(() -> {
            boolean[] consumed = {false};
            EventHandler<WindowEvent> seen = event -> consumed[0] = event.isConsumed();
            stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, seen);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, seen);
            if (!consumed[0]) {
                stage.close();
            }
        });
    }

    private static Button button(FxRobot robot, FileDialogs.Unsaved answer) {
        return robot.lookup("#" + FileDialogs.buttonId(answer)).queryButton();
    }

    @Test
    void closingWithoutChangesAsksNothing(FxRobot robot) {
        closeAsTheSystemDoes(robot);
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void theQuestionIsInChineseWithSaveTheDefault(FxRobot robot) {
        editAndClose(robot);
        assertThat(robot.lookup(".dialog-pane .header-panel .label")
                        .queryLabeled()
                        .getText())
                .isEqualTo("是否保存对 test.json 的更改？");
        assertThat(button(robot, FileDialogs.Unsaved.SAVE).getText()).isEqualTo("保存");
        assertThat(button(robot, FileDialogs.Unsaved.DISCARD).getText()).isEqualTo("不保存");
        assertThat(button(robot, FileDialogs.Unsaved.CANCEL).getText()).isEqualTo("取消");
        assertThat(button(robot, FileDialogs.Unsaved.SAVE).isDefaultButton()).isTrue();
        assertThat(button(robot, FileDialogs.Unsaved.CANCEL).isCancelButton()).isTrue();
    }

    @Test
    void saveWritesTheFileAndCloses(FxRobot robot) {
        editAndClose(robot);
        RegionMap edited = model.map().orElseThrow();
        robot.clickOn(button(robot, FileDialogs.Unsaved.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        assertThat(MapReader.read(file).map()).contains(edited);
    }

    @Test
    void cancelKeepsTheWindowAndTheChanges(FxRobot robot) {
        editAndClose(robot);
        RegionMap edited = model.map().orElseThrow();
        robot.clickOn(button(robot, FileDialogs.Unsaved.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(model.map()).contains(edited);
        assertThat(model.edits().isDirty()).isTrue();
        assertThat(MapReader.read(file).map()).contains(TestMaps.small());
    }

    @Test
    void dontSaveClosesWithoutWritingAndTheRecoveryCopyGoes(FxRobot robot) throws Exception {
        robot.interact(() -> model.perform(SaveTest.MOVE));
        robot.interact(() -> window.files().autosave().tick());
        window.files().autosave().flush().get(10, TimeUnit.SECONDS);
        assertThat(store.copy()).exists();
        closeAsTheSystemDoes(robot);
        robot.clickOn(button(robot, FileDialogs.Unsaved.DISCARD));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        assertThat(MapReader.read(file).map()).contains(TestMaps.small());
        assertThat(store.copy()).doesNotExist();
    }

    @Test
    void aSaveThatFailsKeepsTheWindowOpen(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "a file, not a folder");
        robot.interact(() -> {
            model.show(new MapDocument(TestMaps.small(), notAFolder.resolve("map.json"), "map.json", List.of()));
            model.perform(SaveTest.MOVE);
            window.files().whenSafe(stage::close);
        });
        robot.clickOn(button(robot, FileDialogs.Unsaved.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .header-panel .label")
                        .queryLabeled()
                        .getText())
                .isEqualTo("无法写入 map.json。");
        assertThat(stage.isShowing()).isTrue();
        assertThat(model.edits().isDirty()).isTrue();
    }

    @Test
    void aRecentFileOpensFromTheMenuAfterTheQuestion(FxRobot robot) throws Exception {
        Path other = dir.resolve("other.json");
        MapFile.save(TestMaps.small().withLinks(List.of()), other);
        robot.interact(() -> window.open(other));
        robot.interact(() -> window.open(file));
        assertThat(window.files().recent().files()).startsWith(file.toAbsolutePath(), other.toAbsolutePath());
        robot.interact(() -> model.perform(SaveTest.MOVE));

        // Into the submenu along its first item, so that the pointer crosses no other item of the File menu.
        robot.clickOn("#menuFile")
                .clickOn("#" + RecentMenu.ID)
                .moveTo("#recent-1")
                .clickOn("#recent-2");
        robot.clickOn(button(robot, FileDialogs.Unsaved.DISCARD));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.document().orElseThrow().file()).isEqualTo(other);
        assertThat(model.edits().isDirty()).isFalse();
        assertThat(window.files().recent().files()).startsWith(other.toAbsolutePath(), file.toAbsolutePath());
    }

    @Test
    void aRecentFileThatIsGoneIsGreyed(FxRobot robot) throws Exception {
        Path gone = dir.resolve("gone.json");
        MapFile.save(TestMaps.small(), gone);
        robot.interact(() -> window.open(gone));
        robot.interact(() -> window.open(file));
        Files.delete(gone);
        RecentMenu menu =
                (RecentMenu) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                        .filter(item -> RecentMenu.ID.equals(item.getId()))
                        .findFirst()
                        .orElseThrow();
        robot.interact(menu::refresh);
        assertThat(menu.getItems())
                .extracting(MenuItem::getText)
                .startsWith(
                        "1  test.json — " + dir.toAbsolutePath(), "2  gone.json — " + dir.toAbsolutePath() + "（找不到文件）");
        assertThat(menu.getItems()).extracting(MenuItem::isDisable).startsWith(false, true);
    }
}
