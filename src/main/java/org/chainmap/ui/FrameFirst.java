package org.chainmap.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * An edit's frame before its analysis and layout (decisions 0058 and 0068). On a large map the edit's event queues
 * the analysis and the chain's layout on the analysis thread, then asks the painting thread for the painter that
 * shows the edit; on two cores the analysis and the layout took the cores from the painter, from its handover and
 * from the canvas's paint, and their allocations brought G1's young pauses between the edit and its frame. Now the
 * edit's event says a frame is expected ({@link #expect}) before anything is queued, and each piece of the analysis
 * thread starts only once the frame that shows the edit's painter has come (the canvas runs the runnable {@link
 * #asked} gives back after that frame, {@code MapSurface.afterFrame}), or the painter failed, or none is asked in
 * the event after all ({@link #shown}), or it is cancelled, or a newer edit comes, and at most {@link #AT_MOST}
 * after it began waiting: a painter held, a frame that does not come (a hidden canvas) never stop the analysis. An
 * edit that asks for no painter (the views made of nodes, decision 0072) is shown by the window's next frame ({@link
 * #shownIn}), which the analysis waits for in the same way.
 *
 * <p>{@link #expect}, {@link #shown}, {@link #asked} and {@link #cancelled} run on the JavaFX thread; {@link
 * #await} on the analysis thread.
 */
public final class FrameFirst {

    /** How long a piece of the analysis thread waits for the edit's frame at most. */
    static final Duration AT_MOST = Duration.ofSeconds(1);

    /** Completed once the expected frame has come; completed from the start: nothing expected. */
    private volatile CompletableFuture<Void> painted = CompletableFuture.completedFuture(null);

    private volatile long atMostNanos = AT_MOST.toNanos();
    private final AtomicInteger waiting = new AtomicInteger();
    private boolean asked;
    /** The window whose next frame shows an edit that asked for no painter; none: nothing to wait for. */
    private Stage window;
    /** What runs after the window's next frame. */
    private final List<Runnable> afterFrame = new ArrayList<>();

    private final Runnable framed = this::framed;
    /** Keeps {@link #framed} on the window's scene, whichever it is. */
    private final ChangeListener<Scene> sceneChanged = (o, was, now) -> {
        if (was != null) {
            was.removePostLayoutPulseListener(framed);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(framed);
        }
    };

    /** An edit of a large map is being shown: the analysis thread's pieces from now on wait for its frame. */
    void expect() {
        painted.complete(null); // an older edit's work waits no longer: it is overtaken anyway
        painted = new CompletableFuture<>();
        asked = false;
    }

    /**
     * The edit's event has ended. If it asked for no painter (the Columns view, the panorama, the lists shown), the
     * views brought themselves up to date in the event, and the window's next frame shows the edit: the analysis waits
     * for that frame, as it does for the map's; with no window showing, nothing waits.
     */
    void shown() {
        CompletableFuture<Void> expected = painted;
        if (asked || expected.isDone()) {
            return; // a painter shows it, or nothing was expected (a small map)
        }
        if (window == null || !window.isShowing() || window.getScene() == null) {
            expected.complete(null);
            return;
        }
        afterFrame.add(() -> expected.complete(null));
        Platform.requestNextPulse();
    }

    /**
     * The edits are shown in {@code stage}: an edit that asks for no painter is shown by its next frame, which the
     * analysis waits for. Runs on the JavaFX thread.
     */
    public void shownIn(Stage stage) {
        if (window != null) {
            window.sceneProperty().removeListener(sceneChanged);
            sceneChanged.changed(null, window.getScene(), null);
        }
        window = stage;
        stage.sceneProperty().addListener(sceneChanged);
        sceneChanged.changed(null, null, stage.getScene());
    }

    /** At each pulse of the window: what waited for its frame runs once the pulse is over. */
    private void framed() {
        if (afterFrame.isEmpty()) {
            return;
        }
        List<Runnable> shown = List.copyOf(afterFrame);
        afterFrame.clear();
        Platform.runLater(() -> shown.forEach(Runnable::run));
    }

    /**
     * A painter is asked for the map shown: the runnable given back is run once the frame that shows it has come,
     * or once the painter has failed.
     */
    public Runnable asked() {
        CompletableFuture<Void> expected = painted;
        asked = true;
        return () -> expected.complete(null);
    }

    /**
     * The painter under way will not be taken in, or not shown: nothing waits for it. An edit that asked for none
     * still waits for the window's next frame (a hidden map cancels its painter on every edit).
     */
    public void cancelled() {
        if (asked) {
            painted.complete(null);
        }
    }

    /** Another map is opened: nothing waits any longer. */
    void forgotten() {
        painted.complete(null);
    }

    /** Waits, on the analysis thread, for the frame expected if any, at most {@link #AT_MOST}. */
    void await() {
        CompletableFuture<Void> expected = painted;
        if (expected.isDone()) {
            return;
        }
        waiting.incrementAndGet();
        try {
            expected.get(atMostNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException late) {
            // the frame is late or the painter failed: the analysis goes on all the same
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Whether a piece of the analysis thread is waiting for a frame now (tests). */
    public boolean waiting() {
        return waiting.get() > 0;
    }

    /** Waits for a frame at most {@code atMost} (tests: a painter held by a latch). */
    public void atMost(Duration atMost) {
        atMostNanos = atMost.toNanos();
    }
}
