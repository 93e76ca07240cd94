package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * Deletes a supply link.
 *
 * @param link the link as it is in the map
 */
public record DeleteLink(SupplyLink link) implements Command {

    /** Checks the link. */
    public DeleteLink {
        Objects.requireNonNull(link, "link");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("link.delete", Links.firmName(map, link.from()), Links.firmName(map, link.to()));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Plan plan = new Plan(map);
        plan.remove(Part.LINKS, Links.indexOf(map, link));
        return plan.change();
    }
}
