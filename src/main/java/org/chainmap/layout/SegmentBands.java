package org.chainmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * The flows of one chain between its segments, aggregated: one band per ordered pair of segments that a feed
 * joins or that supply links between the chain's cards join, with the number of those links and the sum of
 * their values. A link belongs to the band of its supplier's and its customer's main segments; links inside one
 * segment and links to firms outside the chain are in no band. A band is broken when the gap analysis found
 * the feed broken (断链). The drawing at overview and middle zoom draws these instead of the links, and
 * {@code export --layout-json} writes them.
 */
public final class SegmentBands {

    /**
     * One band.
     *
     * @param from the supplying segment's id
     * @param to the customer segment's id
     * @param count the supply links between cards of the two
     * @param value the sum of those links' values ({@code value} in the file), 0 when none has one
     * @param feed whether the chain declares the feed {@code from → to}
     * @param broken whether the feed is broken (断链)
     */
    public record Band(String from, String to, int count, long value, boolean feed, boolean broken) {}

    private SegmentBands() {}

    /**
     * The bands of {@code chain} of {@code map} drawn as {@code geometry} (its cards say which firms are drawn),
     * with the broken feeds of {@code report}: first the feeds in the order of the chain's segments, then pairs
     * joined by links only, in the order of the map's links.
     */
    public static List<Band> of(RegionMap map, Chain chain, ChainGeometry geometry, ChainReport report) {
        Map<String, String> home = new HashMap<>();
        for (String id : geometry.cards().keySet()) {
            map.enterprise(id).map(Enterprise::mainSegment).ifPresent(segment -> home.put(id, segment));
        }
        return of(map, chain, home, report);
    }

    /**
     * The bands of {@code chain} of {@code map} as {@link #of(RegionMap, Chain, ChainGeometry, ChainReport)} finds
     * them, given the main segment of each card's firm ({@code home}, by firm id; a card whose firm the map does not
     * have, or has in no segment, is not in it): for a drawer that has the cards' firms at hand already.
     */
    public static List<Band> of(RegionMap map, Chain chain, Map<String, String> home, ChainReport report) {
        Set<List<String>> broken = new java.util.HashSet<>();
        for (Gap gap : report.gaps()) {
            if (gap instanceof Gap.Broken b) {
                broken.add(List.of(b.from(), b.to()));
            }
        }
        Map<String, Segment> segments = new HashMap<>();
        chain.segments().forEach(segment -> segments.putIfAbsent(segment.id(), segment));
        Map<List<String>, long[]> pairs = new LinkedHashMap<>();
        Set<List<String>> feeds = new java.util.HashSet<>();
        for (Segment segment : chain.segments()) {
            for (String to : segment.feeds()) {
                if (segments.containsKey(to) && !to.equals(segment.id())) {
                    List<String> pair = List.of(segment.id(), to);
                    feeds.add(pair);
                    pairs.putIfAbsent(pair, new long[2]);
                }
            }
        }
        for (SupplyLink link : map.links()) {
            String from = home.get(link.from());
            String to = home.get(link.to());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            long[] sums = pairs.computeIfAbsent(List.of(from, to), pair -> new long[2]);
            sums[0]++;
            sums[1] += link.value() == null ? 0 : link.value();
        }
        List<Band> bands = new ArrayList<>(pairs.size());
        pairs.forEach((pair, sums) -> bands.add(new Band(
                pair.get(0), pair.get(1), (int) sums[0], sums[1], feeds.contains(pair), broken.contains(pair))));
        return bands;
    }
}
