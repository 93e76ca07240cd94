package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chainmap.platform.LogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error nothing caught, on the JavaFX thread or another, is written to the log and shown in a dialog. */
@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorsTest {

    @TempDir
    static Path logs;

    private Stage stage;
    private Thread.UncaughtExceptionHandler fxHandler;
    private Thread.UncaughtExceptionHandler defaultHandler;

    @Start
    void start(Stage primary) {
        stage = primary;
        primary.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        primary.show();
        fxHandler = Thread.currentThread().getUncaughtExceptionHandler();
        defaultHandler = Thread.getDefaultUncaughtExceptionHandler();
        System.setProperty(LogFile.FOLDER_PROPERTY, logs.toString());
        assertThat(LogFile.start()).isPresent();
        new UnexpectedErrors(primary, () -> I18n.of(I18n.ENGLISH)).install();
    }

    @AfterEach
    void restore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(fxHandler))
                .get();
        Thread.setDefaultUncaughtExceptionHandler(defaultHandler);
        LogFile.started().ifPresent(LogFile::close);
        System.clearProperty(LogFile.FOLDER_PROPERTY);
        FxToolkit.cleanupStages();
    }

    @Test
    void anErrorOnTheFxThreadIsLoggedAndShownWithTheLogAndItsDetails(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("the 断链 marker broke");
        });
        DialogPane pane = dialog(robot);
        assertThat(pane.getScene().getWindow()).isInstanceOf(Stage.class);
        assertThat(((Stage) pane.getScene().getWindow()).getOwner()).isSameAs(stage);
        assertThat(pane.getHeaderText()).isEqualTo(I18n.of(I18n.ENGLISH).text("dialog.error.header"));
        assertThat(robot.lookup("#" + ErrorDialog.LOG_ID)
                        .queryAs(TextField.class)
                        .getText())
                .isEqualTo(logs.resolve("chainmap-0.log").toAbsolutePath().toString());
        String logged = Files.readString(logs.resolve("chainmap-0.log"), StandardCharsets.UTF_8);
        assertThat(logged)
                .contains("Unexpected error in thread \"JavaFX Application Thread\"")
                .contains("java.lang.IllegalStateException: the 断链 marker broke")
                .contains("at org.chainmap.ui.UnexpectedErrorsTest");

        robot.clickOn("#" + ErrorDialog.COPY_ID);
        String copied = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getString())
                .get();
        assertThat(copied).startsWith("ChainMap ").contains("IllegalStateException: the 断链 marker broke");
        assertThat(robot.lookup("#" + ErrorDialog.COPY_ID).queryAs(Button.class).getText())
                .isEqualTo(I18n.of(I18n.ENGLISH).text("error.copied"));
    }

    @Test
    void anErrorOnAnotherThreadToo(FxRobot robot) throws Exception {
        Thread worker = new Thread(
                () -> {
                    throw new ArithmeticException("local rate of nothing");
                },
                "autosave-test");
        worker.start();
        worker.join();
        dialog(robot);
        assertThat(Files.readString(logs.resolve("chainmap-0.log"), StandardCharsets.UTF_8))
                .contains("Unexpected error in thread \"autosave-test\"")
                .contains("ArithmeticException: local rate of nothing");
    }

    private static DialogPane dialog(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        throw new AssertionError("no dialog");
    }
}
