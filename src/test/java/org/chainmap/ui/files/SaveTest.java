package org.chainmap.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapLock;
import org.chainmap.io.MapReader;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.chainmap.ui.AppData;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.MemoryPreferences;
import org.chainmap.ui.ProgressDialog;
import org.chainmap.ui.ShippedMap;
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
 * File ▸ Save and Save as…: the file holds the map on screen and reads back whole; a map with errors or a
 * file that cannot be written is explained and nothing is lost; a file someone else changed is not
 * overwritten without asking; the recovery copy follows the unsaved changes.
 */
@ExtendWith(ApplicationExtension.class)
class SaveTest {

    /** An edit: the copper firm moves to the silicon steel segment. */
    static final MoveEnterprise MOVE = new MoveEnterprise("copper", null, "power.steel");

    @TempDir
    Path dir;

    private Path file;
    private MainViewModel model;
    private MainWindow window;
    private RecoveryStore store;
    private MemoryPreferences preferences;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        file = TestMaps.writeSmall(dir);
        store = new RecoveryStore(dir.resolve("recovery"));
        preferences = new MemoryPreferences();
        model = new MainViewModel(I18n.CHINESE);
        // A stage of its own: the primary stage outlives the test, with the window's handlers on it.
        window = new MainWindow(new javafx.stage.Stage(), model, new AppData(preferences, store));
        window.show();
        window.openAtStartup(file);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void saveWritesTheMapAndReopeningFindsEverything(FxRobot robot) throws Exception {
        robot.interact(() -> model.perform(MOVE));
        assertThat(robot.lookup("#menuSave").tryQuery()).isEmpty(); // in the closed menu
        robot.clickOn("#menuFile").clickOn("#menuSave");
        WaitForAsyncUtils.waitForFxEvents();

        RegionMap edited = model.map().orElseThrow();
        assertThat(edited.enterprise("copper").orElseThrow().mainSegment()).isEqualTo("power.steel");
        assertThat(MapReader.read(file).map()).contains(edited);
        assertThat(MapReader.read(MapFile.backupOf(file)).map()).contains(TestMaps.small());
        assertThat(model.edits().isDirty()).isFalse();
        assertThat(model.titleProperty().get()).isEqualTo("测试市 — 产业链图谱 — test.json");
        assertThat(model.statusProperty().get()).endsWith("已保存到 " + file.toAbsolutePath());

        MainViewModel reopened = new MainViewModel(I18n.CHINESE);
        assertThat(reopened.open(file).ok()).isTrue();
        assertThat(reopened.map()).contains(edited);
    }

    @Test
    void theShippedCopySavesThroughSaveAsAndTheWindowNamesTheNewFile(FxRobot robot) throws Exception {
        Path chosen = dir.resolve("mine.json");
        Path[] suggested = new Path[1];
        robot.interact(() -> {
            model.show(new MapDocument(TestMaps.small(), null, ShippedMap.FILE_NAME, List.of()));
            model.perform(MOVE);
            window.files().chooser(offered -> {
                suggested[0] = offered;
                return Optional.of(chosen);
            });
            window.files().save(() -> {});
        });
        assertThat(suggested[0].getFileName()).hasToString(ShippedMap.FILE_NAME);
        assertThat(MapReader.read(chosen).map()).contains(model.map().orElseThrow());
        MapDocument shown = model.document().orElseThrow();
        assertThat(shown.file()).isEqualTo(chosen);
        assertThat(shown.name()).isEqualTo("mine.json");
        assertThat(model.titleProperty().get()).isEqualTo("测试市 — 产业链图谱 — mine.json");
        assertThat(model.edits().isDirty()).isFalse();
        assertThat(model.edits().undoableProperty().get())
                .as("the history stays")
                .isNotNull();
        assertThat(window.files().recent().files()).startsWith(chosen.toAbsolutePath());
    }

    @Test
    void aLargeMapIsSavedInTheBackground(FxRobot robot) throws Exception {
        Path target = dir.resolve("large.json");
        robot.interact(() -> {
            model.perform(MOVE);
            window.files().background(1); // a large map, as far as saving goes: quicker to show than 5,000 firms
            window.files().chooser(offered -> Optional.of(target));
            window.files().saveAs(() -> {});
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> target.equals(model.document().orElseThrow().file()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MapReader.read(target).map()).contains(model.map().orElseThrow());
        assertThat(model.edits().isDirty()).isFalse();
        assertThat(robot.lookup("#" + ProgressDialog.BAR_ID).tryQuery()).isEmpty();
        assertThat(model.statusProperty().get()).endsWith("已保存到 " + target.toAbsolutePath());
    }

    @Test
    void aMapWithErrorsIsRefusedWithItsProblemsAndNothingIsWritten(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(file);
        RegionMap broken = TestMaps.small().withLinks(List.of(SupplyLink.of("copper", "nobody", null)));
        robot.interact(() -> {
            model.show(new MapDocument(broken, file, "test.json", List.of()));
            window.files().save(() -> {});
        });
        TextArea problems = robot.lookup("#" + ProblemDialog.LIST_ID).queryAs(TextArea.class);
        assertThat(problems.getText()).startsWith("错误").contains("nobody");
        assertThat(labels(robot)).contains("图谱有1个错误，未写入 test.json。");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileThatCannotBeWrittenIsExplainedAndTheChangesStay(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "a file, not a folder");
        robot.interact(() -> {
            model.perform(MOVE);
            window.files().chooser(offered -> Optional.of(notAFolder.resolve("map.json")));
            window.files().saveAs(() -> {});
        });
        assertThat(labels(robot)).contains("无法写入 map.json。");
        assertThat(model.edits().isDirty()).isTrue();
        assertThat(model.document().orElseThrow().file()).isEqualTo(file);
        assertThat(MapReader.read(file).map()).contains(TestMaps.small());
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenWithoutAsking(FxRobot robot) throws Exception {
        RegionMap theirs = TestMaps.small().withLinks(List.of());
        robot.interact(() -> model.perform(MOVE));
        MapFile.save(theirs, file);

        robot.interact(() -> window.files().save(() -> {}));
        assertThat(labels(robot)).contains("test.json 在打开或保存之后被其他程序修改过。");
        robot.clickOn("#" + FileDialogs.buttonId(FileDialogs.Overwrite.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MapReader.read(file).map()).as("theirs stays").contains(theirs);
        assertThat(model.edits().isDirty()).isTrue();
        assertThat(robot.lookup(".dialog-pane").tryQuery())
                .as("the change was told once, not again when the window comes back to the front")
                .isEmpty();

        robot.interact(() -> window.files().save(() -> {}));
        robot.clickOn("#" + FileDialogs.buttonId(FileDialogs.Overwrite.OVERWRITE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MapReader.read(file).map()).contains(model.map().orElseThrow());
        assertThat(model.edits().isDirty()).isFalse();
        robot.interact(() -> window.files().save(() -> {}));
        assertThat(robot.lookup(".dialog-pane").tryQuery())
                .as("our own save is no change")
                .isEmpty();
    }

    @Test
    void aChangeOnDiskThatKeepsTheFilesTimeAndSizeIsStillNotOverwrittenWithoutAsking(FxRobot robot) throws Exception {
        robot.interact(() -> model.perform(MOVE));
        FileTime time = Files.getLastModifiedTime(file);
        String theirs = Files.readString(file, StandardCharsets.UTF_8).replace("测试市", "试验市");
        Files.writeString(file, theirs, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);

        robot.interact(() -> window.files().save(() -> {}));
        assertThat(labels(robot)).contains("test.json 在打开或保存之后被其他程序修改过。");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("theirs stays")
                .isEqualTo(theirs);
        robot.clickOn("#" + FileDialogs.buttonId(FileDialogs.Overwrite.OVERWRITE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(MapReader.read(file).map()).contains(model.map().orElseThrow());
        assertThat(model.edits().isDirty()).isFalse();
    }

    @Test
    void aSaveWhileAnImportWritesTheFileWaitsThenSaysSoAndTheChangesStay(FxRobot robot) throws Exception {
        robot.interact(() -> model.perform(MOVE));
        byte[] before = Files.readAllBytes(file);
        try (MapLock importing = MapLock.acquire(MapFile.targetOf(file), Duration.ofSeconds(1))) {
            robot.interact(() -> window.files().save(() -> {}));
            assertThat(String.join("\n", labels(robot))).contains("另一个 ChainMap 正在写入此文件（主机 ");
        }
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(model.edits().isDirty()).isTrue();
        robot.interact(() -> window.files().save(() -> {}));
        assertThat(MapReader.read(file).map())
                .as("once it is let go, the save goes through")
                .contains(model.map().orElseThrow());
    }

    @Test
    void comingBackToTheWindowOffersToReloadAFileChangedOnDisk(FxRobot robot) throws Exception {
        RegionMap theirs = TestMaps.small().withLinks(List.of());
        MapFile.save(theirs, file);
        robot.interact(() -> window.files().checkDisk());
        Button reload = robot.lookup("#" + FileDialogs.buttonId(FileDialogs.Reload.RELOAD))
                .queryButton();
        assertThat(reload.isDefaultButton()).isTrue();
        robot.clickOn(reload);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map()).contains(theirs);
        robot.interact(() -> window.files().checkDisk());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void withUnsavedChangesAChangeOnDiskIsToldOnceAndTheChangesStay(FxRobot robot) throws Exception {
        robot.interact(() -> model.perform(MOVE));
        RegionMap edited = model.map().orElseThrow();
        MapFile.save(TestMaps.small().withLinks(List.of()), file);
        robot.interact(() -> window.files().checkDisk());
        assertThat(labels(robot)).contains("你未保存的更改仍保留在屏幕上。保存时会先询问是否覆盖该文件。");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.files().checkDisk());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(model.map()).contains(edited);
    }

    @Test
    void aRecoveryCopyFollowsTheUnsavedChanges(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().autosave().tick());
        window.files().autosave().flush().get(10, TimeUnit.SECONDS);
        assertThat(Files.exists(store.copy())).as("nothing unsaved, no copy").isFalse();

        robot.interact(() -> {
            model.perform(MOVE);
            window.files().autosave().tick();
        });
        window.files().autosave().flush().get(10, TimeUnit.SECONDS);
        assertThat(MapReader.read(store.copy()).map()).contains(model.map().orElseThrow());

        robot.interact(() -> window.files().save(() -> {}));
        window.files().autosave().flush().get(10, TimeUnit.SECONDS);
        assertThat(Files.exists(store.copy())).as("saved: the copy goes").isFalse();
        assertThat(store.dir()).isEmptyDirectory();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
    }
}
