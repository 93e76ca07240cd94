package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The progress window closes when the work ends and never turns a finished work into a cancelled one. */
@ExtendWith(ApplicationExtension.class)
class ProgressDialogTest {

    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage primary) {
        stage = primary;
        primary.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        primary.show();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void quickWorkSucceedsEveryTime(FxRobot robot) throws Exception {
        // A Task says SUCCEEDED a moment before its future is done: closing the window then must not cancel it.
        List<Task<String>> works = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Task<String> work = new Task<>() {
                @Override
                protected String call() {
                    return "done";
                }
            };
            works.add(work);
            robot.interact(() -> ProgressDialog.run(stage, I18n.of(I18n.ENGLISH), "t", "h", work, "quick"));
        }
        for (Task<String> work : works) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, work::isDone);
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (Task<String> work : works) {
            assertThat(WaitForAsyncUtils.asyncFx(work::getState).get()).isEqualTo(Worker.State.SUCCEEDED);
        }
        assertThat(robot.lookup("#" + ProgressDialog.BAR_ID).tryQuery()).isEmpty();
    }

    @Test
    void closingTheWindowCancelsTheWork(FxRobot robot) throws Exception {
        Task<String> work = new Task<>() {
            @Override
            protected String call() throws Exception {
                Thread.sleep(30_000);
                return "late";
            }
        };
        robot.interact(() -> ProgressDialog.run(stage, I18n.of(I18n.ENGLISH), "t", "h", work, "slow"));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, work::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(work::getState).get()).isEqualTo(Worker.State.CANCELLED);
    }
}
