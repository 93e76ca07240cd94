package org.chainmap.ui.details;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chainmap.ui.Styles;

/** The editable properties of the selection as a grid: the name of each on the left, its control on the right. */
final class PropertyGrid {

    private final GridPane grid = new GridPane();
    private int row;

    PropertyGrid() {
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(keys, values);
    }

    /** The grid. */
    GridPane node() {
        return grid;
    }

    /** Adds the property {@code title} (already translated) edited by {@code control}. */
    void add(String title, Node control) {
        Label name = new Label(title);
        name.getStyleClass().add(Styles.DETAILS_KEY);
        name.setLabelFor(control);
        GridPane.setValignment(name, VPos.CENTER);
        grid.addRow(row++, name, control);
    }

    /** Adds the property {@code title} edited by {@code field}, with the reason a value was refused under it. */
    void add(String title, PropertyField field) {
        add(title, (Node) field.field());
        grid.add(field.message(), 1, row++);
    }

    /** Adds {@code node} across both columns. */
    void addWide(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }
}
