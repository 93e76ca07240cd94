package org.chainmap.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.chainmap.platform.LogFile;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
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
 * A report or template that File ▸ Export report… or Save import template… cannot write lands in the user's log
 * with its cause (issue 18: "autosave and export failures land there too"), besides the dialog that tells it.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFailureLogTest {

    @TempDir
    Path dir;

    private Stage stage;
    private LogFile log;

    @Start
    void start(Stage primary) {
        stage = primary;
        primary.setScene(new Scene(new StackPane(), 400, 300));
        primary.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        if (log != null) {
            log.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aReportThatCannotBeWrittenIsLoggedWithItsCause(FxRobot robot) throws Exception {
        log = LogFile.open(dir.resolve("logs"), LogFile.LIMIT, LogFile.COUNT).orElseThrow();
        MainViewModel model = new MainViewModel(I18n.ENGLISH);
        Path target = dir.resolve("报告 Q3.xlsx");
        robot.interact(() -> SpreadsheetItems.addTo(new Menu(), () -> stage, model)
                .write(target, "status.reportWritten", out -> {
                    throw new IOException("the disk is full");
                }));
        Path file = log.current();
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> Files.isRegularFile(file)
                        && Files.readString(file, StandardCharsets.UTF_8).contains("the disk is full"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("WARNING")
                .contains("Export to " + target + " failed")
                .contains("java.io.IOException: the disk is full");
        assertThat(target).doesNotExist();
    }
}
