package org.chainmap.ui.files;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;

/**
 * Writes a recovery copy of the open map every {@value #DEFAULT_SECONDS} seconds (the system property
 * {@value #SECONDS_PROPERTY} chooses another interval) while it has unsaved changes, and deletes it once
 * it has none: after a save, a discard, or when the window closes. The copy is written on a thread of its
 * own from the map as it was at the tick (the document is immutable), so the window never waits for it;
 * writes and deletes happen in the order they were asked for. The ticks come from that thread too, not from a JavaFX
 * {@code Timeline}: a running animation, however long its key frame, makes JavaFX pulse the window sixty times a
 * second for as long as it runs (docs/performance.md, "cmpfluid").
 */
final class Autosave {

    /** The system property giving the seconds between two copies. */
    static final String SECONDS_PROPERTY = "chainmap.autosave.seconds";

    /** The seconds between two copies, unless the property says otherwise. */
    static final int DEFAULT_SECONDS = 60;

    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final MainViewModel model;
    private final RecoveryStore store;
    private final long intervalMillis;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "chainmap-autosave");
        thread.setDaemon(true);
        return thread;
    });
    /** The map last given to the writer; {@code null} when there is no copy. */
    private RegionMap written;

    private boolean failureTold;

    /** Copies {@code model}'s map into {@code store} every {@code seconds}, once {@link #start()}ed. */
    Autosave(MainViewModel model, RecoveryStore store, double seconds) {
        this.model = model;
        this.store = store;
        this.intervalMillis = Math.max(1, Math.round(seconds * 1000));
    }

    /** The interval from {@value #SECONDS_PROPERTY}, else {@value #DEFAULT_SECONDS} seconds. */
    static double interval() {
        try {
            double seconds = Double.parseDouble(System.getProperty(SECONDS_PROPERTY, ""));
            return seconds > 0 ? seconds : DEFAULT_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_SECONDS;
        }
    }

    /** Starts the ticks. */
    void start() {
        if (!writer.isShutdown()) {
            writer.scheduleAtFixedRate(
                    () -> Platform.runLater(this::tick), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One tick: writes a copy when the map has unsaved changes not yet copied; deletes the copy when it has
     * none.
     */
    void tick() {
        if (writer.isShutdown()) {
            return;
        }
        RegionMap map = model.map().orElse(null);
        MapDocument shown = model.document().orElse(null);
        if (map != null && model.edits().isDirty()) {
            if (map != written) {
                written = map;
                writer.execute(() -> write(map, shown));
            }
        } else if (written != null) {
            discard();
        }
    }

    /** Deletes the copy: the work was saved or discarded. */
    void discard() {
        written = null;
        if (!writer.isShutdown()) {
            writer.execute(this::delete);
        }
    }

    /** Waits until every write and delete asked for so far is done (tests). */
    CompletableFuture<Void> flush() {
        return CompletableFuture.runAsync(() -> {}, writer);
    }

    /** Stops for good when the window closes: no more copies, and the copy is deleted before this returns. */
    void stop() {
        if (writer.isShutdown()) {
            return;
        }
        written = null;
        writer.execute(this::delete);
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(RegionMap map, MapDocument shown) {
        try {
            store.write(map, shown.file(), shown.name());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Recovery copy not written: " + e);
            Platform.runLater(() -> {
                if (!failureTold) {
                    failureTold = true;
                    model.announce(model.texts().text("status.autosaveFailed", String.valueOf(e.getMessage())));
                }
            });
        }
    }

    private void delete() {
        try {
            store.delete();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Recovery copy not deleted: " + e);
        }
    }
}
