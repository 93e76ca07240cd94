package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/** The rules a supply link must keep when a command makes or changes one. */
final class Links {

    private Links() {}

    static SupplyLink checked(RegionMap map, SupplyLink link) throws EditRefusedException {
        Lookup.enterprise(map, link.from());
        Lookup.enterprise(map, link.to());
        if (link.from().equals(link.to())) {
            throw new EditRefusedException("refused.link.self");
        }
        if (link.value() != null && link.value() < 0) {
            throw new EditRefusedException("refused.value.negative");
        }
        return new SupplyLink(
                link.id(),
                link.from(),
                link.to(),
                Lookup.optional(link.product()),
                link.value(),
                link.provenance(),
                link.extra(),
                link.planned());
    }

    /** Whether two links say the same firm supplies the same customer with the same product. */
    static boolean sameFlow(SupplyLink a, SupplyLink b) {
        return a.from().equals(b.from()) && a.to().equals(b.to()) && Objects.equals(a.product(), b.product());
    }

    static String firmName(RegionMap map, String id) {
        return map.enterprise(id).map(Enterprise::name).orElse(id);
    }

    static int indexOf(RegionMap map, SupplyLink link) throws EditRefusedException {
        int index = map.links().indexOf(link);
        if (index < 0) {
            throw new EditRefusedException(
                    "refused.link.missing", firmName(map, link.from()), firmName(map, link.to()));
        }
        return index;
    }
}
