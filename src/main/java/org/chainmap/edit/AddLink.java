package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * Adds a supply link: firm {@code from} supplies firm {@code to}, as dragging from a supplier's card to a
 * customer's card does.
 *
 * @param link the new link; both firms must exist, differ, and not be linked already for the same product
 */
public record AddLink(SupplyLink link) implements Command {

    /** Checks the link. */
    public AddLink {
        Objects.requireNonNull(link, "link");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("link.add", Links.firmName(map, link.from()), Links.firmName(map, link.to()));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        SupplyLink added = Links.checked(map, link);
        if (map.links().stream().anyMatch(other -> Links.sameFlow(other, added))) {
            throw new EditRefusedException(
                    "refused.link.exists", Links.firmName(map, link.from()), Links.firmName(map, link.to()));
        }
        Plan plan = new Plan(map);
        plan.add(Part.LINKS, added);
        return plan.change();
    }
}
