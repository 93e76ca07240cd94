package org.chainmap.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** The button that closes ChainMap's dialogs, in the interface's language rather than the system's. */
public final class OkButton {

    private OkButton() {}

    /** The OK button in {@code text}'s language. */
    public static ButtonType of(I18n text) {
        return new ButtonType(text.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
