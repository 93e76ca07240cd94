package org.chainmap.ui.chains;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.chainmap.edit.AddChain;
import org.chainmap.edit.DeleteChain;
import org.chainmap.edit.EditChain;
import org.chainmap.edit.MoveChain;
import org.chainmap.edit.NewIds;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.OwnedDialog;

/**
 * Editing the chains from their list: a context menu and keys to add a chain, edit its name, colour and
 * people ({@code F2}), move it up or down ({@code Alt+↑}, {@code Alt+↓}) and delete it ({@code Delete},
 * after asking). Each is one command.
 */
final class ChainListEditing {

    /** The id of the button that confirms deleting a chain, for tests. */
    static final String CONFIRM_DELETE_ID = "chainDeleteConfirm";

    static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);

    private final MainViewModel model;
    private final ListView<Chain> list;
    /** The context menu's items, made with it. */
    private MenuItem add;

    private MenuItem edit;
    private MenuItem up;
    private MenuItem down;
    private MenuItem delete;

    private ChainListEditing(MainViewModel model, ListView<Chain> list) {
        this.model = model;
        this.list = list;
        // The keys work in the list itself; the context menu only shows them. The menu is made at its first
        // request, not with the window (docs/performance.md, "Start-up"): before the list's own handler shows it.
        list.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (list.getContextMenu() == null) {
                list.setContextMenu(menu());
            }
        });
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            Runnable action = EDIT.match(event)
                    ? this::edit
                    : UP.match(event)
                            ? () -> move(-1)
                            : DOWN.match(event) ? () -> move(1) : DELETE.match(event) ? this::delete : null;
            if (action != null && model.selectedChain().isPresent()) {
                action.run();
                event.consume();
            }
        });
    }

    /** The context menu: add, edit, up, down and delete, in the interface's language from now on. */
    private ContextMenu menu() {
        add = new MenuItem();
        edit = new MenuItem();
        up = new MenuItem();
        down = new MenuItem();
        delete = new MenuItem();
        add.setId("chainAdd");
        edit.setId("chainEdit");
        up.setId("chainUp");
        down.setId("chainDown");
        delete.setId("chainDelete");
        edit.setAccelerator(EDIT);
        up.setAccelerator(UP);
        down.setAccelerator(DOWN);
        delete.setAccelerator(DELETE);
        add.setOnAction(event -> add());
        edit.setOnAction(event -> edit());
        up.setOnAction(event -> move(-1));
        down.setOnAction(event -> move(1));
        delete.setOnAction(event -> delete());
        add.disableProperty().bind(model.documentProperty().isNull());
        for (MenuItem item : List.of(edit, up, down, delete)) {
            item.disableProperty().bind(model.selectedChainProperty().isNull());
        }
        model.textsProperty().addListener((property, old, now) -> translate());
        translate();
        return new ContextMenu(add, edit, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), delete);
    }

    /** Makes the chains of {@code list} editable through {@code model}. */
    static void attach(MainViewModel model, ListView<Chain> list) {
        new ChainListEditing(model, list);
    }

    private void translate() {
        I18n text = model.texts();
        add.setText(text.text("chains.add"));
        edit.setText(text.text("chains.edit"));
        up.setText(text.text("chains.up"));
        down.setText(text.text("chains.down"));
        delete.setText(text.text("chains.delete"));
    }

    private void add() {
        RegionMap map = model.map().orElse(null);
        if (map == null) {
            return;
        }
        Chain fresh = Chain.of(NewIds.chain(map), "");
        ChainDialog.show(
                        list.getScene().getWindow(),
                        model.texts(),
                        model.texts().text("chains.add.title"),
                        fresh,
                        map.chains().size(),
                        chain -> model.perform(AddChain.atEnd(model.map().orElseThrow(), chain)))
                .flatMap(chain -> model.map().flatMap(now -> now.chain(chain.id())))
                .ifPresent(model::selectChain);
    }

    private void edit() {
        model.selectedChain()
                .ifPresent(chain -> ChainDialog.show(
                        list.getScene().getWindow(),
                        model.texts(),
                        model.texts().text("chains.edit.title", model.displayName(chain)),
                        chain,
                        model.position(chain),
                        edited -> model.perform(new EditChain(edited, key(chain, edited)))));
    }

    /** What the Edit menu calls the change from {@code before} to {@code after}. */
    private static String key(Chain before, Chain after) {
        Chain renamedOnly = before.withName(after.name(), after.nameEn());
        Chain recolouredOnly = before.withColor(after.color());
        if (renamedOnly.equals(after)) {
            return "chain.rename";
        }
        return recolouredOnly.equals(after) ? "chain.recolour" : "chain.edit";
    }

    private void move(int by) {
        model.selectedChain().ifPresent(chain -> {
            int to = model.position(chain) + by;
            if (to >= 0 && to < model.chains().size()) {
                model.perform(new MoveChain(chain.id(), to));
            }
        });
    }

    private void delete() {
        model.selectedChain().ifPresent(chain -> {
            I18n text = model.texts();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
            OwnedDialog.prepare(confirm, list.getScene().getWindow(), null);
            confirm.setTitle(text.text("chains.delete.title"));
            confirm.setHeaderText(text.text("chains.delete.header", model.displayName(chain)));
            confirm.setContentText(
                    text.text("chains.delete.body", chain.segments().size()));
            ButtonType yes = new ButtonType(text.text("chains.delete.confirm"), ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType(text.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            confirm.getButtonTypes().setAll(yes, no);
            confirm.getDialogPane().lookupButton(yes).setId(CONFIRM_DELETE_ID);
            Optional<ButtonType> answer = confirm.showAndWait();
            if (answer.isPresent() && answer.get() == yes) {
                model.perform(new DeleteChain(chain.id()));
            }
        });
    }
}
