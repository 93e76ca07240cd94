package org.chainmap.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/**
 * Changes a segment's fields (names, stage, order, industry codes, core, feeds, provenance), as the
 * properties panel does. A segment moved to another stage goes after the last segment there.
 *
 * @param edited the segment with its new values, found by its id
 * @param key what the Edit menu calls it: {@code segment.rename}, {@code segment.stage} or {@code
 *     segment.edit}
 */
public record EditSegment(Segment edited, String key) implements Command {

    /** Checks the fields. */
    public EditSegment {
        Objects.requireNonNull(edited, "edited");
        Objects.requireNonNull(key, "key");
    }

    /** Renames the segment {@code id}. */
    public static EditSegment rename(RegionMap map, String id, String name, String nameEn) {
        return new EditSegment(map.segment(id).orElseThrow().withName(name, nameEn), "segment.rename");
    }

    /** Moves the segment {@code id} to another stage. */
    public static EditSegment restage(RegionMap map, String id, org.chainmap.model.Stage stage) {
        Segment segment = map.segment(id).orElseThrow();
        return new EditSegment(segment.withStage(stage, segment.order()), "segment.stage");
    }

    @Override
    public Description describe(RegionMap map) {
        Segment before = map.segment(edited.id()).orElse(edited);
        return Description.of(key, Lookup.nameOf(before), Lookup.nameOf(edited), Stages.name(edited.stage()));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Segment before = Lookup.segment(map, edited.id());
        Chain chain = Lookup.chainOfSegment(map, edited.id());
        checkFeeds(map, edited.id(), edited.feeds());
        int order = edited.stage() == before.stage() ? edited.order() : AddSegment.nextOrder(chain, edited.stage());
        Segment after = new Segment(
                before.id(),
                Lookup.name(edited.name()),
                Lookup.optional(edited.nameEn()),
                edited.stage(),
                order,
                edited.industryCodes(),
                edited.products(),
                edited.core(),
                edited.feeds(),
                edited.provenance(),
                before.extra(),
                edited.planned());
        Plan plan = new Plan(map);
        plan.replaceChain(chain.withSegments(chain.segments().stream()
                .map(segment -> segment.id().equals(after.id()) ? after : segment)
                .toList()));
        return plan.change();
    }

    /** Refuses feeds to missing segments, to the segment itself, or repeated. */
    static void checkFeeds(RegionMap map, String id, List<String> feeds) throws EditRefusedException {
        for (String feed : feeds) {
            Lookup.segment(map, feed);
            if (feed.equals(id)) {
                throw new EditRefusedException("refused.feed.self");
            }
        }
        if (new HashSet<>(feeds).size() != feeds.size()) {
            throw new EditRefusedException("refused.feed.repeated");
        }
    }
}
