package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * Changes a supply link: its product, value, provenance, or its ends.
 *
 * @param before the link as it is in the map
 * @param after the link as it should be
 */
public record EditLink(SupplyLink before, SupplyLink after) implements Command {

    /** Checks the links. */
    public EditLink {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("link.edit", Links.firmName(map, before.from()), Links.firmName(map, before.to()));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        int index = Links.indexOf(map, before);
        SupplyLink changed = Links.checked(map, after);
        for (int i = 0; i < map.links().size(); i++) {
            if (i != index && Links.sameFlow(map.links().get(i), changed)) {
                throw new EditRefusedException(
                        "refused.link.exists", Links.firmName(map, after.from()), Links.firmName(map, after.to()));
            }
        }
        Plan plan = new Plan(map);
        plan.replace(Part.LINKS, index, changed);
        return plan.change();
    }
}
