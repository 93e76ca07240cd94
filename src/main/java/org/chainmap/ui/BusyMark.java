package org.chainmap.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;

/**
 * The status bar's mark that work is under way: an open ring turned an eighth of a turn {@value #STEPS_PER_SECOND}
 * times a second while it is visible, the steps timed by a thread of its own. Not JavaFX's indeterminate
 * {@code ProgressIndicator}: its animation changed the scene at every frame, sixty times a second, and each such
 * pulse walks the bounds of the whole scene, which in compare mode on a large map took much of the JavaFX thread for
 * as long as a comparison was being made in the background (docs/performance.md, "cmpfluid").
 */
final class BusyMark extends Arc {

    /** How often the ring turns. */
    static final int STEPS_PER_SECOND = 8;

    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "chainmap-busy-mark");
        thread.setDaemon(true);
        return thread;
    });

    /** Whether a step is queued on the JavaFX thread and not yet taken: steps never pile up behind long work. */
    private final AtomicBoolean queued = new AtomicBoolean();

    private ScheduledFuture<?> turning;

    BusyMark() {
        super(7, 7, 5.5, 5.5, 90, 270);
        setType(ArcType.OPEN);
        setFill(null);
        setStrokeWidth(2);
        getStyleClass().add(Styles.BUSY_MARK);
        visibleProperty().addListener((property, was, now) -> turn(now));
        sceneProperty().addListener((property, was, now) -> turn(isVisible()));
        turn(isVisible());
    }

    /** Whether the ring is turning now (tests). */
    boolean turning() {
        return turning != null;
    }

    private void turn(boolean visible) {
        boolean on = visible && getScene() != null;
        if (on && turning == null) {
            long period = 1000 / STEPS_PER_SECOND;
            turning = TICKS.scheduleAtFixedRate(this::queueStep, period, period, TimeUnit.MILLISECONDS);
        } else if (!on && turning != null) {
            turning.cancel(false);
            turning = null;
        }
    }

    private void queueStep() {
        if (queued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                queued.set(false);
                if (turning != null) {
                    setRotate((getRotate() + 45) % 360);
                }
            });
        }
    }
}
