package org.chainmap.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.chainmap.edit.Description;

/**
 * The Edit menu: Undo and Redo, each naming the change it would undo or redo ("撤销 移动 金杯电工 到
 * 电线电缆"), disabled when there is none; Find… ({@code Ctrl+F}). {@code Ctrl+Y} redoes too; the window
 * registers it beside the menu's {@code Ctrl+Shift+Z}.
 */
final class EditMenu extends Menu {

    /** The second key for Redo, as on Windows. */
    static final KeyCombination REDO_ALSO = KeyCombination.keyCombination("Shortcut+Y");

    private final MainViewModel model;
    private final MenuItem undo = new MenuItem();
    private final MenuItem redo = new MenuItem();
    private final MenuItem find = new MenuItem();

    EditMenu(MainViewModel model, Runnable openFind) {
        this.model = model;
        setId("menuEdit");
        undo.setId("menuUndo");
        redo.setId("menuRedo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        undo.setOnAction(event -> model.undo());
        redo.setOnAction(event -> model.redo());
        undo.setMnemonicParsing(false);
        redo.setMnemonicParsing(false);
        undo.disableProperty().bind(model.edits().undoableProperty().isNull());
        redo.disableProperty().bind(model.edits().redoableProperty().isNull());
        find.setId("menuFind");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(event -> openFind.run());
        find.disableProperty().bind(model.documentProperty().isNull());
        getItems().addAll(undo, redo, new javafx.scene.control.SeparatorMenuItem(), find);
        model.edits().undoableProperty().addListener((property, old, now) -> translate());
        model.edits().redoableProperty().addListener((property, old, now) -> translate());
        model.textsProperty().addListener((property, old, now) -> translate());
        translate();
    }

    private void translate() {
        I18n text = model.texts();
        setText(text.text("menu.edit"));
        undo.setText(
                name(text, "menu.edit.undo", model.edits().undoableProperty().get()));
        redo.setText(
                name(text, "menu.edit.redo", model.edits().redoableProperty().get()));
    }

    private static String name(I18n text, String key, Description change) {
        return change == null ? text.text(key) : text.text(key + ".named", change.text(text.locale()));
    }
}
