package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * Adds a chain at a position in the chain list.
 *
 * @param chain the new chain; its id and its segments' ids must be new to the map
 * @param index its position, from 0 to the number of chains
 */
public record AddChain(Chain chain, int index) implements Command {

    /** Checks the chain. */
    public AddChain {
        Objects.requireNonNull(chain, "chain");
    }

    /** Adds {@code chain} after the last chain. */
    public static AddChain atEnd(RegionMap map, Chain chain) {
        return new AddChain(chain, map.chains().size());
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("chain.add", Lookup.nameOf(chain));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Lookup.name(chain.name());
        Lookup.freshId(map, chain.id());
        for (var segment : chain.segments()) {
            Lookup.freshId(map, segment.id());
        }
        if (index < 0 || index > map.chains().size()) {
            throw new IllegalArgumentException(
                    "no position " + index + " among " + map.chains().size() + " chains");
        }
        Plan plan = new Plan(map);
        plan.insert(Part.CHAINS, index, chain);
        return plan.change();
    }
}
