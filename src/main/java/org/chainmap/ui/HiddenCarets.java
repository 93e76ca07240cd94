package org.chainmap.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.stage.Window;

/**
 * Stops the blinking caret of the text field a window leaves focused when it hides. JavaFX blinks a caret with an
 * endless {@code Timeline} that stops only when its field loses the focus, and a window's focus owner keeps it when
 * the window hides (on GTK as on Monocle): after a dialog was closed with the caret in its field (Compare with…, Add
 * firm, Rename…), the caret kept blinking in the closed dialog for the rest of the session, and while any animation
 * runs JavaFX pulses every window sixty times a second, so the window never rested (decision 0065). A field shown
 * again gets its blinking back when it is focused again.
 */
final class HiddenCarets {

    private static boolean installed;

    private HiddenCarets() {}

    /** Watches every window from now on; once per application. On the JavaFX thread. */
    static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window hidden : change.getRemoved()) {
                    stop(hidden.getScene());
                }
            }
        });
    }

    /** Stops the caret of {@code scene}'s focus owner, when it is a text field's. */
    static void stop(Scene scene) {
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner instanceof TextInputControl field && field.getSkin() instanceof TextInputControlSkin<?> skin) {
            skin.setCaretAnimating(false);
        }
    }
}
