package org.chainmap.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Runs something on the JavaFX thread after a delay, or every so often, timed by a thread of its own rather than by
 * a {@code PauseTransition} or a {@code Timeline}: a running animation, however long, makes JavaFX pulse every window
 * sixty times a second till it ends (docs/performance.md, "cmpfluid"; decision 0065).
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

    /**
     * Runs {@code action} on the JavaFX thread every {@code period}, the first time after one period, till the
     * returned {@link Runnable} is run (any thread; the action does not run after it on the JavaFX thread). A run
     * still queued on the JavaFX thread is not queued again: runs never pile up behind long work.
     */
    public static Runnable every(Duration period, Runnable action) {
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicBoolean queued = new AtomicBoolean();
        long millis = Math.max(1, Math.round(period.toMillis()));
        ScheduledFuture<?> ticks = TIMER.scheduleAtFixedRate(
                () -> {
                    if (queued.compareAndSet(false, true)) {
                        Platform.runLater(() -> {
                            queued.set(false);
                            if (!stopped.get()) {
                                action.run();
                            }
                        });
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
        return () -> {
            stopped.set(true);
            ticks.cancel(false);
        };
    }
}
