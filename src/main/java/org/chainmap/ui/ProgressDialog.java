package org.chainmap.ui;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;

/**
 * Runs long work in the background while a small window shows its progress and offers to cancel it; the
 * main window keeps responding. The window closes itself when the work ends, however it ends.
 */
public final class ProgressDialog {

    /** The id of the progress bar, for tests. */
    public static final String BAR_ID = "progress-bar";

    private ProgressDialog() {}

    /**
     * Starts {@code work} on a daemon thread named {@code name} and shows its progress over {@code owner},
     * titled {@code title} with {@code header} above the bar. The caller sets the task's handlers first.
     */
    public static Alert run(Window owner, I18n text, String title, String header, Task<?> work, String name) {
        ProgressBar bar = new ProgressBar();
        bar.setId(BAR_ID);
        bar.setPrefWidth(380);
        bar.progressProperty().bind(work.progressProperty());
        ButtonType cancel = new ButtonType(text.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert progress = new Alert(Alert.AlertType.NONE, "", cancel);
        OwnedDialog.prepare(progress, owner, null);
        progress.setTitle(title);
        progress.setHeaderText(header);
        progress.getDialogPane().setContent(bar);
        // Closing the window cancels the work, unless the work's end closed it: a Task reports SUCCEEDED
        // before its future is done, and a cancel in that moment would turn the success into CANCELLED.
        boolean[] ended = {false};
        progress.setOnHidden(event -> {
            if (!ended[0]) {
                work.cancel();
            }
        });
        work.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                ended[0] = true;
                progress.close();
            }
        });
        Thread worker = new Thread(work, name);
        worker.setDaemon(true);
        worker.start();
        progress.show();
        return progress;
    }
}
