package org.chainmap.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import org.chainmap.progress.ProgressWords;
import org.chainmap.progress.Ranking;

/**
 * The chains ranked, as a table that sorts by any column (rank, coverage, local rate, gaps, the changes since the
 * last snapshot); choosing a row hands its chain's id to the view.
 */
final class RankingTable extends TableView<Ranking.Row> {

    /** The id of the table, for tests. */
    static final String ID = "dashboardRanking";

    /** The table's style class: its selected row in the theme's colours (base.css), not modena's light grey. */
    static final String STYLE = "ranking-table";

    private final Consumer<String> chosen;
    private boolean filling;

    /** The column headings the skin made, and their labels, found once for each set of columns. */
    private final List<TableColumnHeader> headers = new ArrayList<>();

    private final List<Label> labels = new ArrayList<>();

    /** How many times the headings were looked up, for tests. */
    int lookups;

    RankingTable(Consumer<String> chosen) {
        this.chosen = chosen;
        setId(ID);
        getStyleClass().add(STYLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().addListener((javafx.collections.ListChangeListener<TableColumn<Ranking.Row, ?>>) change -> {
            headers.clear(); // new columns get new headings
            labels.clear();
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !filling) {
                this.chosen.accept(now.chain());
            }
        });
    }

    /** Shows {@code ranking} with headers in {@code words}' language, the row of {@code selected} chosen. */
    void show(Ranking ranking, ProgressWords words, String selected) {
        filling = true;
        try {
            if (getColumns().isEmpty()
                    || !words.column("rank").equals(getColumns().get(0).getText())) {
                getColumns()
                        .setAll(List.of(
                                column(words.column("rank"), row -> (double) row.rank(), value -> format(value, 0)),
                                text(words.column("chain")),
                                column(words.column("coverage"), Ranking.Row::coverage, ProgressWords::percent),
                                column(words.column("localRate"), Ranking.Row::localRate, ProgressWords::percent),
                                column(words.column("gaps"), row -> (double) row.gaps(), value -> format(value, 0)),
                                column(words.column("coverageChange"), Ranking.Row::coverageChange, words::points),
                                column(words.column("localRateChange"), Ranking.Row::localRateChange, words::points),
                                column(
                                        words.column("gapChange"),
                                        row -> row.gapChange() == null
                                                ? null
                                                : row.gapChange().doubleValue(),
                                        value -> value == null
                                                ? "\u2013"
                                                : value > 0
                                                        ? "+" + value.longValue()
                                                        : value < 0 ? "\u2212" + -value.longValue() : "\u00b10")));
            }
            getItems().setAll(ranking.rows());
            ranking.rows().stream()
                    .filter(row -> row.chain().equals(selected))
                    .findFirst()
                    .ifPresent(row -> getSelectionModel().select(row));
        } finally {
            filling = false;
        }
    }

    private static String format(Double value, int decimals) {
        return value == null ? "\u2013" : String.format("%." + decimals + "f", value);
    }

    private static TableColumn<Ranking.Row, String> text(String header) {
        TableColumn<Ranking.Row, String> column = new TableColumn<>(header);
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        column.setPrefWidth(220);
        return column;
    }

    /**
     * Keeps every column at least as wide as its heading, so that no heading is cut to "覆盖率较上…"; where the
     * window is too narrow for all of them, the table scrolls sideways instead. The headings are looked up once
     * for each set of columns (the skin makes them at the first layout after the columns change), not on every
     * pass: a layout pass runs on every scroll and resize.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (headers.isEmpty()
                || headers.size() < getColumns().size()
                || headers.get(0).getScene() == null) {
            headers.clear();
            labels.clear();
            lookups++;
            for (Node node : lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader column
                        && column.getTableColumn() != null
                        && node.lookup(".label") instanceof Label label) {
                    headers.add(column);
                    labels.add(label);
                }
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            TableColumnHeader column = headers.get(i);
            // A sorted column's heading also holds the sort arrow, beside the words: room for both.
            Node arrow = column.lookup(".arrow");
            double sortArrow = arrow != null
                            && arrow.getParent() != null
                            && arrow.getParent().isVisible()
                    ? arrow.getParent().prefWidth(-1) + 4
                    : 0;
            double needed = Math.ceil(
                    labels.get(i).prefWidth(-1) + sortArrow + column.snappedLeftInset() + column.snappedRightInset());
            if (column.getTableColumn().getMinWidth() < needed) {
                column.getTableColumn().setMinWidth(needed);
            }
        }
    }

    /** A column of numbers: sorted by the number (rows without one last), shown as {@code shown} writes it. */
    private static TableColumn<Ranking.Row, Double> column(
            String header, Function<Ranking.Row, Double> value, Function<Double, String> shown) {
        TableColumn<Ranking.Row, Double> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(java.util.Comparator.nullsFirst(Double::compare));
        column.setCellFactory(list -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : shown.apply(item));
            }
        });
        column.getStyleClass().add("number-column");
        column.setPrefWidth(110);
        return column;
    }
}
