package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.RegionMap;

/**
 * Deletes an investment-promotion target.
 *
 * @param id the target's id
 */
public record DeleteTarget(String id) implements Command {

    /** Checks the id. */
    public DeleteTarget {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public Description describe(RegionMap map) {
        int at = PutTarget.indexOf(map, id);
        return Description.of(
                "target.delete", at < 0 ? id : map.targets().get(at).name());
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        int at = PutTarget.indexOf(map, id);
        if (at < 0) {
            throw new EditRefusedException("refused.target.missing", id);
        }
        Plan plan = new Plan(map);
        plan.remove(Part.TARGETS, at);
        return plan.change();
    }
}
