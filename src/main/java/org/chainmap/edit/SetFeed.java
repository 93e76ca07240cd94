package org.chainmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/**
 * Draws or removes a feed: segment {@code from} supplying segment {@code to}, possibly in another chain.
 *
 * @param from the supplying segment
 * @param to the supplied segment
 * @param feeds {@code true} to draw the feed, {@code false} to remove it
 */
public record SetFeed(String from, String to, boolean feeds) implements Command {

    /** Checks the ids. */
    public SetFeed {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Description describe(RegionMap map) {
        Description.Name source = map.segment(from).map(Lookup::nameOf).orElse(new Description.Name(from, null));
        Description.Name target = map.segment(to).map(Lookup::nameOf).orElse(new Description.Name(to, null));
        return Description.of(feeds ? "feed.add" : "feed.remove", source, target);
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Segment source = Lookup.segment(map, from);
        Lookup.segment(map, to);
        if (from.equals(to)) {
            throw new EditRefusedException("refused.feed.self");
        }
        boolean present = source.feeds().contains(to);
        if (present == feeds) {
            if (feeds) {
                throw new EditRefusedException("refused.feed.exists");
            }
            return Change.NONE;
        }
        List<String> changed = new ArrayList<>(source.feeds());
        if (feeds) {
            changed.add(to);
        } else {
            changed.remove(to);
        }
        Chain chain = Lookup.chainOfSegment(map, from);
        Plan plan = new Plan(map);
        plan.replaceChain(chain.withSegments(chain.segments().stream()
                .map(segment -> segment.id().equals(from) ? segment.withFeeds(changed) : segment)
                .toList()));
        return plan.change();
    }
}
