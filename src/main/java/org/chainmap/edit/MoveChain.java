package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * Moves a chain to another position in the chain list (the order of the list, the panorama and exports).
 *
 * @param id the chain
 * @param index its new position, from 0 to the number of chains less one
 */
public record MoveChain(String id, int index) implements Command {

    /** Checks the id. */
    public MoveChain {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("chain.move", map.chain(id).map(Lookup::nameOf).orElse(new Description.Name(id, null)));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Chain chain = Lookup.chain(map, id);
        int from = map.chains().indexOf(chain);
        int to = Math.max(0, Math.min(index, map.chains().size() - 1));
        if (from == to) {
            return Change.NONE;
        }
        Plan plan = new Plan(map);
        plan.remove(Part.CHAINS, from);
        plan.insert(Part.CHAINS, to, chain);
        return plan.change();
    }
}
