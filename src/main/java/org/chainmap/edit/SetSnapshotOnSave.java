package org.chainmap.edit;

import org.chainmap.edit.Change.Part;
import org.chainmap.model.RegionMap;

/**
 * Sets whether every save of the map takes the day's snapshot of its key figures.
 *
 * @param onSave whether a save takes a snapshot
 */
public record SetSnapshotOnSave(boolean onSave) implements Command {

    @Override
    public Description describe(RegionMap map) {
        return Description.of(onSave ? "snapshot.onSave" : "snapshot.notOnSave");
    }

    @Override
    public Change plan(RegionMap map) {
        Plan plan = new Plan(map);
        plan.replace(Part.SNAPSHOTS, 0, map.snapshots().withOnSave(onSave));
        return plan.change();
    }
}
