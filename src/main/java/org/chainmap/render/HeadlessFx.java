package org.chainmap.render;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for drawing without a window: on Monocle's headless screen with software
 * rendering, so that a picture comes out the same on a server without a display as on a desktop. The toolkit
 * runs until the JVM ends (the command line ends it with {@code System.exit}); it cannot be started twice.
 */
public final class HeadlessFx {

    private static final Logger QUIET = Logger.getLogger("javafx");

    private static boolean started;

    private HeadlessFx() {}

    /** Starts the toolkit once, headless unless the caller chose a platform; later calls do nothing. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        // JavaFX warns that it was loaded from the class path (the one shaded jar); that is what we chose.
        QUIET.setLevel(Level.SEVERE);
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /**
     * The result of {@code work}, run on the JavaFX thread, for a caller on another thread, which waits for it.
     *
     * @throws ExecutionException with what {@code work} threw
     * @throws InterruptedException if the caller is interrupted while it waits
     */
    public static <T> T call(Callable<T> work) throws ExecutionException, InterruptedException {
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

    /** Work for the JavaFX thread that may fail to read or write a file. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work. */
        T run() throws IOException;
    }

    /**
     * The result of {@code work}, run on the JavaFX thread (at once when called on it), for an export that waits
     * for it: an I/O error comes back as it was, any other failure as itself, an interrupt as a cancellation.
     */
    public static <T> T await(Work<T> work) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return work.run();
        }
        try {
            return call(work::run);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the export was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("the picture could not be painted: " + cause, cause);
        }
    }
}
