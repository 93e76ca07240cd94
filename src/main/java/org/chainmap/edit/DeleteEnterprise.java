package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * Deletes a firm with its supply links; targets that named it as the firm to invite keep their place and
 * name but no longer point at it, and its pinned card positions go.
 *
 * @param id the firm
 */
public record DeleteEnterprise(String id) implements Command {

    /** Checks the id. */
    public DeleteEnterprise {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of(
                "enterprise.delete", map.enterprise(id).map(Enterprise::name).orElse(id));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Lookup.enterprise(map, id);
        Plan plan = new Plan(map);
        if (map.linksIndexed()) { // the same steps, found from the firm's links, not the map's (issue 17 item 9)
            int[] positions = map.linkPositions(id);
            for (int k = positions.length - 1; k >= 0; k--) {
                plan.remove(Part.LINKS, positions[k]);
            }
        } else {
            plan.<SupplyLink>removeAll(
                    Part.LINKS, link -> link.from().equals(id) || link.to().equals(id));
        }
        java.util.List<Target> targets = plan.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            if (id.equals(target.enterprise())) {
                plan.replace(
                        Part.TARGETS,
                        i,
                        new Target(
                                target.id(),
                                target.segment(),
                                target.name(),
                                null,
                                target.origin(),
                                target.reason(),
                                target.status(),
                                target.provenance(),
                                target.extra()));
            }
        }
        plan.remove(Part.ENTERPRISES, plan.indexOfEnterprise(id));
        plan.prunePins();
        return plan.change();
    }
}
