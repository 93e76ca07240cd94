package org.chainmap.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import org.chainmap.io.MapReader;
import org.chainmap.io.Recovery;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.AppData;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.MemoryPreferences;
import org.chainmap.ui.TestMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work survives a crash: a real ChainMap in another JVM makes an edit and is killed before saving; its
 * recovery copy holds the edit, and the next start offers it, restores it as unsaved work on the original
 * file, and saves it there.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAfterCrashTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void workKilledMidEditIsOfferedAndRestoredAtTheNextStart(FxRobot robot) throws Exception {
        Path file = TestMaps.writeSmall(dir);
        Path recovery = dir.resolve("recovery");
        killMidEdit(file, recovery);

        // What the crash left: a copy with the edit, the file as it was.
        List<Recovery> orphans = new RecoveryStore(recovery).orphans();
        assertThat(orphans).hasSize(1);
        Recovery left = orphans.get(0);
        assertThat(left.original()).isEqualTo(file.toAbsolutePath());
        RegionMap copy = MapReader.read(left.copy()).map().orElseThrow();
        assertThat(copy.enterprise("copper").orElseThrow().mainSegment()).isEqualTo("power.steel");
        assertThat(MapReader.read(file).map()).contains(TestMaps.small());

        // The next start offers it.
        RecoveryStore store = new RecoveryStore(recovery);
        MainViewModel model = new MainViewModel(I18n.CHINESE);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(new javafx.stage.Stage(), model, new AppData(new MemoryPreferences(), store));
            window[0].show();
            window[0].openAtStartup(file);
            window[0].offerRecovery();
        });
        Button restore = robot.lookup("#" + FileDialogs.buttonId(FileDialogs.Recover.RESTORE))
                .queryButton();
        assertThat(restore.getText()).isEqualTo("恢复");
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("test.json 有一份写于 ")
                .endsWith("保存时写入 " + file.toAbsolutePath() + "。");
        robot.clickOn(restore);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.map()).contains(copy);
        assertThat(model.edits().isDirty()).isTrue();
        assertThat(model.document().orElseThrow().file()).isEqualTo(file.toAbsolutePath());
        assertThat(model.titleProperty().get()).isEqualTo("测试市 — 产业链图谱 — *test.json");
        assertThat(store.orphans()).as("taken over by this session").isEmpty();
        assertThat(store.copy()).exists();

        // Saved where it belongs; the copy goes.
        robot.interact(() -> window[0].files().save(() -> {}));
        window[0].files().autosave().flush().get(10, TimeUnit.SECONDS);
        assertThat(MapReader.read(file).map()).contains(copy);
        assertThat(model.edits().isDirty()).isFalse();
        assertThat(recovery).isEmptyDirectory();
    }

    @Test
    void laterKeepsTheCopyAndDiscardDeletesIt(FxRobot robot) throws Exception {
        Path file = TestMaps.writeSmall(dir);
        Path recovery = dir.resolve("recovery");
        leftByACrash(recovery, file);
        for (FileDialogs.Recover answer : List.of(FileDialogs.Recover.LATER, FileDialogs.Recover.DISCARD)) {
            MainViewModel model = new MainViewModel(I18n.CHINESE);
            robot.interact(() -> {
                MainWindow window = new MainWindow(
                        new javafx.stage.Stage(),
                        model,
                        new AppData(new MemoryPreferences(), new RecoveryStore(recovery)));
                window.show();
                window.openAtStartup(file);
                window.offerRecovery();
            });
            robot.clickOn("#" + FileDialogs.buttonId(answer));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(model.map()).contains(TestMaps.small());
            assertThat(model.edits().isDirty()).isFalse();
            assertThat(new RecoveryStore(recovery).orphans()).hasSize(answer == FileDialogs.Recover.LATER ? 1 : 0);
            FxToolkit.cleanupStages();
        }
    }

    /** A copy of the small map with an edit, as a session that no longer runs left it (without killing one). */
    private static void leftByACrash(Path recovery, Path file) throws Exception {
        RecoveryStore crashed = new RecoveryStore(recovery);
        crashed.write(TestMaps.small().withLinks(List.of()), file, "test.json");
        Path sidecar = crashed.copy()
                .resolveSibling(crashed.copy().getFileName().toString().replace(".json", ".properties"));
        String about = Files.readString(sidecar, StandardCharsets.UTF_8);
        // A process id above every system's maximum: no process has it.
        Files.writeString(
                sidecar, about.replaceAll("(?m)^pid=.*$", "pid=" + Integer.MAX_VALUE), StandardCharsets.UTF_8);
    }

    /**
     * Starts {@link CrashingSession} on {@code file} in a JVM of its own with autosave every second into
     * {@code recovery}, waits for its copy, and kills it.
     */
    private void killMidEdit(Path file, Path recovery) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path output = dir.resolve("session.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Duser.home=" + home,
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "-D" + RecoveryStore.DIR_PROPERTY + "=" + recovery,
                "-D" + Autosave.SECONDS_PROPERTY + "=1",
                CrashingSession.class.getName(),
                file.toString()));
        Process session = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            // Generous: a second JVM with JavaFX starts in seconds on a quiet machine, in a minute under a load of 30.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(edited(output) && copied(recovery))) {
                assertThat(session.isAlive())
                        .as("the session runs: %s", Files.readString(output, StandardCharsets.UTF_8))
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("the session wrote its copy in time")
                        .isLessThan(deadline);
                Thread.sleep(100);
            }
        } finally {
            session.destroyForcibly();
            session.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean edited(Path output) throws IOException {
        return Files.exists(output)
                && Files.readString(output, StandardCharsets.UTF_8).contains(CrashingSession.EDITED);
    }

    private static boolean copied(Path recovery) throws IOException {
        if (!Files.isDirectory(recovery)) {
            return false;
        }
        try (var files = Files.list(recovery)) {
            return files.filter(each -> !each.getFileName().toString().endsWith(".tmp"))
                            .count()
                    == 2;
        }
    }
}
