package org.chainmap.edit;

import java.util.Objects;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * Deletes a segment. Its firms keep their other segments (a firm left with none stays in the map, listed
 * as having no segment), feeds into it, targets for it and the presentation's steps that name it go, list
 * items tied to it are untied.
 *
 * @param id the segment
 */
public record DeleteSegment(String id) implements Command {

    /** Checks the id. */
    public DeleteSegment {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of(
                "segment.delete", map.segment(id).map(Lookup::nameOf).orElse(new Description.Name(id, null)));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Lookup.segment(map, id);
        Chain chain = Lookup.chainOfSegment(map, id);
        Plan plan = new Plan(map);
        plan.replaceChain(chain.withSegments(chain.segments().stream()
                .filter(segment -> !segment.id().equals(id))
                .toList()));
        plan.detachSegments(Set.of(id));
        return plan.change();
    }
}
