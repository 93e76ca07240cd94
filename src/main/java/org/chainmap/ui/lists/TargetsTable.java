package org.chainmap.ui.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.chainmap.edit.DeleteTarget;
import org.chainmap.edit.NewIds;
import org.chainmap.edit.PutTarget;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;
import org.chainmap.model.Target;
import org.chainmap.model.TargetStatus;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;

/**
 * The investment-promotion targets (招商目标) for the segments of the selected chain as an editable table:
 * name, segment, status and reason. Each edited cell is one {@link PutTarget}; Delete removes the selected
 * target. A new target goes to the selected segment, or the chain's first.
 */
final class TargetsTable implements ListsView.EditableTable {

    private final MainViewModel model;
    private final TableView<Target> table = new TableView<>();
    private final Map<String, String> segmentIds = new LinkedHashMap<>();
    private final Map<String, TargetStatus> statuses = new LinkedHashMap<>();

    TargetsTable(MainViewModel model) {
        this.model = model;
        TableColumns.setUp(table, "targets", model, this::deleteSelected, this::refresh);
        refresh();
    }

    @Override
    public Node node() {
        return table;
    }

    /** The table, for tests. */
    TableView<Target> table() {
        return table;
    }

    @Override
    public void addRow() {
        Chain chain = model.selectedChain().orElse(null);
        if (chain == null || chain.segments().isEmpty()) {
            return;
        }
        String segment = model.selection()
                .map(Selection::segment)
                .map(Segment::id)
                .orElse(chain.segments().get(0).id());
        String id = NewIds.target(model.map().orElseThrow(), segment);
        Target target =
                new Target(id, segment, model.texts().text("lists.newTarget"), null, null, null, null, null, null);
        if (model.perform(new PutTarget(target)).isEmpty()) {
            TableColumns.editLastRow(table);
        }
    }

    @Override
    public void deleteSelected() {
        Target target = table.getSelectionModel().getSelectedItem();
        if (target != null) {
            model.perform(new DeleteTarget(target.id()));
        }
    }

    @Override
    public BooleanExpression selectionEmpty() {
        return table.getSelectionModel().selectedItemProperty().isNull();
    }

    private void refresh() {
        I18n text = model.texts();
        Chain chain = model.selectedChain().orElse(null);
        segmentIds.clear();
        statuses.clear();
        if (chain != null) {
            chain.segments().forEach(segment -> segmentIds.put(model.displayName(segment), segment.id()));
        }
        for (TargetStatus status : TargetStatus.values()) {
            statuses.put(text.text("lists.status." + status.id()), status);
        }
        table.getColumns().setAll(columns(text));
        Set<String> own = chain == null
                ? Set.of()
                : chain.segments().stream().map(Segment::id).collect(Collectors.toSet());
        table.getItems()
                .setAll(model.map().stream()
                        .flatMap(map -> map.targets().stream())
                        .filter(target -> own.contains(target.segment()))
                        .toList());
        table.setPlaceholder(new Label(text.text(chain == null ? "chain.none" : "lists.noTargets")));
    }

    /** The table's columns, headed in the interface's language. */
    private List<TableColumn<Target, String>> columns(I18n text) {
        List<TableColumn<Target, String>> columns = new ArrayList<>();
        columns.add(TableColumns.typed(
                "targetName",
                Target::name,
                (target, typed) -> put(
                        target,
                        old -> new Target(
                                old.id(),
                                old.segment(),
                                typed,
                                old.enterprise(),
                                old.origin(),
                                old.reason(),
                                old.status(),
                                old.provenance(),
                                old.extra()))));
        columns.add(TableColumns.choice(
                "targetSegment",
                target ->
                        model.segment(target.segment()).map(model::displayName).orElse(target.segment()),
                new ArrayList<>(segmentIds.keySet()),
                (target, chosen) -> put(
                        target,
                        old -> new Target(
                                old.id(),
                                segmentIds.getOrDefault(chosen, old.segment()),
                                old.name(),
                                old.enterprise(),
                                old.origin(),
                                old.reason(),
                                old.status(),
                                old.provenance(),
                                old.extra()))));
        columns.add(TableColumns.choice(
                "targetStatus",
                target -> text.text("lists.status." + target.status().id()),
                new ArrayList<>(statuses.keySet()),
                (target, chosen) -> put(
                        target,
                        old -> new Target(
                                old.id(),
                                old.segment(),
                                old.name(),
                                old.enterprise(),
                                old.origin(),
                                old.reason(),
                                statuses.getOrDefault(chosen, old.status()),
                                old.provenance(),
                                old.extra()))));
        columns.add(TableColumns.typed(
                "targetReason",
                Target::reason,
                (target, typed) -> put(
                        target,
                        old -> new Target(
                                old.id(),
                                old.segment(),
                                old.name(),
                                old.enterprise(),
                                old.origin(),
                                typed,
                                old.status(),
                                old.provenance(),
                                old.extra()))));
        TableColumns.head(
                columns,
                text,
                new String[] {"lists.column.name", "lists.column.segment", "lists.column.status", "lists.column.reason"
                },
                new double[] {230, 170, 100, 420});
        return columns;
    }

    private void put(Target target, UnaryOperator<Target> change) {
        if (model.perform(new PutTarget(change.apply(target))).isPresent()) {
            table.refresh();
        }
    }
}
