package org.chainmap.ui.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.chainmap.edit.DeleteListItem;
import org.chainmap.edit.NewIds;
import org.chainmap.edit.PutListItem;
import org.chainmap.model.Chain;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Segment;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;

/**
 * One of the five lists of the selected chain as an editable table: title, status, amount, year and the
 * segment the item is tied to. Each edited cell is one {@link PutListItem}; Delete removes the selected
 * item.
 */
final class ListItemsTable implements ListsView.EditableTable {

    private final MainViewModel model;
    private final TableView<ListItem> table = new TableView<>();
    private ListKind kind = ListKind.values()[0];
    private final Map<String, String> segmentIds = new LinkedHashMap<>();

    ListItemsTable(MainViewModel model) {
        this.model = model;
        TableColumns.setUp(table, "listItems", model, this::deleteSelected, this::refresh);
        refresh();
    }

    @Override
    public Node node() {
        return table;
    }

    /** The table, for tests. */
    TableView<ListItem> table() {
        return table;
    }

    void showKind(ListKind shown) {
        kind = Objects.requireNonNull(shown, "shown");
        refresh();
    }

    @Override
    public void addRow() {
        Chain chain = model.selectedChain().orElse(null);
        if (chain == null) {
            return;
        }
        String id = NewIds.listItem(model.map().orElseThrow(), chain.id());
        ListItem item = new ListItem(id, model.texts().text("lists.newItem"), null, null, null, null, null, null);
        if (model.perform(new PutListItem(chain.id(), kind, item)).isEmpty()) {
            TableColumns.editLastRow(table);
        }
    }

    @Override
    public void deleteSelected() {
        ListItem item = table.getSelectionModel().getSelectedItem();
        model.selectedChain().ifPresent(chain -> {
            if (item != null) {
                model.perform(new DeleteListItem(chain.id(), kind, item.id()));
            }
        });
    }

    @Override
    public BooleanExpression selectionEmpty() {
        return table.getSelectionModel().selectedItemProperty().isNull();
    }

    private void refresh() {
        I18n text = model.texts();
        Chain chain = model.selectedChain().orElse(null);
        segmentIds.clear();
        segmentIds.put("", null);
        if (chain != null) {
            for (Segment segment : chain.segments()) {
                segmentIds.put(model.displayName(segment), segment.id());
            }
        }
        table.getColumns().setAll(columns(text));
        table.getItems().setAll(chain == null ? List.of() : chain.lists().of(kind));
        table.setPlaceholder(new javafx.scene.control.Label(text.text(chain == null ? "chain.none" : "lists.empty")));
    }

    /** The table's columns, headed in the interface's language. */
    private List<TableColumn<ListItem, String>> columns(I18n text) {
        List<TableColumn<ListItem, String>> columns = new ArrayList<>();
        columns.add(TableColumns.typed(
                "itemTitle",
                ListItem::title,
                (item, typed) -> put(
                        item,
                        old -> new ListItem(
                                old.id(),
                                typed,
                                old.status(),
                                old.amount(),
                                old.year(),
                                old.segment(),
                                old.provenance(),
                                old.extra()))));
        columns.add(statusColumn(text));
        columns.add(TableColumns.typed(
                "itemAmount", item -> item.amount() == null ? null : text.money(item.amount()), (item, typed) -> amount(
                                typed)
                        .ifPresent(amount -> put(
                                item,
                                old -> new ListItem(
                                        old.id(),
                                        old.title(),
                                        old.status(),
                                        amount.value(),
                                        old.year(),
                                        old.segment(),
                                        old.provenance(),
                                        old.extra())))));
        columns.add(TableColumns.typed(
                "itemYear", item -> item.year() == null ? null : item.year().toString(), (item, typed) -> number(typed)
                        .ifPresent(year -> put(
                                item,
                                old -> new ListItem(
                                        old.id(),
                                        old.title(),
                                        old.status(),
                                        old.amount(),
                                        year.value() == null
                                                ? null
                                                : year.value().intValue(),
                                        old.segment(),
                                        old.provenance(),
                                        old.extra())))));
        columns.add(TableColumns.choice(
                "itemSegment",
                item -> item.segment() == null
                        ? ""
                        : model.segment(item.segment()).map(model::displayName).orElse(item.segment()),
                new ArrayList<>(segmentIds.keySet()),
                (item, chosen) -> put(item, old -> old.withSegment(segmentIds.get(chosen)))));
        TableColumns.head(
                columns,
                text,
                new String[] {
                    "lists.column.title",
                    "lists.column.status",
                    "lists.column.amount",
                    "lists.column.year",
                    "lists.column.segment"
                },
                new double[] {260, 110, 140, 80, 180});
        ExactAmounts.tooltips(columns.get(2), ListItem::amount, () -> text.locale());
        return columns;
    }

    /**
     * The item's state: a state from the usual vocabulary shows in the interface's language; a cell committed
     * unchanged keeps the state as the map writes it.
     */
    private TableColumn<ListItem, String> statusColumn(I18n text) {
        return TableColumns.typed("itemStatus", item -> text.listStatus(item.status()), (item, typed) -> {
            if (!Objects.equals(typed, text.listStatus(item.status()))) {
                put(
                        item,
                        old -> new ListItem(
                                old.id(),
                                old.title(),
                                typed,
                                old.amount(),
                                old.year(),
                                old.segment(),
                                old.provenance(),
                                old.extra()));
            }
        });
    }

    private java.util.Optional<Typed> number(String typed) {
        try {
            return java.util.Optional.of(new Typed(TableColumns.number(typed)));
        } catch (NumberFormatException e) {
            model.announce(model.texts().text("lists.notANumber", typed));
            table.refresh();
            return java.util.Optional.empty();
        }
    }

    private java.util.Optional<Typed> amount(String typed) {
        try {
            return java.util.Optional.of(new Typed(org.chainmap.text.Money.parse(typed)));
        } catch (NumberFormatException | ArithmeticException e) {
            model.announce(model.texts().text("lists.notAnAmount", typed));
            table.refresh();
            return java.util.Optional.empty();
        }
    }

    /** A number typed in a cell; {@code null} when the cell was cleared. */
    private record Typed(Long value) {}

    private void put(ListItem item, UnaryOperator<ListItem> change) {
        model.selectedChain().ifPresent(chain -> {
            if (model.perform(new PutListItem(chain.id(), kind, change.apply(item)))
                    .isPresent()) {
                table.refresh();
            }
        });
    }
}
