package org.chainmap.edit;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * Deletes a chain with its segments. Firms keep working in their other segments, feeds from other chains
 * into its segments go, and so do the targets for them and the presentation's steps of the chain; the firms
 * and their links stay in the map.
 *
 * @param id the chain
 */
public record DeleteChain(String id) implements Command {

    /** Checks the id. */
    public DeleteChain {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("chain.delete", map.chain(id).map(Lookup::nameOf).orElse(new Description.Name(id, null)));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Chain chain = Lookup.chain(map, id);
        Set<String> gone = new HashSet<>();
        chain.segments().forEach(segment -> gone.add(segment.id()));
        Plan plan = new Plan(map);
        plan.remove(Part.CHAINS, map.chains().indexOf(chain));
        plan.detachSegments(gone);
        plan.dropSteps(step -> id.equals(step.chain()));
        return plan.change();
    }
}
