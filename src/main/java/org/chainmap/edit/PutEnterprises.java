package org.chainmap.edit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * Puts many firms into the map at once, as an import brings them: in their order, a firm whose id the map
 * has replaces it as {@link EditEnterprise} would, any other is added after the last as {@link AddEnterprise}
 * would, with the same checks and refusals; pins are pruned once at the end. The same as those commands one
 * after another, but linear: the map's firms are looked up by id in one index, and the map is copied once,
 * where each command of a {@link Compound} copies the map's firms again (a million rows took hours).
 *
 * @param firms the firms, each whole as it should be
 */
public record PutEnterprises(List<Enterprise> firms) implements Batch {

    /** Copies the firms. */
    public PutEnterprises {
        firms = List.copyOf(firms);
    }

    @Override
    public int size() {
        return firms.size();
    }

    @Override
    public Description describe(RegionMap map) {
        if (firms.size() == 1) {
            Enterprise firm = firms.get(0);
            return map.enterprise(firm.id()).isPresent()
                    ? new EditEnterprise(firm, "enterprise.edit").describe(map)
                    : new AddEnterprise(firm).describe(map);
        }
        return Description.of("enterprises.put", firms.size());
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Plan plan = new Plan(map);
        List<Enterprise> current = plan.enterprises();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < current.size(); i++) {
            index.putIfAbsent(current.get(i).id(), i);
        }
        Set<String> added = new HashSet<>();
        boolean edited = false;
        for (Enterprise firm : firms) {
            Objects.requireNonNull(firm, "firm");
            Integer at = index.get(firm.id());
            if (at != null && !added.contains(firm.id())) {
                plan.replace(Part.ENTERPRISES, at, EditEnterprise.checked(map, current.get(at), firm));
                edited = true;
            } else {
                if (at != null) {
                    throw new EditRefusedException("refused.id.taken", firm.id());
                }
                Lookup.freshId(map, firm.id());
                plan.add(Part.ENTERPRISES, EditEnterprise.checked(map, null, firm));
                index.put(firm.id(), current.size() - 1);
                added.add(firm.id());
            }
        }
        if (edited) {
            plan.prunePins();
        }
        return plan.change();
    }
}
