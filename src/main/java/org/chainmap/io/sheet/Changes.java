package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields that differ between a thing in the map and the same thing as a row would leave it. */
final class Changes {

    private final List<RowOutcome.FieldChange> changes = new ArrayList<>();

    /** Notes {@code column} as changed when {@code before} and {@code after} differ. */
    Changes field(Column column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new RowOutcome.FieldChange(column, before, after));
        }
        return this;
    }

    List<RowOutcome.FieldChange> list() {
        return List.copyOf(changes);
    }

    /** The outcome of a row whose thing was {@code before} ({@code null}: new). */
    RowOutcome outcome(RowReader row, SheetKind kind, String label, Object before) {
        RowOutcome.Action action;
        if (before == null) {
            action = RowOutcome.Action.ADD;
        } else {
            action = changes.isEmpty() ? RowOutcome.Action.UNCHANGED : RowOutcome.Action.UPDATE;
        }
        return new RowOutcome(row.sheet(), kind, row.number(), action, label, list(), row.problems());
    }

    /** The outcome of a row that cannot be taken. */
    static RowOutcome refused(RowReader row, SheetKind kind, String label) {
        return new RowOutcome(
                row.sheet(), kind, row.number(), RowOutcome.Action.REFUSED, label, List.of(), row.problems());
    }
}
