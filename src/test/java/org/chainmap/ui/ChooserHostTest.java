package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A system file chooser is never given the window it is for, which JavaFX on Linux would disable and Openbox then
 * un-maximise (JDK-8332222), but an unowned host window at that window's centre; the window takes no input while
 * the chooser is open, and all of it again after. The host shows for a few frames before the chooser opens, so that
 * GTK centres the chooser on the host's real place (on screen under Openbox: decision 0057).
 */
@ExtendWith(ApplicationExtension.class)
class ChooserHostTest {

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aChooserOverAMaximisedWindowIsShownOverAnUnownedHostWhileTheWindowIgnoresInput(FxRobot robot) {
        Stage[] owner = new Stage[1];
        List<Window> given = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        List<KeyEvent> heard = new ArrayList<>();
        File file = new File("chosen.json");
        File[] chosen = new File[1];
        long[] frames = new long[1];
        AnimationTimer frameCounter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames[0]++;
            }
        };
        robot.interact(() -> {
            owner[0] = new Stage();
            owner[0].setScene(new Scene(new StackPane(), 900, 600));
            owner[0].getScene().addEventHandler(KeyEvent.KEY_PRESSED, heard::add);
            owner[0].show();
            owner[0].setMaximized(true);
            frameCounter.start();
            chosen[0] = ChooserHost.show(owner[0], window -> {
                seen.add(frames[0]);
                given.add(window);
                seen.add(window.isShowing());
                seen.add(window instanceof Stage stage ? stage.getOwner() : "not a stage");
                seen.add(window.getX() + window.getWidth() / 2 - (owner[0].getX() + owner[0].getWidth() / 2));
                Event.fireEvent(owner[0].getScene().getRoot(), press());
                return file;
            });
        });

        frameCounter.stop();
        assertThat((long) seen.remove(0))
                .as("frames between the host's showing and the chooser's: the window system has placed the host, "
                        + "which GTK centres the chooser on")
                .isPositive();
        assertThat(chosen[0]).isSameAs(file);
        assertThat(given).hasSize(1);
        assertThat(given.get(0)).as("the chooser's window").isNotSameAs(owner[0]);
        assertThat(given.get(0).getProperties()).containsKey(ChooserHost.HOST);
        assertThat(seen.get(0)).as("the host shows while the chooser does").isEqualTo(true);
        assertThat(seen.get(1)).as("the host has no owner JavaFX would disable").isNull();
        assertThat((double) seen.get(2)).as("the host at the window's centre").isCloseTo(0.0, within(2.0));
        assertThat(heard)
                .as("the window ignores keys while the chooser is open")
                .isEmpty();
        assertThat(given.get(0).isShowing()).as("the host is gone after").isFalse();
        assertThat(owner[0].isMaximized()).isTrue();

        robot.interact(() -> Event.fireEvent(owner[0].getScene().getRoot(), press()));
        assertThat(heard).as("the window hears keys again").hasSize(1);
    }

    @Test
    void withNoWindowShowingTheChooserIsShownAsAsked(FxRobot robot) {
        List<Window> given = new ArrayList<>();
        robot.interact(() -> ChooserHost.show(null, window -> {
            given.add(window);
            return null;
        }));
        assertThat(given).containsExactly((Window) null);
    }

    private static KeyEvent press() {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, false, false, false);
    }
}
