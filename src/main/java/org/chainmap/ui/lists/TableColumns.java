package org.chainmap.ui.lists;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;

/**
 * Editable text columns for the lists' tables: a cell shows a value as text and hands the text typed to a
 * commit action, which turns it into a command; the table is refreshed from the map afterwards, so a
 * refused value goes back to what the map holds.
 */
final class TableColumns {

    private TableColumns() {}

    /**
     * Makes {@code table} an editable table of the open map's chain: {@code Delete} (outside a cell being
     * edited) deletes the selected row, and {@code refresh} fills it again when the chain, the map or the
     * language changes.
     */
    static void setUp(TableView<?> table, String id, MainViewModel model, Runnable delete, Runnable refresh) {
        table.setId(id);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                delete.run();
                event.consume();
            }
        });
        model.selectedChainProperty().addListener((property, old, now) -> refresh.run());
        model.revisionProperty().addListener((property, old, now) -> refresh.run());
        model.textsProperty().addListener((property, old, now) -> refresh.run());
    }

    /** Selects the last row of {@code table}, just added, and starts editing its first cell. */
    static <T> void editLastRow(TableView<T> table) {
        int row = table.getItems().size() - 1;
        table.getSelectionModel().select(row);
        table.layout();
        table.edit(row, table.getColumns().get(0));
    }

    /** A column of text cells, edited in a text field. */
    static <T> TableColumn<T, String> typed(String id, Function<T, String> value, BiConsumer<T, String> commit) {
        TableColumn<T, String> column = new TableColumn<>();
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orEmpty(value.apply(cell.getValue()))));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> commit.accept(event.getRowValue(), event.getNewValue()));
        return column;
    }

    /** A column whose value is picked from {@code choices}. */
    static <T> TableColumn<T, String> choice(
            String id, Function<T, String> value, List<String> choices, BiConsumer<T, String> commit) {
        TableColumn<T, String> column = new TableColumn<>();
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orEmpty(value.apply(cell.getValue()))));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(choices)));
        column.setOnEditCommit(event -> commit.accept(event.getRowValue(), event.getNewValue()));
        return column;
    }

    /** Gives each of {@code columns} its heading (a key of the interface's words) and preferred width. */
    static <T> void head(List<TableColumn<T, String>> columns, I18n text, String[] keys, double[] widths) {
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setText(text.text(keys[i]));
            columns.get(i).setPrefWidth(widths[i]);
            columns.get(i).setMinWidth(60);
        }
    }

    /**
     * A whole number typed in a cell, thousands separators allowed; {@code null} for blank.
     *
     * @throws NumberFormatException when it is not a whole number
     */
    static Long number(String typed) {
        String plain = typed == null ? "" : typed.strip().replace(",", "").replace("，", "");
        return plain.isEmpty() ? null : Long.valueOf(plain);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
