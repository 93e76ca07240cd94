package org.chainmap.ui.files;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.chainmap.io.FileHeldException;
import org.chainmap.io.MapLockedException;
import org.chainmap.io.Recovery;
import org.chainmap.model.Problem;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.OkButton;
import org.chainmap.ui.OwnedDialog;

/**
 * The questions the File menu asks and the failures it reports: unsaved changes, a file changed on disk,
 * a recovery copy to restore, a save that failed. Each question is asked without blocking: the answer goes
 * to a callback when the dialog closes; closing it any other way gives the cautious answer. Every answer's
 * button has an id ({@code unsaved-save}, {@code recover-restore}, …) for tests.
 */
final class FileDialogs {

    /** The answers to "save the changes?". */
    enum Unsaved {
        /** Save, then go on. */
        SAVE,
        /** Go on without saving. */
        DISCARD,
        /** Stay: nothing happens. */
        CANCEL
    }

    /** The answers to "the file changed on disk; save anyway?". */
    enum Overwrite {
        /** Replace the file. */
        OVERWRITE,
        /** Save to another file. */
        SAVE_AS,
        /** Do not save. */
        CANCEL
    }

    /** The answers to "restore the recovery copy?". */
    enum Recover {
        /** Open it, unsaved. */
        RESTORE,
        /** Delete it. */
        DISCARD,
        /** Keep it for the next start. */
        LATER
    }

    /** The answers to "the file changed on disk; reload it?". */
    enum Reload {
        /** Read it again. */
        RELOAD,
        /** Keep the map shown. */
        KEEP
    }

    private record Choice<T>(T value, String key, ButtonBar.ButtonData data) {}

    private final Window owner;
    private final MainViewModel model;
    private int showing;

    FileDialogs(Window owner, MainViewModel model) {
        this.owner = owner;
        this.model = model;
    }

    /** Whether one of these dialogs is open. */
    boolean showing() {
        return showing > 0;
    }

    /** The id of the button that answers {@code value} in the dialog of its kind. */
    static String buttonId(Enum<?> value) {
        String kind = value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT);
        return kind + "-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Save the changes to {@code name}? Save (the default) / Don't save / Cancel. */
    void askUnsaved(String name, Consumer<Unsaved> then) {
        I18n text = model.texts();
        ask(
                Alert.AlertType.CONFIRMATION,
                text.text("dialog.unsaved.title"),
                text.text("dialog.unsaved.header", name),
                text.text("dialog.unsaved.content"),
                Unsaved.CANCEL,
                then,
                List.of(
                        new Choice<>(Unsaved.SAVE, "dialog.unsaved.save", ButtonBar.ButtonData.OK_DONE),
                        new Choice<>(Unsaved.DISCARD, "dialog.unsaved.discard", ButtonBar.ButtonData.NO),
                        new Choice<>(Unsaved.CANCEL, "dialog.cancel", ButtonBar.ButtonData.CANCEL_CLOSE)));
    }

    /** {@code name} changed on disk: Overwrite / Save as… (the default) / Cancel. */
    void askOverwrite(String name, Consumer<Overwrite> then) {
        I18n text = model.texts();
        ask(
                Alert.AlertType.WARNING,
                text.text("dialog.changedOnDisk.title"),
                text.text("dialog.changedOnDisk.header", name),
                text.text("dialog.overwrite.content"),
                Overwrite.CANCEL,
                then,
                List.of(
                        new Choice<>(Overwrite.OVERWRITE, "dialog.overwrite.overwrite", ButtonBar.ButtonData.OTHER),
                        new Choice<>(Overwrite.SAVE_AS, "dialog.overwrite.saveAs", ButtonBar.ButtonData.OK_DONE),
                        new Choice<>(Overwrite.CANCEL, "dialog.cancel", ButtonBar.ButtonData.CANCEL_CLOSE)));
    }

    /** {@code name} changed on disk and the map shown has no unsaved changes: Reload (the default) / Keep. */
    void askReload(String name, Consumer<Reload> then) {
        I18n text = model.texts();
        ask(
                Alert.AlertType.CONFIRMATION,
                text.text("dialog.changedOnDisk.title"),
                text.text("dialog.changedOnDisk.header", name),
                text.text("dialog.reload.content"),
                Reload.KEEP,
                then,
                List.of(
                        new Choice<>(Reload.RELOAD, "dialog.reload.reload", ButtonBar.ButtonData.OK_DONE),
                        new Choice<>(Reload.KEEP, "dialog.reload.keep", ButtonBar.ButtonData.CANCEL_CLOSE)));
    }

    /** {@code name} changed on disk while the map shown has unsaved changes: they stay, saving will ask. */
    void warnChanged(String name) {
        I18n text = model.texts();
        Alert alert = alert(Alert.AlertType.WARNING, text.text("dialog.changedOnDisk.title"), OkButton.of(text));
        alert.setHeaderText(text.text("dialog.changedOnDisk.header", name));
        alert.setContentText(text.text("dialog.changed.unsaved"));
        open(alert);
    }

    /** A recovery copy was found: Restore (the default) / Discard / Later. */
    void askRecover(Recovery found, Consumer<Recover> then) {
        I18n text = model.texts();
        String where = found.original() == null
                ? text.text("status.bundled")
                : found.original().toAbsolutePath().toString();
        ask(
                Alert.AlertType.CONFIRMATION,
                text.text("dialog.recover.title"),
                text.text("dialog.recover.header"),
                text.text("dialog.recover.content", found.name(), Date.from(found.written()), where),
                Recover.LATER,
                then,
                List.of(
                        new Choice<>(Recover.RESTORE, "dialog.recover.restore", ButtonBar.ButtonData.OK_DONE),
                        new Choice<>(Recover.DISCARD, "dialog.recover.discard", ButtonBar.ButtonData.OTHER),
                        new Choice<>(Recover.LATER, "dialog.recover.later", ButtonBar.ButtonData.CANCEL_CLOSE)));
    }

    /** The map could not be written to {@code file}; the file is untouched. */
    void saveFailed(Path file, Throwable cause) {
        I18n text = model.texts();
        Alert alert = alert(Alert.AlertType.ERROR, text.text("dialog.saveFailed.title"), OkButton.of(text));
        alert.setHeaderText(text.text("dialog.saveFailed.header", displayName(file)));
        String reason = cause instanceof MapLockedException locked
                ? text.text(
                        "dialog.saveFailed.locked",
                        locked.holder().pid(),
                        locked.holder().host(),
                        locked.holder().since())
                : cause instanceof FileHeldException
                        ? text.text("dialog.saveFailed.held")
                        : String.valueOf(cause.getMessage());
        alert.setContentText(text.text("dialog.saveFailed.content", reason));
        open(alert);
    }

    /** The map has errors, listed; nothing was written to {@code file}. */
    void saveRefused(Path file, List<Problem> problems) {
        open(ProblemDialog.saveRefused(owner, model.texts(), displayName(file), problems));
    }

    /** The recovery copy could not be read; it stays where it is. */
    void recoveryUnreadable(Recovery found, List<Problem> problems) {
        I18n text = model.texts();
        open(ProblemDialog.openFailed(
                owner,
                text,
                found.copy().getFileName().toString(),
                problems,
                text.text("dialog.recover.kept", found.copy().getParent())));
    }

    private <T> void ask(
            Alert.AlertType type,
            String title,
            String header,
            String content,
            T closed,
            Consumer<T> then,
            List<Choice<T>> choices) {
        I18n text = model.texts();
        List<ButtonType> buttons = choices.stream()
                .map(choice -> new ButtonType(text.text(choice.key()), choice.data()))
                .toList();
        Alert alert = alert(type, title, buttons.toArray(ButtonType[]::new));
        alert.setHeaderText(header);
        alert.setContentText(content);
        for (int i = 0; i < choices.size(); i++) {
            Node node = alert.getDialogPane().lookupButton(buttons.get(i));
            ButtonBar.ButtonData data = choices.get(i).data();
            node.setId(buttonId((Enum<?>) choices.get(i).value()));
            if (node instanceof Button button) {
                button.setDefaultButton(data == ButtonBar.ButtonData.OK_DONE);
                button.setCancelButton(data == ButtonBar.ButtonData.CANCEL_CLOSE);
            }
        }
        open(alert, () -> {
            int chosen = buttons.indexOf(alert.getResult());
            then.accept(chosen < 0 ? closed : choices.get(chosen).value());
        });
    }

    private Alert alert(Alert.AlertType type, String title, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        OwnedDialog.prepare(alert, owner, null);
        alert.setTitle(title);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    private void open(Alert alert) {
        open(alert, () -> {});
    }

    /** Shows {@code alert} without waiting; {@code closed} runs once it is closed. */
    private void open(Alert alert, Runnable closed) {
        showing++;
        alert.setOnHidden(event -> {
            showing--;
            // Later, once the dialog is gone: what follows may close the window that owns it.
            Platform.runLater(closed);
        });
        alert.show();
    }

    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
