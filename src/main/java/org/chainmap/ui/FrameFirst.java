package org.chainmap.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An edit's provisional painter before its analysis and layout (decision 0058). On a large map the edit's event
 * queues the analysis and the chain's layout on the analysis thread, then asks the painting thread for the painter
 * that shows the edit; on two cores the analysis and the layout took the cores and the painter waited. Now the
 * edit's event says a painter is expected ({@link #expect}) before anything is queued, and each piece of the
 * analysis thread starts only once that painter is made, or fails, or is not asked in the event after all
 * ({@link #shown}), or a newer edit comes, and at most {@link #AT_MOST} after it began waiting: a painter held or
 * skipped never stops the analysis.
 *
 * <p>{@link #expect}, {@link #shown}, {@link #asked} and {@link #cancelled} run on the JavaFX thread; {@link
 * #await} on the analysis thread.
 */
public final class PainterFirst {

    /** How long a piece of the analysis thread waits for the painter at most. */
    static final Duration AT_MOST = Duration.ofMillis(300);

    /** Completed once the expected painter is made; completed from the start: nothing expected. */
    private volatile CompletableFuture<Void> painted = CompletableFuture.completedFuture(null);

    private volatile long atMostNanos = AT_MOST.toNanos();
    private final AtomicInteger waiting = new AtomicInteger();
    private boolean asked;

    /** An edit of a large map is being shown: the analysis thread's pieces from now on wait for its painter. */
    void expect() {
        painted.complete(null); // an older edit's work waits no longer: it is overtaken anyway
        painted = new CompletableFuture<>();
        asked = false;
    }

    /** The edit's event has ended: if it asked for no painter (the map hidden, no chain), nothing waits. */
    void shown() {
        if (!asked) {
            painted.complete(null);
        }
    }

    /**
     * A painter is asked for the map shown: the painting thread runs the runnable given back once it is made or
     * has failed.
     */
    public Runnable asked() {
        CompletableFuture<Void> expected = painted;
        asked = true;
        return () -> expected.complete(null);
    }

    /** The painter under way will not be taken in: nothing waits for it. */
    public void cancelled() {
        painted.complete(null);
    }

    /** Waits, on the analysis thread, for the painter expected if any, at most {@link #AT_MOST}. */
    void await() {
        CompletableFuture<Void> expected = painted;
        if (expected.isDone()) {
            return;
        }
        waiting.incrementAndGet();
        try {
            expected.get(atMostNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException late) {
            // the painter is late or failed: the analysis goes on all the same
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Whether a piece of the analysis thread is waiting for a painter now (tests). */
    public boolean waiting() {
        return waiting.get() > 0;
    }

    /** Waits for a painter at most {@code atMost} (tests: a painter held by a latch). */
    public void atMost(Duration atMost) {
        atMostNanos = atMost.toNanos();
    }
}
