package org.chainmap.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Opens the map the application was started on, after the window's first frame. A small map is read at once
 * ({@link MainWindow#openAtStartup}); a large one (from {@link MainWindow#BACKGROUND_BYTES}) in the background
 * with progress, so that the window is drawn and answers while a 100,000-firm map is read, and the shipped map is
 * shown when it cannot be read or the user cancels. Until a map is shown the status bar says which is on its way.
 */
final class StartupOpening {

    private StartupOpening() {}

    /**
     * Opens {@code file} (the shipped map when {@code null}) in {@code window}, then runs {@code then}: at once
     * for a small map, when the background reading has ended for a large one.
     *
     * @return the background reading of a large file, or nothing when the map was opened at once
     */
    static Optional<Task<MainViewModel.Loaded>> open(MainWindow window, MainViewModel model, Path file, Runnable then) {
        Optional<Task<MainViewModel.Loaded>> reading =
                file != null && large(file) ? window.open(file) : Optional.empty();
        if (reading.isEmpty()) {
            window.openAtStartup(file);
            model.opening(null);
            then.run();
            return reading;
        }
        reading.get().stateProperty().addListener((property, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                // After the window's own handlers, which show the map or say why it could not be read.
                Platform.runLater(() -> {
                    model.opening(null);
                    if (model.document().isEmpty()) {
                        window.openAtStartup(null);
                    }
                    then.run();
                });
            }
        });
        return reading;
    }

    /** Whether {@code file} is read in the background: at least {@link MainWindow#BACKGROUND_BYTES} long. */
    static boolean large(Path file) {
        return size(file) >= MainWindow.BACKGROUND_BYTES;
    }

    /** The size of {@code file} in bytes; 0 when it cannot be read, which the reader then says. */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
