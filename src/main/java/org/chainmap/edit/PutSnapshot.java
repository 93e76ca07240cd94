package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;

/**
 * Keeps a snapshot of the map's key figures (worked out by {@code analysis.KeyFigures}): it replaces the one of
 * the same day, if there is one, so that a map keeps one snapshot a day however often it is taken.
 *
 * @param snapshot the snapshot to keep
 */
public record PutSnapshot(Snapshot snapshot) implements Command {

    /** Checks the snapshot. */
    public PutSnapshot {
        Objects.requireNonNull(snapshot, "snapshot");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("snapshot.take", snapshot.date());
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        if (!Snapshot.isDay(snapshot.date())) {
            throw new EditRefusedException("refused.snapshot.date", snapshot.date());
        }
        Plan plan = new Plan(map);
        plan.replace(Part.SNAPSHOTS, 0, map.snapshots().put(snapshot));
        return plan.change();
    }
}
