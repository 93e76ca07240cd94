package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog closed with the caret in its text field leaves no blinking caret behind: JavaFX's caret is an endless
 * animation, and while any animation runs every window pulses sixty times a second (decision 0065).
 */
@ExtendWith(ApplicationExtension.class)
class HiddenCaretsTest {

    private static final String CARET = "CaretBlinking";

    private Stage primary;

    @Start
    void start(Stage primary) {
        this.primary = primary;
        new MainWindow(primary, new MainViewModel(I18n.CHINESE)).show();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aDialogClosedWithTheCaretInItsFieldLeavesNoAnimationRunning(FxRobot robot) throws Exception {
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = new Stage();
                    stage.initOwner(primary);
                    TextField field = new TextField("旧版本");
                    stage.setScene(new Scene(new VBox(field), 300, 80));
                    stage.show();
                    stage.requestFocus();
                    field.requestFocus();
                    return stage;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(running()).as("the caret blinks while the dialog shows").anyMatch(a -> a.contains(CARET));

        robot.interact(dialog::hide);

        assertThat(running()).as("animations running once the dialog is closed").noneMatch(a -> a.contains(CARET));
    }

    private static List<String> running() throws Exception {
        return WaitForAsyncUtils.asyncFx(RunningAnimations::now).get(10, TimeUnit.SECONDS);
    }
}
