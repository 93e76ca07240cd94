package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * Adds an enterprise to the map, after the last one.
 *
 * @param firm the new firm; its id must be new to the map and its segments must exist
 */
public record AddEnterprise(Enterprise firm) implements Command {

    /** Checks the firm. */
    public AddEnterprise {
        Objects.requireNonNull(firm, "firm");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("enterprise.add", firm.name());
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Lookup.freshId(map, firm.id());
        Enterprise added = EditEnterprise.checked(map, null, firm);
        Plan plan = new Plan(map);
        plan.add(Part.ENTERPRISES, added);
        return plan.change();
    }
}
