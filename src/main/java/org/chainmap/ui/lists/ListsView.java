package org.chainmap.ui.lists;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chainmap.model.ListKind;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Styles;

/**
 * The five lists (五单) of the selected chain and its investment-promotion targets, as editable tables in a
 * tab beside the map: one toggle per list, Add and Delete buttons; each cell edited is one command, undone
 * like any other.
 */
public final class ListsView extends BorderPane {

    /** The id of the view, for tests. */
    static final String ID = "lists";

    private final MainViewModel model;
    private final ToggleGroup kinds = new ToggleGroup();
    private final HBox bar = new HBox(6);
    private final ListItemsTable items;
    private final TargetsTable targets;
    private final Button add = new Button();
    private final Button delete = new Button();

    public ListsView(MainViewModel model) {
        this.model = model;
        this.items = new ListItemsTable(model);
        this.targets = new TargetsTable(model);
        setId(ID);
        getStyleClass().add(Styles.LISTS);
        for (ListKind kind : ListKind.values()) {
            bar.getChildren().add(toggle("lists-" + kind.id(), kind));
        }
        bar.getChildren().add(toggle("lists-targets", null));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        add.setId("listsAdd");
        delete.setId("listsDelete");
        add.setOnAction(event -> shown().addRow());
        delete.setOnAction(event -> shown().deleteSelected());
        add.disableProperty().bind(model.selectedChainProperty().isNull());
        bar.getChildren().addAll(space, add, delete);
        bar.getStyleClass().add(Styles.LISTS_BAR);
        setTop(bar);
        kinds.selectedToggleProperty().addListener((property, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one list is always shown
            } else {
                show();
            }
        });
        kinds.getToggles().get(0).setSelected(true);
        model.textsProperty().addListener((property, old, now) -> translate());
        translate();
    }

    private ToggleButton toggle(String id, ListKind kind) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.setUserData(kind);
        button.setToggleGroup(kinds);
        return button;
    }

    /** The list shown: one of the five, or {@code null} for the targets. */
    ListKind kind() {
        return (ListKind) kinds.getSelectedToggle().getUserData();
    }

    /** Shows the list {@code kind}, or the targets for {@code null}. */
    void showKind(ListKind kind) {
        kinds.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == kind)
                .findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }

    private EditableTable shown() {
        return kind() == null ? targets : items;
    }

    private void show() {
        ListKind kind = kind();
        if (kind != null) {
            items.showKind(kind);
        }
        setCenter(kind == null ? targets.node() : items.node());
        delete.disableProperty().unbind();
        delete.disableProperty().bind(shown().selectionEmpty());
    }

    private void translate() {
        I18n text = model.texts();
        kinds.getToggles().forEach(toggle -> {
            ListKind kind = (ListKind) toggle.getUserData();
            ((ToggleButton) toggle)
                    .setText(text.text(
                            kind == null
                                    ? "lists.targets"
                                    : "lists." + kind.id().toLowerCase(Locale.ROOT)));
        });
        add.setText(text.text("lists.add"));
        delete.setText(text.text("lists.delete"));
    }

    /** What the view needs of each table. */
    interface EditableTable {
        /** The table's node. */
        javafx.scene.Node node();

        /** Adds a row and starts editing its first cell. */
        void addRow();

        /** Deletes the selected row. */
        void deleteSelected();

        /** Whether no row is selected. */
        javafx.beans.binding.BooleanExpression selectionEmpty();
    }
}
