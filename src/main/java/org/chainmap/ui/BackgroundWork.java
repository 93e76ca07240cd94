package org.chainmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Work an edit starts on a large map, done on one background thread so that the window never waits for it:
 * the gap analysis, the layout of the chain shown. Each piece has a key, and for each key the latest piece
 * wins: a piece not yet started when a newer one of its key comes is skipped, and the result of one
 * overtaken while it ran is dropped. Results are handed over on the JavaFX thread.
 *
 * <p>Everything but the work itself runs on the JavaFX thread.
 */
public final class BackgroundWork {

    /** From how many enterprises a map is large: its analysis and layouts run in the background. */
    public static final int LARGE_MAP = 20_000;

    private final ExecutorService worker;
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private long tickets;
    /** What each piece waits for before it starts, on the thread (decision 0058: an edit's painter first). */
    private volatile Runnable startAfter = () -> {};

    /** Work on the thread of the analysis and the layouts. */
    public BackgroundWork() {
        this("chainmap-after-edit");
    }

    /** Work on a thread of its own, named {@code thread}: beside the analysis, not queued behind it. */
    public BackgroundWork(String thread) {
        worker = Executors.newSingleThreadExecutor(work -> daemon(work, thread));
    }

    /**
     * Runs each task it is given on a new daemon thread named {@code thread}: for one piece of work done once
     * beside the start (the icon, the shipped map), which must never keep the program from ending.
     */
    static Executor once(String thread) {
        return work -> daemon(work, thread).start();
    }

    private static Thread daemon(Runnable work, String thread) {
        Thread made = new Thread(work, thread);
        made.setDaemon(true);
        return made;
    }

    /** Each piece, from now on, first runs {@code wait} on the thread, and starts only if still the newest. */
    void startEachAfter(Runnable wait) {
        startAfter = wait;
    }

    /**
     * Runs {@code work} in the background and hands its result to {@code publish} on the JavaFX thread, unless a
     * newer piece of the same {@code key} was started meanwhile; a piece of that key still waiting is skipped.
     */
    public <T> void run(String key, Supplier<T> work, Consumer<T> publish) {
        long ticket = ++tickets;
        latest.put(key, ticket);
        busy.set(true);
        worker.execute(() -> {
            if (!isLatest(key, ticket)) {
                return; // overtaken before it started
            }
            startAfter.run();
            if (!isLatest(key, ticket)) {
                return; // overtaken while it waited
            }
            try {
                T result = work.get();
                Platform.runLater(() -> {
                    if (isLatest(key, ticket)) {
                        latest.remove(key);
                        publish.accept(result);
                        settle();
                    }
                });
            } catch (RuntimeException | Error failure) {
                Platform.runLater(() -> {
                    if (latest.remove(key, ticket)) {
                        settle();
                    }
                    throw failure;
                });
            }
        });
    }

    /** Forgets the piece of {@code key} under way, if any: its result will not be handed over. */
    public void cancel(String key) {
        if (latest.remove(key) != null) {
            settle();
        }
    }

    /** Whether a piece of {@code key} is under way. */
    public boolean pending(String key) {
        return latest.containsKey(key);
    }

    /** Whether any work is under way; the status bar shows it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Completes on the JavaFX thread once no work is under way: at once when there is none. Tests wait on it
     * after an edit of a large map.
     */
    public CompletableFuture<Void> whenSettled() {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        if (latest.isEmpty()) {
            settled.complete(null);
        } else {
            waiting.add(settled);
        }
        return settled;
    }

    private boolean isLatest(String key, long ticket) {
        Long newest = latest.get(key);
        return newest != null && newest == ticket;
    }

    private void settle() {
        if (latest.isEmpty()) {
            busy.set(false);
            List<CompletableFuture<Void>> done = new ArrayList<>(waiting);
            waiting.clear();
            done.forEach(future -> future.complete(null));
        }
    }
}
