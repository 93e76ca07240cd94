package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog is the window's: owned, centred on it, not modal for the platform (which un-maximises), yet blocking it. */
@ExtendWith(ApplicationExtension.class)
class OwnedDialogTest {

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aDialogOverAMaximisedWindowIsCentredOnItBlocksItAndLeavesItMaximised(FxRobot robot) {
        Stage[] owner = new Stage[1];
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            owner[0] = new Stage();
            owner[0].setScene(new Scene(new StackPane(), 900, 600));
            owner[0].show();
            owner[0].setMaximized(true);
            alert[0] = AboutDialog.create(owner[0], I18n.of(I18n.CHINESE));
            OwnedDialog.prepare(alert[0], owner[0], null);
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alert[0].getOwner()).isSameAs(owner[0]);
        assertThat(alert[0].getModality()).as("not modal for the platform").isEqualTo(Modality.NONE);
        assertThat(OwnedDialog.blocked(owner[0])).isTrue();
        assertThat(owner[0].isMaximized()).isTrue();
        Window shown = alert[0].getDialogPane().getScene().getWindow();
        assertThat(shown.getX() + shown.getWidth() / 2)
                .isCloseTo(owner[0].getX() + owner[0].getWidth() / 2, within(2.0));
        assertThat(shown.getY()).isGreaterThanOrEqualTo(0);
        robot.interact(alert[0]::close);
        assertThat(OwnedDialog.blocked(owner[0])).isFalse();
        assertThat(owner[0].isMaximized()).isTrue();
    }

    @Test
    void aDialogTheUserResizedOpensAtThatSizeNextTimeAndOthersAtTheirOwn(FxRobot robot) {
        OwnedDialog.sizesIn(new MemoryPreferences());
        Stage[] owner = new Stage[1];
        robot.interact(() -> {
            owner[0] = new Stage();
            owner[0].setScene(new Scene(new StackPane(), 1000, 700));
            owner[0].show();
        });
        Alert first = showResizable(robot, owner[0], "kept");
        Window window = first.getDialogPane().getScene().getWindow();
        double width = window.getWidth() + 150;
        double height = window.getHeight() + 90;
        robot.interact(() -> {
            window.setWidth(width);
            window.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(first::close);

        Alert again = showResizable(robot, owner[0], "kept");
        assertThat(again.getWidth()).isCloseTo(width, within(2.0));
        assertThat(again.getHeight()).isCloseTo(height, within(2.0));
        robot.interact(again::close);
        Alert other = showResizable(robot, owner[0], "other");
        assertThat(other.getWidth()).as("another dialog's size is its own").isLessThan(width - 100);
        robot.interact(other::close);
    }

    private static Alert showResizable(FxRobot robot, Stage owner, String name) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = AboutDialog.create(owner, I18n.of(I18n.CHINESE));
            alert[0].setResizable(true);
            OwnedDialog.prepare(alert[0], owner, name);
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return alert[0];
    }

    @Test
    void aDialogWhoseWindowIsClosedWithoutItLeavesTheOwnerListening(FxRobot robot) {
        // As FxToolkit.cleanupStages and a window manager's close do: the dialog's window is hidden directly,
        // and the dialog never hears of it. The owner (a test's primary stage lives on) must take input again.
        Stage[] owner = new Stage[1];
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            owner[0] = new Stage();
            owner[0].setScene(new Scene(new StackPane(), 600, 400));
            owner[0].show();
            alert[0] = AboutDialog.create(owner[0], I18n.of(I18n.CHINESE));
            OwnedDialog.prepare(alert[0], owner[0], null);
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OwnedDialog.blocked(owner[0])).isTrue();
        robot.interact(() -> alert[0].getDialogPane().getScene().getWindow().hide());
        assertThat(OwnedDialog.blocked(owner[0])).isFalse();
    }
}
