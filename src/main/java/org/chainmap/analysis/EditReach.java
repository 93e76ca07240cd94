package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * The segments and chains whose gap analysis an edit can change, found from the records it replaced, added or
 * removed. A segment's own gaps (missing, weak, extend, the broken feeds and chokepoints into it) are what the
 * rules below reach; its chain's local supporting rate and coverage follow.
 *
 * <p>A chain's report reads its segments (ids, feeds), the firms working in them, the firms its targets name,
 * whether the segments feeding its segments have local firms, the suppliers of its local firms and the partners
 * of its candidates: never anything further. So an edit reaches (with their chains):
 *
 * <ul>
 *   <li>the segments of every firm it changed (before and after) and of the targets naming it;
 *   <li>when the firm's locality or segments changed, the segments those feed (延链 reads whether a feeding
 *       segment has local firms), and the segments of its partners and of the targets naming them (a
 *       partner's flows, local supporting rate or candidate facts read the firm's id, locality and segments);
 *   <li>the segments of the ends of every link it changed, and of the targets naming them;
 *   <li>the segments of the targets it changed.
 * </ul>
 *
 * Everything is analysed again when the edit changed the settings, whether size can be judged, or the segments'
 * ids, chains, order (the order in which feeds are listed in 延链 follows it) or feeds (a declared feed decides
 * which of the flows of a firm working in several segments count, into any of them). The key local
 * firms are found again when the local supply network changed: a firm became or stopped being local, or a link
 * between two local firms came or went.
 *
 * @param everything whether every chain is to be analysed again
 * @param chains the ids of the chains to analyse again
 * @param segments the ids of the segments whose gaps are to be found again (the chains' local supporting rates
 *     too); the other segments of those chains keep theirs
 * @param localNetwork whether the local supply network changed
 */
record EditReach(boolean everything, Set<String> chains, Set<String> segments, boolean localNetwork) {

    private static final EditReach EVERYTHING = new EditReach(true, Set.of(), Set.of(), true);

    /** The reach of an edit that made {@code after} from {@code before}, replacing or adding {@code touched}. */
    static EditReach of(RegionMap before, RegionMap after, Collection<?> touched) {
        if (!before.analysis().equals(after.analysis())
                || ScaleBasis.of(before).judged() != ScaleBasis.of(after).judged()
                || !segmentOrder(before).equals(segmentOrder(after))) {
            return EVERYTHING;
        }
        Map<String, String> chainOf = chainOfSegment(after);
        Map<String, Segment> segmentsBefore = segments(before);
        Map<String, Segment> segmentsAfter = segments(after);
        for (Map.Entry<String, Segment> segment : segmentsAfter.entrySet()) {
            if (!segmentsBefore
                    .get(segment.getKey())
                    .feeds()
                    .equals(segment.getValue().feeds())) {
                return EVERYTHING; // a declared feed decides which flows of a firm in several segments count
            }
        }
        Set<String> reached = new HashSet<>();
        Set<String> ownSegments = new HashSet<>();
        Set<String> firms = new HashSet<>();
        Set<String> ends = new HashSet<>();
        boolean network = false;
        for (Object record : touched) {
            if (record instanceof Enterprise firm) {
                firms.add(firm.id());
            } else if (record instanceof SupplyLink link) {
                ends.add(link.from());
                ends.add(link.to());
                network |= !link.from().equals(link.to()) && (bothLocal(before, link) || bothLocal(after, link));
            } else if (record instanceof Target target) {
                reached.add(target.segment());
            }
        }
        Set<String> moved = new HashSet<>();
        for (String id : firms) {
            Enterprise was = before.enterprise(id).orElse(null);
            Enterprise is = after.enterprise(id).orElse(null);
            network |= (was != null && was.local()) != (is != null && is.local());
            reached.addAll(segmentsOf(was));
            reached.addAll(segmentsOf(is));
            if (!sameForPartners(was, is)) {
                moved.add(id);
                ownSegments.addAll(segmentsOf(was));
                ownSegments.addAll(segmentsOf(is));
            }
        }
        ends.addAll(firms);
        partners(before.links(), moved, ends);
        if (after.links() != before.links()) {
            partners(after.links(), moved, ends);
        }
        Map<String, List<String>> targetSegments = targetSegments(before, after);
        for (String id : ends) {
            reached.addAll(segmentsOf(before.enterprise(id).orElse(null)));
            reached.addAll(segmentsOf(after.enterprise(id).orElse(null)));
            reached.addAll(targetSegments.getOrDefault(id, List.of()));
        }
        reached.addAll(ownSegments);
        for (String segment : ownSegments) { // whether they have local firms may have changed
            feedsOf(segmentsBefore.get(segment), reached);
            feedsOf(segmentsAfter.get(segment), reached);
        }
        Set<String> chains = new HashSet<>();
        Set<String> segments = new HashSet<>();
        for (String segment : reached) {
            String chain = segment == null ? null : chainOf.get(segment);
            if (chain != null) {
                chains.add(chain);
                segments.add(segment);
            }
        }
        return new EditReach(false, Set.copyOf(chains), Set.copyOf(segments), network);
    }

    /** The ids of the chains, each followed by its segments' ids, in the map's order. */
    private static List<String> segmentOrder(RegionMap map) {
        List<String> order = new ArrayList<>();
        for (Chain chain : map.chains()) {
            order.add(chain.id());
            for (Segment segment : chain.segments()) {
                order.add('\u0000' + segment.id());
            }
        }
        return order;
    }

    /** The id of the first chain holding each segment. */
    private static Map<String, String> chainOfSegment(RegionMap map) {
        Map<String, String> chainOf = new HashMap<>();
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                chainOf.putIfAbsent(segment.id(), chain.id());
            }
        }
        return chainOf;
    }

    /** The first segment of each id. */
    private static Map<String, Segment> segments(RegionMap map) {
        Map<String, Segment> segments = new HashMap<>();
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                segments.putIfAbsent(segment.id(), segment);
            }
        }
        return segments;
    }

    private static void feedsOf(Segment segment, Set<String> reached) {
        if (segment != null) {
            reached.addAll(segment.feeds());
        }
    }

    /**
     * Whether the partners of a firm and the segments its own feed read the same of both versions: its id,
     * whether it is local and its segments (a name, revenue or tag changed only its own segments' reports).
     */
    private static boolean sameForPartners(Enterprise was, Enterprise is) {
        return was != null
                && is != null
                && was.local() == is.local()
                && was.segments().equals(is.segments());
    }

    private static List<String> segmentsOf(Enterprise firm) {
        return firm == null ? List.of() : firm.segments();
    }

    private static boolean bothLocal(RegionMap map, SupplyLink link) {
        return isLocal(map, link.from()) && isLocal(map, link.to());
    }

    private static boolean isLocal(RegionMap map, String firm) {
        return map.enterprise(firm).map(Enterprise::local).orElse(false);
    }

    /** Adds to {@code ends} the firms trading with any of {@code firms} through {@code links}. */
    private static void partners(List<SupplyLink> links, Set<String> firms, Set<String> ends) {
        if (firms.isEmpty()) {
            return;
        }
        for (SupplyLink link : links) {
            if (firms.contains(link.from())) {
                ends.add(link.to());
            }
            if (firms.contains(link.to())) {
                ends.add(link.from());
            }
        }
    }

    /** For each firm a target names, before or after, the segments of those targets. */
    private static Map<String, List<String>> targetSegments(RegionMap before, RegionMap after) {
        Map<String, List<String>> segments = new HashMap<>();
        for (RegionMap map : List.of(before, after)) {
            for (Target target : map.targets()) {
                if (target.enterprise() != null && target.segment() != null) {
                    segments.computeIfAbsent(target.enterprise(), key -> new ArrayList<>())
                            .add(target.segment());
                }
            }
        }
        return segments;
    }
}
