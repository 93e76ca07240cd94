package org.chainmap.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.chainmap.platform.LogFile;

/**
 * What the application does with an error nothing caught, on the JavaFX thread or any other: writes it with
 * its stack trace to the log ({@link LogFile}) and shows an {@link ErrorDialog} owned by the main window. While
 * one such dialog is open, further errors go to the log only, so that a failure repeated on every frame does not
 * bury the window in dialogs.
 */
final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    private final Window owner;
    private final Supplier<I18n> texts;
    private Alert open;

    UnexpectedErrors(Window owner, Supplier<I18n> texts) {
        this.owner = owner;
        this.texts = texts;
    }

    /** Becomes the handler of the JavaFX thread (call on it) and of every thread that has none of its own. */
    UnexpectedErrors install() {
        Thread.currentThread().setUncaughtExceptionHandler(this);
        Thread.setDefaultUncaughtExceptionHandler(this);
        return this;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LogFile.logError("Unexpected error in thread \"" + thread.getName() + "\"", error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        if (open != null && open.isShowing()) {
            return;
        }
        open = ErrorDialog.create(owner, texts.get(), error, LogFile.started().map(LogFile::current));
        open.show();
    }
}
