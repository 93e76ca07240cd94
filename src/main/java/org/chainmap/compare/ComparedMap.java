package org.chainmap.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * The new map of a comparison with what only the old one had put back as ghosts, so that one drawing shows both:
 * the segments removed in their old chains (feeds kept to the segments still there), the firms removed in their old
 * segments (where those are drawn), the links removed between the firms at their ends (matched into the new map, or
 * their ghosts). Laid out and painted as any map, the ghosts stand where they stood; a view marks them removed.
 *
 * <p>A removed firm whose old id the new map gives to another firm, and a link whose ends are not both drawn, have
 * no ghost: they are still listed by the comparison.
 *
 * @param comparison the comparison drawn
 * @param map the new map with the ghosts
 * @param ghostFirms the ids of the firms put back (the old map's ids)
 * @param ghostSegments the ids of the segments put back
 * @param ghostLinks the links put back (instances of {@code map}'s links, found by identity)
 */
public record ComparedMap(
        MapComparison comparison,
        RegionMap map,
        Set<String> ghostFirms,
        Set<String> ghostSegments,
        Set<SupplyLink> ghostLinks) {

    /** The new map of {@code comparison} with the old map's removed segments, firms and links as ghosts. */
    public static ComparedMap of(MapComparison comparison) {
        RegionMap before = comparison.before();
        RegionMap after = comparison.after();
        Set<String> ghostSegments = new LinkedHashSet<>();
        List<Chain> chains = new ArrayList<>();
        Set<String> segmentIds = new HashSet<>();
        after.chains().forEach(chain -> chain.segments().forEach(segment -> segmentIds.add(segment.id())));
        for (Chain chain : after.chains()) {
            Chain old = before.chain(chain.id()).orElse(null);
            if (old == null) {
                chains.add(chain);
                continue;
            }
            List<Segment> segments = new ArrayList<>(chain.segments());
            for (Segment segment : old.segments()) {
                if (!segmentIds.contains(segment.id())) {
                    ghostSegments.add(segment.id());
                    segments.add(segment);
                }
            }
            chains.add(segments.size() == chain.segments().size() ? chain : chain.withSegments(segments));
        }
        segmentIds.addAll(ghostSegments);
        // Feeds of the ghosts only to segments drawn: a feed to a segment of a chain removed has no box to reach.
        List<Chain> fed = new ArrayList<>();
        for (Chain chain : chains) {
            List<Segment> segments = new ArrayList<>();
            for (Segment segment : chain.segments()) {
                segments.add(
                        ghostSegments.contains(segment.id())
                                ? segment.withFeeds(segment.feeds().stream()
                                        .filter(segmentIds::contains)
                                        .toList())
                                : segment);
            }
            fed.add(chain.segments().equals(segments) ? chain : chain.withSegments(segments));
        }
        Set<String> ghostFirms = new LinkedHashSet<>();
        List<Enterprise> firms = new ArrayList<>(after.enterprises());
        for (Enterprise firm : comparison.removedFirms()) {
            List<String> drawn =
                    firm.segments().stream().filter(segmentIds::contains).toList();
            if (!drawn.isEmpty() && after.enterprise(firm.id()).isEmpty()) {
                ghostFirms.add(firm.id());
                firms.add(firm.withSegments(drawn));
            }
        }
        Set<SupplyLink> ghostLinks = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SupplyLink> links = new ArrayList<>(after.links());
        for (SupplyLink link : comparison.removedLinks()) {
            String from = end(link.from(), comparison, ghostFirms);
            String to = end(link.to(), comparison, ghostFirms);
            if (from != null && to != null) {
                SupplyLink ghost = new SupplyLink(
                        link.id(),
                        from,
                        to,
                        link.product(),
                        link.value(),
                        link.provenance(),
                        link.extra(),
                        link.planned());
                ghostLinks.add(ghost);
                links.add(ghost);
            }
        }
        RegionMap map = after.withChains(fed).withEnterprises(firms).withLinks(links);
        return new ComparedMap(
                comparison,
                map,
                Collections.unmodifiableSet(ghostFirms),
                Collections.unmodifiableSet(ghostSegments),
                Collections.unmodifiableSet(ghostLinks));
    }

    /** The firm an end of an old link is drawn as: its match in the new map, or its ghost; {@code null}: neither. */
    private static String end(String oldId, MapComparison comparison, Set<String> ghostFirms) {
        String now = comparison.matching().newId(oldId);
        if (now != null) {
            return now;
        }
        return ghostFirms.contains(oldId) ? oldId : null;
    }

    /**
     * How many of the firms {@code removed} (ghosts, or any firms) each segment lost, by segment id: a firm counts in
     * every segment it worked in, once each, as a box counts the firms there now. The map's boxes and those of
     * Columns both say these numbers ("12 (−3)").
     */
    public static Map<String, Integer> removedBySegment(Collection<Enterprise> removed) {
        Map<String, Integer> bySegment = new HashMap<>();
        for (Enterprise firm : removed) {
            List<String> segments = firm.segments();
            for (int s = 0; s < segments.size(); s++) {
                if (segments.indexOf(segments.get(s)) == s) { // each segment once, as a set of them would
                    bySegment.merge(segments.get(s), 1, Integer::sum);
                }
            }
        }
        return bySegment;
    }

    /** The ghosts of {@link #map}, in the order they were put back. */
    public List<Enterprise> ghosts() {
        List<Enterprise> ghosts = new ArrayList<>(ghostFirms.size());
        for (String id : ghostFirms) {
            map.enterprise(id).ifPresent(ghosts::add);
        }
        return ghosts;
    }

    /** What the drawing shows of the firm {@code id} of {@link #map}: removed for a ghost, else as compared. */
    public Change firm(String id) {
        return ghostFirms.contains(id) ? Change.REMOVED : comparison.firm(id);
    }

    /** What the drawing shows of the segment {@code id} of {@link #map}. */
    public Change segment(String id) {
        return comparison.segment(id);
    }

    /** What the drawing shows of {@code link}, one of {@link #map}'s links (by identity). */
    public Change link(SupplyLink link) {
        return ghostLinks.contains(link) ? Change.REMOVED : comparison.link(link);
    }
}
