package org.chainmap.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/**
 * Moves a segment to another position within its stage: the segments of the stage are numbered 1, 2, 3 …
 * again in their new order.
 *
 * @param id the segment
 * @param position its new position among the segments of its stage, from 0
 */
public record MoveSegment(String id, int position) implements Command {

    /** Checks the id. */
    public MoveSegment {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of(
                "segment.move", map.segment(id).map(Lookup::nameOf).orElse(new Description.Name(id, null)));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Segment moved = Lookup.segment(map, id);
        Chain chain = Lookup.chainOfSegment(map, id);
        List<Segment> stage = new ArrayList<>(chain.segments(moved.stage()));
        stage.remove(moved);
        stage.add(Math.max(0, Math.min(position, stage.size())), moved);
        Map<String, Integer> orders = new HashMap<>();
        for (int i = 0; i < stage.size(); i++) {
            orders.put(stage.get(i).id(), i + 1);
        }
        Plan plan = new Plan(map);
        plan.replaceChain(chain.withSegments(chain.segments().stream()
                .map(segment -> orders.containsKey(segment.id())
                        ? segment.withStage(segment.stage(), orders.get(segment.id()))
                        : segment)
                .toList()));
        return plan.change();
    }
}
