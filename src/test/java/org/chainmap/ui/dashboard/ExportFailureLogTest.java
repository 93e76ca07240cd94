package org.chainmap.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.chainmap.platform.LogFile;
import org.chainmap.progress.ProgressFixtures;
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
 * Dashboard ▸ Progress report… to a place that cannot be written (a folder of that name, not empty): the failure
 * lands in the user's log with its cause (issue 18: "autosave and export failures land there too").
 */
@ExtendWith(ApplicationExtension.class)
class ExportFailureLogTest {

    @TempDir
    static Path dir;

    private MainViewModel model;
    private LogFile log;

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, ProgressFixtures.now(), StandardCharsets.UTF_8);
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(file);
    }

    @AfterEach
    void close() throws TimeoutException {
        DashboardExports.saving = org.chainmap.ui.OwnedDialog::save;
        if (log != null) {
            log.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aReportThatCannotBeWrittenIsLogged(FxRobot robot) throws Exception {
        log = LogFile.open(dir.resolve("logs"), LogFile.LIMIT, LogFile.COUNT).orElseThrow();
        Path held = Files.createDirectories(dir.resolve("held.html"));
        Files.writeString(held.resolve("inside.txt"), "keeps the folder from being replaced");
        DashboardExports.saving = (chooser, owner) -> {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
            return held.toFile();
        };
        robot.clickOn("#" + DashboardView.TAB_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dashboardReport");
        WaitForAsyncUtils.waitForFxEvents();
        String snapshots = model.texts().text("dashboard.since.snapshots");
        Node alone = robot.lookup(node -> node instanceof Button button && snapshots.equals(button.getText()))
                .query();
        robot.clickOn(alone);
        Path file = log.current();
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> Files.isRegularFile(file)
                        && Files.readString(file, StandardCharsets.UTF_8).contains("held.html"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("WARNING")
                .contains("Export to " + held + " failed");
        assertThat(held.resolve("inside.txt")).exists();
    }
}
