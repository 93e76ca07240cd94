package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Target;

/**
 * Adds an investment-promotion target (招商目标), or changes the target with the same id.
 *
 * @param target the target; its segment must exist, and its firm when it names one
 */
public record PutTarget(Target target) implements Command {

    /** Checks the target. */
    public PutTarget {
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of(indexOf(map, target.id()) < 0 ? "target.add" : "target.edit", target.name());
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Lookup.segment(map, target.segment());
        if (target.enterprise() != null) {
            Lookup.enterprise(map, target.enterprise());
        }
        Target put = new Target(
                target.id(),
                target.segment(),
                Lookup.name(target.name()),
                target.enterprise(),
                target.origin(),
                Lookup.optional(target.reason()),
                target.status(),
                target.provenance(),
                target.extra());
        int at = indexOf(map, target.id());
        Plan plan = new Plan(map);
        if (at < 0) {
            Lookup.freshId(map, target.id());
            plan.add(Part.TARGETS, put);
        } else {
            plan.replace(Part.TARGETS, at, put);
        }
        return plan.change();
    }

    static int indexOf(RegionMap map, String id) {
        for (int i = 0; i < map.targets().size(); i++) {
            if (map.targets().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
