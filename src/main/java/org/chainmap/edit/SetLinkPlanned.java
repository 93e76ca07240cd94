package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * Marks a supply link as planned (part of the target map only) or clears the mark.
 *
 * @param link the link as it is in the map
 * @param status the status afterwards; {@code null} for a link that exists today
 */
public record SetLinkPlanned(SupplyLink link, PlanStatus status) implements Command {

    /** Checks the link. */
    public SetLinkPlanned {
        Objects.requireNonNull(link, "link");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of(
                "link." + SetPlanned.key(status), Links.firmName(map, link.from()), Links.firmName(map, link.to()));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        int index = Links.indexOf(map, link);
        Plan plan = new Plan(map);
        plan.replace(Part.LINKS, index, map.links().get(index).withPlanned(status));
        return plan.change();
    }
}
