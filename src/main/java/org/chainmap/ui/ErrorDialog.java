package org.chainmap.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.chainmap.platform.LogFile;

/**
 * The dialog of an unexpected error: what happened in the user's words, where the log with the details is, and
 * a button that copies the details (version, Java, system, stack trace) for a report.
 */
final class ErrorDialog {

    /** The id of the field that shows the log's path. */
    static final String LOG_ID = "error-log";

    /** The id of the button that copies the details. */
    static final String COPY_ID = "error-copy";

    private ErrorDialog() {}

    /** The dialog for {@code error}, owned by {@code owner}, naming {@code log} when there is one. */
    static Alert create(Window owner, I18n text, Throwable error, Optional<Path> log) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", OkButton.of(text));
        // Owned and centred like every dialog, and never un-maximising the window (decision 0024).
        OwnedDialog.prepare(alert, owner, "error");
        alert.setTitle(text.text("dialog.error.title"));
        alert.setHeaderText(text.text("dialog.error.header"));
        Label what = new Label(text.text("error.what", describe(error)));
        what.setWrapText(true);
        Label where = new Label(log.isPresent() ? text.text("error.log") : text.text("error.noLog"));
        where.setWrapText(true);
        VBox content = new VBox(8, what, where);
        log.ifPresent(file -> {
            TextField path = new TextField(file.toString());
            path.setEditable(false);
            path.setId(LOG_ID);
            content.getChildren().add(path);
        });
        String details = details(error);
        Button copy = new Button(text.text("error.copy"));
        copy.setId(COPY_ID);
        copy.setOnAction(event -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(details);
            Clipboard.getSystemClipboard().setContent(clip);
            copy.setText(text.text("error.copied"));
        });
        content.getChildren().add(copy);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        TextArea trace = new TextArea(details);
        trace.setEditable(false);
        trace.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(trace);
        return alert;
    }

    /** The error in a line: its message, or its kind when it has none. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank()
                ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + message;
    }

    /** What a report needs: the version, Java and the system, then the stack trace. */
    static String details(Throwable error) {
        return "ChainMap " + AboutDialog.version() + " · Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ") · " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch") + System.lineSeparator()
                + LogFile.stackTrace(error);
    }
}
