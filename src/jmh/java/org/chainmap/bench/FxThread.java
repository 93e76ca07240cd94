package org.chainmap.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/** Runs work on the JavaFX thread and waits for it: the hand-off every drawing benchmark pays. */
final class FxThread {

    private FxThread() {}

    /** The result of {@code work}, run on the JavaFX thread; the calling thread waits for it. */
    static <T> T call(Callable<T> work) throws ExecutionException, InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
