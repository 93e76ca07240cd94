package org.chainmap.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Runs something on the JavaFX thread after a delay, timed by a thread of its own rather than by a
 * {@code PauseTransition}: a running animation, however long, makes JavaFX pulse every window sixty times a second
 * till it ends (docs/performance.md, "cmpfluid").
 */
public final class FxDelay {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "chainmap-fx-delay");
        thread.setDaemon(true);
        return thread;
    });

    private FxDelay() {}

    /** Runs {@code action} on the JavaFX thread once {@code delay} has passed. */
    public static void after(Duration delay, Runnable action) {
        TIMER.schedule(() -> Platform.runLater(action), Math.round(delay.toMillis()), TimeUnit.MILLISECONDS);
    }
}
