package org.chainmap.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Work that waits for a frame to be drawn: the application shows its window first and opens the map after
 * it, so that the window appears as soon as JavaFX can draw it rather than after the map is read, analysed
 * and laid out.
 */
final class FirstFrame {

    /**
     * The system property that makes the application exit after its start (window, map, the frame with the
     * map): the training run that records the classes of a start into a class-data-sharing archive
     * ({@code packaging/build-deb.sh}, {@code docs/packaging.md}).
     */
    static final String EXIT_AFTER_START = "chainmap.exitAfterStart";

    private FirstFrame() {}

    /**
     * Runs {@code work} on the JavaFX thread once the next frame has been drawn: after the second pulse from
     * now has begun, when the first has been rendered.
     */
    static void then(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    Platform.runLater(work);
                }
            }
        }.start();
    }

    /** Whether this run is the training run, which ends after its start. */
    static boolean exitAfterStart() {
        return Boolean.getBoolean(EXIT_AFTER_START);
    }
}
