package org.chainmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;

/**
 * Adds a segment to a chain, after the last segment of its stage.
 *
 * @param chainId the chain
 * @param segment the new segment; its id must be new to the map, its feeds must exist; its order is
 *     replaced by the one after the last of its stage
 */
public record AddSegment(String chainId, Segment segment) implements Command {

    /** Checks the fields. */
    public AddSegment {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(segment, "segment");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of("segment.add", Lookup.nameOf(segment));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Chain chain = Lookup.chain(map, chainId);
        Lookup.freshId(map, segment.id());
        String name = Lookup.name(segment.name());
        for (String feed : segment.feeds()) {
            Lookup.segment(map, feed);
        }
        Segment added = segment.withName(name, Lookup.optional(segment.nameEn()))
                .withStage(segment.stage(), nextOrder(chain, segment.stage()));
        List<Segment> segments = new ArrayList<>(chain.segments());
        segments.add(added);
        Plan plan = new Plan(map);
        plan.replaceChain(chain.withSegments(segments));
        return plan.change();
    }

    /** The order after the last segment of {@code stage} in {@code chain}. */
    static int nextOrder(Chain chain, Stage stage) {
        return chain.segments(stage).stream().mapToInt(Segment::order).max().orElse(0) + 1;
    }
}
