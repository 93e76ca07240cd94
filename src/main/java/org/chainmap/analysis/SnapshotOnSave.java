package org.chainmap.analysis;

import java.time.LocalDate;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;

/**
 * The snapshot a save takes when the map asks for one ({@code snapshots.onSave}, decision 0028): the day's key
 * figures ({@link KeyFigures}), keeping the label of a snapshot taken earlier that day, unless that one holds the
 * same figures already. One rule for every writer of a map: the window's save, the command line's {@code import}.
 */
public final class SnapshotOnSave {

    private SnapshotOnSave() {}

    /** The snapshot a save of {@code map} on {@code date} takes; {@code null} when none is due. */
    public static Snapshot due(RegionMap map, LocalDate date) {
        if (!map.snapshots().onSave()) {
            return null;
        }
        Snapshot snapshot = of(map, date);
        Snapshot kept = map.snapshots().on(snapshot.date()).orElse(null);
        return snapshot.sameFigures(kept) ? null : snapshot;
    }

    /** The snapshot of {@code map} on {@code date}, with the label of the one already kept for that day. */
    public static Snapshot of(RegionMap map, LocalDate date) {
        String day = date.toString();
        String label = map.snapshots().on(day).map(Snapshot::label).orElse(null);
        return KeyFigures.take(map, day, label);
    }
}
