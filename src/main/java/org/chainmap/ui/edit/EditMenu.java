package org.chainmap.ui.edit;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.chainmap.edit.Description;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;
import org.chainmap.ui.find.LinkBySearch;

/**
 * The Edit menu: Undo and Redo, each naming the change it would undo or redo ("撤销 移动 金杯电工 到
 * 电线电缆"), disabled when there is none; Find… ({@code Ctrl+F}); then the edits of the selection
 * ({@link SelectionEdits}): Properties ({@code Alt+Enter}: the details pane's form), Rename ({@code F2}),
 * Delete, Select all, Mark local or external, Add firm ({@code Insert}), Add segment ({@code Alt+Insert}),
 * Move segment up and down ({@code Ctrl+Up}, {@code Ctrl+Down}), each with its key. {@code Ctrl+Y} redoes
 * too; the window registers it beside the menu's {@code Ctrl+Shift+Z}.
 */
public final class EditMenu extends Menu {

    /** The second key for Redo, as on Windows. */
    public static final KeyCombination REDO_ALSO = KeyCombination.keyCombination("Shortcut+Y");

    private final MainViewModel model;
    private final MenuItem undo = new MenuItem();
    private final MenuItem redo = new MenuItem();
    private final MenuItem properties = new MenuItem();
    private final MenuItem rename = new MenuItem();
    private final MenuItem delete = new MenuItem();
    private final MenuItem selectAll = new MenuItem();
    private final MenuItem markLocal = new MenuItem();
    private final MenuItem markExternal = new MenuItem();
    private final MenuItem addFirm = new MenuItem();
    private final MenuItem addSegment = new MenuItem();
    private final MenuItem segmentUp = new MenuItem();
    private final MenuItem segmentDown = new MenuItem();
    private final MenuItem find = new MenuItem();
    private final MenuItem linkSupplier = new MenuItem();
    private final MenuItem linkCustomer = new MenuItem();

    public EditMenu(MainViewModel model, Runnable openFind) {
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
        getItems().addAll(undo, redo, new SeparatorMenuItem(), find);
        model.edits().undoableProperty().addListener((property, old, now) -> translate());
        model.edits().redoableProperty().addListener((property, old, now) -> translate());
        model.textsProperty().addListener((property, old, now) -> translate());
        translate();
    }

    /** Adds the edits of the selection, with their keys. */
    public void add(SelectionEdits edits) {
        properties.setId("menuProperties");
        properties.setAccelerator(KeyCombination.keyCombination("Alt+Enter"));
        properties.setOnAction(event -> edits.properties());
        properties.disableProperty().bind(model.selectionProperty().isNull());
        rename.setId("menuRename");
        delete.setId("menuDelete");
        selectAll.setId("menuSelectAll");
        rename.setAccelerator(KeyCombination.keyCombination("F2"));
        delete.setAccelerator(KeyCombination.keyCombination("Delete"));
        selectAll.setAccelerator(KeyCombination.keyCombination("Shortcut+A"));
        rename.setOnAction(event -> edits.rename());
        delete.setOnAction(event -> edits.delete());
        selectAll.setOnAction(event -> edits.selectAll());
        rename.disableProperty().bind(model.selectionProperty().isNull());
        delete.disableProperty().bind(model.selectionProperty().isNull());
        selectAll.disableProperty().bind(model.selectedChainProperty().isNull());
        markLocal.setId("menuMarkLocal");
        markExternal.setId("menuMarkExternal");
        markLocal.setOnAction(event -> edits.markLocal(true));
        markExternal.setOnAction(event -> edits.markLocal(false));
        markLocal
                .disableProperty()
                .bind(Bindings.createBooleanBinding(() -> !firmSelected(false), model.selectionProperty()));
        markExternal
                .disableProperty()
                .bind(Bindings.createBooleanBinding(() -> !firmSelected(true), model.selectionProperty()));
        addFirm.setId("menuAddFirm");
        addSegment.setId("menuAddSegment");
        addFirm.setAccelerator(KeyCombination.keyCombination("Insert"));
        addSegment.setAccelerator(KeyCombination.keyCombination("Alt+Insert"));
        addFirm.setOnAction(event -> edits.addFirm());
        addSegment.setOnAction(event -> edits.addSegment());
        addFirm.disableProperty().bind(model.selectionProperty().isNull());
        addSegment.disableProperty().bind(model.selectedChainProperty().isNull());
        segmentUp.setId("menuSegmentUp");
        segmentDown.setId("menuSegmentDown");
        // Shown here; the keys themselves are caught before the window uses arrows to move the focus.
        segmentUp.setAccelerator(KeyCombination.keyCombination("Shortcut+Up"));
        segmentDown.setAccelerator(KeyCombination.keyCombination("Shortcut+Down"));
        segmentUp.setOnAction(event -> edits.moveSegment(-1));
        segmentDown.setOnAction(event -> edits.moveSegment(1));
        segmentUp.disableProperty().bind(model.selectionProperty().isNull());
        segmentDown.disableProperty().bind(model.selectionProperty().isNull());
        getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        properties,
                        rename,
                        delete,
                        selectAll,
                        new SeparatorMenuItem(),
                        markLocal,
                        markExternal,
                        new SeparatorMenuItem(),
                        addFirm,
                        addSegment,
                        segmentUp,
                        segmentDown);
        translate();
    }

    /** Adds the links to firms found by search, anywhere in the map. */
    public void add(LinkBySearch links) {
        linkSupplier.setId("menuLinkSupplier");
        linkCustomer.setId("menuLinkCustomer");
        linkSupplier.setOnAction(event -> links.link(true));
        linkCustomer.setOnAction(event -> links.link(false));
        for (MenuItem item : new MenuItem[] {linkSupplier, linkCustomer}) {
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> !links.ready(), model.selectionProperty()));
        }
        getItems().addAll(new SeparatorMenuItem(), linkSupplier, linkCustomer);
        translate();
    }

    /** Whether a firm is selected whose being local is {@code local}. */
    private boolean firmSelected(boolean local) {
        return model.selection().orElse(null) instanceof Selection.OfEnterprise firm
                && firm.enterprise().local() == local;
    }

    private void translate() {
        I18n text = model.texts();
        setText(text.text("menu.edit"));
        properties.setText(text.text("menu.edit.properties"));
        rename.setText(text.text("menu.edit.rename"));
        delete.setText(text.text("menu.edit.delete"));
        selectAll.setText(text.text("menu.edit.selectAll"));
        markLocal.setText(text.text("menu.edit.markLocal"));
        markExternal.setText(text.text("menu.edit.markExternal"));
        addFirm.setText(text.text("menu.edit.addFirm"));
        addSegment.setText(text.text("menu.edit.addSegment"));
        find.setText(text.text("menu.edit.find"));
        linkSupplier.setText(text.text("menu.edit.linkSupplier"));
        linkCustomer.setText(text.text("menu.edit.linkCustomer"));
        segmentUp.setText(text.text("menu.edit.segmentUp"));
        segmentDown.setText(text.text("menu.edit.segmentDown"));
        undo.setText(
                name(text, "menu.edit.undo", model.edits().undoableProperty().get()));
        redo.setText(
                name(text, "menu.edit.redo", model.edits().redoableProperty().get()));
    }

    private static String name(I18n text, String key, Description change) {
        return change == null ? text.text(key) : text.text(key + ".named", change.text(text.locale()));
    }
}
