package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The application's start work waits for the window's first frame. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("first frame")));
        stage.show();
    }

    @Test
    void theWorkRunsAfterAFrameNotBefore() throws InterruptedException {
        AtomicInteger pulses = new AtomicInteger();
        AtomicInteger pulsesBeforeWork = new AtomicInteger(-1);
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer counting = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        Platform.runLater(() -> {
            counting.start();
            FirstFrame.then(() -> {
                pulsesBeforeWork.set(pulses.get());
                done.countDown();
            });
        });

        boolean ran = done.await(20, TimeUnit.SECONDS);
        // Stopped, or it would keep every window of the tests after this one pulsing sixty times a second.
        Platform.runLater(counting::stop);
        assertThat(ran).isTrue();
        assertThat(pulsesBeforeWork.get())
                .as("pulses begun before the work ran")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theTrainingRunIsOffUnlessAsked() {
        assertThat(FirstFrame.exitAfterStart()).isFalse();
        assertThat(FirstFrame.EXIT_AFTER_START).isEqualTo("chainmap.exitAfterStart");
    }
}
