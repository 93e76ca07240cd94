package org.chainmap.ui;

import java.io.File;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one way the application opens a dialog: owned by its window, styled like it, centred on it, at a size
 * that shows its content (or the size the user gave it last time), and leaving the window as it was.
 *
 * <p>A dialog here is not modal for the window system, yet the window under it takes no input while it is
 * open: {@link #prepare} blocks the owner's mouse, keys and close button itself. JavaFX on Linux makes the
 * owner of a modal dialog unresizable while the dialog is open, and some window managers (Openbox) take
 * that as a reason to un-maximise the window, which then stays so. File choosers are the system's own
 * dialogs and always modal: {@link #open} and {@link #save} show them through a {@link ChooserHost}.
 * Why: {@code docs/decisions/0024-window-and-dialogs.md}.
 */
public final class OwnedDialog {

    /** The preferences node, under the application's, with the sizes users gave to dialogs. */
    static final String NODE = "dialogs";

    /** The largest share of the screen a dialog opens at. */
    static final double SCREEN_SHARE = 0.9;

    /** The key, in a dialog window's properties, that marks it as one of ours, blocking its owner while it shows. */
    private static final String OPEN = "chainmap.dialogs.open";

    /** The key, in an owner's properties, of its input blocker. */
    private static final String BLOCKER = "chainmap.dialogs.blocker";

    private static Preferences sizes =
            Preferences.userRoot().node(ThemePreference.NODE).node(NODE);

    private OwnedDialog() {}

    /** Keeps the dialogs' sizes in {@code node} from now on (tests: a node of their own). */
    static void sizesIn(Preferences node) {
        sizes = node;
    }

    /**
     * Makes {@code dialog} one of {@code owner}'s (none when {@code null}): styled like it, blocking it while
     * open, centred on it when shown, at least as large as its content, and, when {@code name} is not
     * {@code null}, at the size the user last gave to dialogs of that name. Call it right after creating the
     * dialog, before anything else touches its window.
     */
    public static <T> Dialog<T> prepare(Dialog<T> dialog, Window owner, String name) {
        if (owner != null && dialog.getOwner() != owner) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        if (!dialog.getDialogPane().getStyleClass().contains(Styles.APP)) {
            Styles.apply(dialog.getDialogPane());
        }
        double[] placed = new double[2];
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, event -> {
            // Marked as ours on its window: the owner is blocked while such a window shows, however it closes.
            dialog.getDialogPane().getScene().getWindow().getProperties().put(OPEN, Boolean.TRUE);
            block(owner);
            keepButtonsWhole(dialog.getDialogPane());
        });
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            place(dialog, owner, name, placed);
            // The window manager may still move or size it once mapped: once more, later.
            Platform.runLater(() -> place(dialog, owner, name, placed));
            WindowPlacement.hold(
                    dialog.getDialogPane().getScene().getWindow(),
                    () -> placed[0] > 0 ? new Rectangle2D(0, 0, placed[0], placed[1]) : null);
        });
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, event -> {
            remember(dialog, name, placed);
            placed[0] = 0;
        });
        return dialog;
    }

    /**
     * Never lets the button bar squeeze a button below its text ("Expor…", "Import 2 r…" in high contrast): each
     * button's least width is its preferred one, so the pane, and the window {@link #place} sizes from it, is as
     * wide as the buttons' words.
     */
    private static void keepButtonsWhole(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof javafx.scene.layout.Region button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    /** The file chosen to open in {@code chooser} over {@code owner}; {@code null} when none. */
    public static File open(FileChooser chooser, Window owner) {
        return ChooserHost.show(owner, chooser::showOpenDialog);
    }

    /** The file chosen to save to in {@code chooser} over {@code owner}; {@code null} when none. */
    public static File save(FileChooser chooser, Window owner) {
        return ChooserHost.show(owner, chooser::showSaveDialog);
    }

    /** Whether {@code owner} has a dialog of ours open, and so takes no input. */
    static boolean blocked(Window owner) {
        if (owner == null) {
            return false;
        }
        // Asked of the windows that show now, not counted: a dialog's window hidden without the dialog's own
        // events (as when all windows are closed at once) must not leave its owner deaf.
        for (Window window : Window.getWindows()) {
            if (window.isShowing()
                    && window instanceof Stage stage
                    && stage.getOwner() == owner
                    && Boolean.TRUE.equals(window.getProperties().get(OPEN))) {
                return true;
            }
        }
        return false;
    }

    /** Makes {@code owner} ignore input while a dialog of ours shows over it ({@link #blocked}). */
    private static void block(Window owner) {
        if (owner == null) {
            return;
        }
        if (!owner.getProperties().containsKey(BLOCKER)) {
            EventHandler<Event> blocker = event -> {
                if (blocked(owner)) {
                    if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
                        frontDialog(owner);
                    }
                    event.consume();
                }
            };
            owner.addEventFilter(InputEvent.ANY, blocker);
            owner.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, blocker);
            owner.getProperties().put(BLOCKER, blocker);
        }
    }

    /** Brings the dialogs open over {@code owner} to the front, the user having clicked the window. */
    private static void frontDialog(Window owner) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage stage && stage.getOwner() == owner && stage.isShowing()) {
                stage.toFront();
                stage.requestFocus();
            }
        }
    }

    /**
     * Sizes the dialog's window to show its content (or to the size remembered for {@code name}), at most
     * {@value #SCREEN_SHARE} of the screen, and centres it on {@code owner}, inside the screen's visual
     * bounds so that its title bar can be reached. Notes the size given in {@code placed}.
     */
    private static void place(Dialog<?> dialog, Window owner, String name, double[] placed) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getScene() == null || pane.getScene().getWindow() == null) {
            return;
        }
        Window window = pane.getScene().getWindow();
        Rectangle2D screen = screenOf(owner != null ? owner : window);
        double frameWidth = Math.max(0, window.getWidth() - pane.getScene().getWidth());
        double frameHeight = Math.max(0, window.getHeight() - pane.getScene().getHeight());
        double contentWidth = Math.max(pane.minWidth(-1), pane.prefWidth(-1));
        double contentHeight = Math.max(pane.minHeight(contentWidth), pane.prefHeight(contentWidth));
        double width = Math.max(window.getWidth(), contentWidth + frameWidth);
        double height = Math.max(window.getHeight(), contentHeight + frameHeight);
        if (name != null && dialog.isResizable() && placed[0] == 0) {
            width = Math.max(sizes.getDouble(name + ".width", width), contentWidth / 2);
            height = Math.max(sizes.getDouble(name + ".height", height), contentHeight / 2);
        }
        if (placed[0] > 0) {
            // Placed once already: keep what the window has now, only the place is checked again.
            width = Math.max(window.getWidth(), placed[0]);
            height = Math.max(window.getHeight(), placed[1]);
        }
        width = Math.min(width, screen.getWidth() * SCREEN_SHARE);
        height = Math.min(height, screen.getHeight() * SCREEN_SHARE);
        if (Math.abs(window.getWidth() - width) > 0.5) {
            window.setWidth(width);
        }
        if (Math.abs(window.getHeight() - height) > 0.5) {
            window.setHeight(height);
        }
        placed[0] = width;
        placed[1] = height;
        Rectangle2D over = owner != null
                ? new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                : screen;
        double x = over.getMinX() + (over.getWidth() - width) / 2;
        double y = over.getMinY() + (over.getHeight() - height) / 2;
        window.setX(Math.min(Math.max(x, screen.getMinX()), screen.getMaxX() - width));
        window.setY(Math.min(Math.max(y, screen.getMinY()), screen.getMaxY() - height));
    }

    /** Keeps the dialog's size under {@code name} when the user resized it. */
    private static void remember(Dialog<?> dialog, String name, double[] placed) {
        if (name == null || !dialog.isResizable() || placed[0] == 0) {
            return;
        }
        double width = dialog.getWidth();
        double height = dialog.getHeight();
        if (Math.abs(width - placed[0]) > 1 || Math.abs(height - placed[1]) > 1) {
            sizes.putDouble(name + ".width", width);
            sizes.putDouble(name + ".height", height);
        }
    }

    /** The visual bounds of the screen that holds most of {@code window}; the primary screen's if none. */
    static Rectangle2D screenOf(Window window) {
        List<Screen> screens = Screen.getScreensForRectangle(
                window.getX(), window.getY(), Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
