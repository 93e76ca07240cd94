package org.chainmap.ui;

import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.chainmap.model.LinkIndex;
import org.chainmap.model.RegionMap;

/**
 * The index of a large map's links by firm ({@link RegionMap#linkPositions}), built once the map is opened, after
 * its first frame, on a daemon thread of low priority (decision 0067): the first edit's painter then finds it made
 * instead of making it (about 2 s of wall at 100,000 firms). A painter that asks while it is being made waits for it
 * ({@link RegionMap#indexLinks}), so it is never made twice at once.
 */
final class LinkIndexing {

    private CompletableFuture<LinkIndex> indexed = new CompletableFuture<>();

    /** Starts indexing the links of {@code map}, just opened, when it is {@code large}. */
    void opened(RegionMap map, boolean large) {
        indexed.cancel(false);
        CompletableFuture<LinkIndex> done = new CompletableFuture<>();
        indexed = done;
        if (!large) {
            return;
        }
        Thread indexer = new Thread(
                () -> {
                    try {
                        done.complete(map.indexLinks());
                    } catch (RuntimeException failed) {
                        done.completeExceptionally(failed);
                    }
                },
                "chainmap-link-index");
        indexer.setDaemon(true);
        indexer.setPriority(Thread.MIN_PRIORITY);
        if (!Platform.isFxApplicationThread()) {
            indexer.start();
            return;
        }
        new AnimationTimer() { // runs in the next pulse; the thread starts once that pulse's frame is out
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(indexer::start);
            }
        }.start();
    }

    /** The index of the links of the map last opened, once made; never completed for a small map. */
    CompletableFuture<LinkIndex> indexed() {
        return indexed;
    }
}
