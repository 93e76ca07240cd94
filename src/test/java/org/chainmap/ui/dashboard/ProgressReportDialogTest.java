package org.chainmap.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
 * Dashboard ▸ Progress report…: the dialog asks against what (the backup is greyed out for a map never saved over),
 * the snapshots alone are chosen, the file is named (the save dialog answered by the test), and the page is written
 * with the chains' charts inline.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressReportDialogTest {

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
        DashboardExports.saving = org.chainmap.ui.OwnedDialog::save;
        FxToolkit.cleanupStages();
    }

    @Test
    void theReportFromTheSnapshotsIsWrittenWhereChosen(FxRobot robot) throws Exception {
        Path target = dir.resolve("季度报告");
        String[] offered = new String[1];
        DashboardExports.saving = (chooser, owner) -> {
            offered[0] = chooser.getInitialFileName();
            // the page, not the workbook the dialog offers first
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
            return target.toFile();
        };
        robot.clickOn("#" + DashboardView.TAB_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dashboardReport");
        WaitForAsyncUtils.waitForFxEvents();
        I18n text = model.texts();
        Button backup = button(robot, text.text("dashboard.since.backup"));
        assertThat(backup.isDisabled())
                .as("no backup of a map never saved over")
                .isTrue();
        robot.clickOn(button(robot, text.text("dashboard.since.snapshots")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offered[0]).endsWith(".xlsx");
        Path page = dir.resolve("季度报告.html");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.isRegularFile(page) && Files.size(page) > 0);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("<svg ").contains("id=\"c1-").contains("甲链");
        assertThat(new File(target.toString() + ".xlsx")).doesNotExist();
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> model.statusProperty().get().contains("季度报告.html"));
    }

    private static Button button(FxRobot robot, String words) {
        Node found = robot.lookup(node -> node instanceof Button button && words.equals(button.getText()))
                .query();
        return (Button) found;
    }
}
