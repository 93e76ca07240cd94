package org.chainmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.LinkShift;
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
        return Tally.of(map, home).bands(chain, report);
    }

    /**
     * The links behind the bands of one chain's cards: per ordered pair of main segments, the positions in the map's
     * links of the links between two cards homed there, so that after a firm moved the bands are counted again from
     * the links of the moved firms only ({@link RegionMap#linkPositions}), not from all of the map's (issue 17
     * item 9). Immutable; a tally after a move shares the pairs the move did not reach.
     */
    public static final class Tally {
        private static final int[] NONE = {};

        private final RegionMap map;
        private final Map<List<String>, int[]> pairs;
        private final Map<List<String>, long[]> values;
        /** Whether made from a tally of other links ({@link #afterLinks}), or from one so made. */
        private final boolean shifted;

        private Tally(
                RegionMap map, Map<List<String>, int[]> pairs, Map<List<String>, long[]> values, boolean shifted) {
            this.map = map;
            this.pairs = pairs;
            this.values = values;
            this.shifted = shifted;
        }

        /** The tally of the links of {@code map} between the cards {@code home} gives the main segment of. */
        public static Tally of(RegionMap map, Map<String, String> home) {
            Map<List<String>, int[]> counts = new HashMap<>();
            Map<List<String>, long[]> values = new HashMap<>();
            List<SupplyLink> links = map.links();
            for (int p = 0; p < links.size(); p++) {
                SupplyLink link = links.get(p);
                List<String> pair = pair(home.get(link.from()), home.get(link.to()));
                if (pair != null) {
                    int[] positions = counts.computeIfAbsent(pair, key -> new int[9]);
                    if (positions[0] + 1 == positions.length) {
                        positions = java.util.Arrays.copyOf(positions, positions.length * 2);
                        counts.put(pair, positions);
                    }
                    positions[++positions[0]] = p; // positions[0] holds the count while counting
                    values.computeIfAbsent(pair, key -> new long[1])[0] += value(link);
                }
            }
            Map<List<String>, int[]> pairs = new HashMap<>();
            counts.forEach(
                    (pair, positions) -> pairs.put(pair, java.util.Arrays.copyOfRange(positions, 1, positions[0] + 1)));
            return new Tally(map, pairs, values, false);
        }

        /**
         * The tally of {@code now}, a map with the same links as this tally's, whose cards' main segments differ
         * from this one's for the firms {@code moved} only: {@code homeBefore} and {@code homeNow} give a card's
         * main segment in either ({@code null}: no card).
         */
        public Tally after(
                RegionMap now,
                java.util.Collection<String> moved,
                java.util.function.Function<String, String> homeBefore,
                java.util.function.Function<String, String> homeNow) {
            java.util.TreeSet<Integer> reached = new java.util.TreeSet<>();
            for (String id : moved) {
                for (int p : now.linkPositions(id)) {
                    reached.add(p);
                }
            }
            Map<List<String>, int[]> newPairs = new HashMap<>(pairs);
            Map<List<String>, long[]> newValues = new HashMap<>(values);
            for (int p : reached) {
                SupplyLink link = now.links().get(p);
                List<String> was = pair(homeBefore.apply(link.from()), homeBefore.apply(link.to()));
                List<String> is = pair(homeNow.apply(link.from()), homeNow.apply(link.to()));
                if (java.util.Objects.equals(was, is)) {
                    continue;
                }
                if (was != null) {
                    newPairs.put(was, without(newPairs.getOrDefault(was, NONE), p));
                    newValues.put(was, new long[] {newValues.getOrDefault(was, new long[1])[0] - value(link)});
                }
                if (is != null) {
                    newPairs.put(is, with(newPairs.getOrDefault(is, NONE), p));
                    newValues.put(is, new long[] {newValues.getOrDefault(is, new long[1])[0] + value(link)});
                }
            }
            newPairs.values().removeIf(positions -> positions.length == 0);
            newValues.keySet().retainAll(newPairs.keySet());
            return new Tally(now, newPairs, newValues, shifted);
        }

        /**
         * The tally of {@code now}, a map made from this tally's by edits that took out and put in links only as {@code
         * shift} says ({@link LinkShift#between}), counted with the cards' main segments {@code home} gives, those of
         * this tally: the places of the links kept move as the shift says, the links taken out leave their pairs and
         * those put in join theirs, without reading the map's other links (issue 17 item 9: a firm deleted with its
         * links, or that undone, at 100,000 firms). A card that the edits moved as well is then brought up to date
         * by {@link #after}.
         */
        public Tally afterLinks(RegionMap now, LinkShift shift, java.util.function.Function<String, String> home) {
            Map<List<String>, long[]> newValues = new HashMap<>();
            values.forEach((pair, value) -> newValues.put(pair, value.clone()));
            for (int p : shift.removed()) {
                SupplyLink link = map.links().get(p);
                List<String> pair = pair(home.apply(link.from()), home.apply(link.to()));
                if (pair != null && java.util.Arrays.binarySearch(pairs.getOrDefault(pair, NONE), p) >= 0) {
                    newValues.get(pair)[0] -= value(link); // counted here
                }
            }
            Map<List<String>, int[]> newPairs = new HashMap<>();
            pairs.forEach((pair, positions) -> {
                int[] moved = new int[positions.length];
                int n = 0;
                for (int p : positions) {
                    if (!shift.isRemoved(p)) {
                        moved[n++] = shift.now(p);
                    }
                }
                if (n > 0) {
                    newPairs.put(pair, n == moved.length ? moved : java.util.Arrays.copyOf(moved, n));
                }
            });
            for (int p : shift.added()) {
                SupplyLink link = now.links().get(p);
                List<String> pair = pair(home.apply(link.from()), home.apply(link.to()));
                if (pair != null) {
                    newPairs.put(pair, with(newPairs.getOrDefault(pair, NONE), p));
                    newValues.computeIfAbsent(pair, key -> new long[1])[0] += value(link);
                }
            }
            newValues.keySet().retainAll(newPairs.keySet());
            return new Tally(now, newPairs, newValues, true);
        }

        /** Whether this tally was brought from one of other links by {@link #afterLinks} (or from one so made). */
        public boolean shifted() {
            return shifted;
        }

        /** The places in {@link #map}'s links of the links from the segment {@code from} to {@code to}; a copy. */
        public int[] links(String from, String to) {
            return pairs.getOrDefault(List.of(from, to), NONE).clone();
        }

        /** The map whose links this tally counted. */
        public RegionMap map() {
            return map;
        }

        /**
         * The bands of {@code chain} with the broken feeds of {@code report}: first the feeds in the order of the
         * chain's segments, then the pairs joined by links only, in the order of their first link in the map.
         */
        public List<Band> bands(Chain chain, ChainReport report) {
            Set<List<String>> broken = new java.util.HashSet<>();
            for (Gap gap : report.gaps()) {
                if (gap instanceof Gap.Broken b) {
                    broken.add(List.of(b.from(), b.to()));
                }
            }
            Map<String, Segment> segments = new HashMap<>();
            chain.segments().forEach(segment -> segments.putIfAbsent(segment.id(), segment));
            Set<List<String>> feeds = new LinkedHashSet<>();
            for (Segment segment : chain.segments()) {
                for (String to : segment.feeds()) {
                    if (segments.containsKey(to) && !to.equals(segment.id())) {
                        feeds.add(List.of(segment.id(), to));
                    }
                }
            }
            List<List<String>> linked = new ArrayList<>();
            pairs.forEach((pair, positions) -> {
                if (!feeds.contains(pair)) {
                    linked.add(pair);
                }
            });
            linked.sort(java.util.Comparator.comparingInt(pair -> pairs.get(pair)[0]));
            List<Band> bands = new ArrayList<>(feeds.size() + linked.size());
            for (List<String> pair : feeds) {
                bands.add(band(pair, true, broken));
            }
            for (List<String> pair : linked) {
                bands.add(band(pair, false, broken));
            }
            return bands;
        }

        private Band band(List<String> pair, boolean feed, Set<List<String>> broken) {
            int count = pairs.getOrDefault(pair, NONE).length;
            long value = count == 0 ? 0 : values.get(pair)[0];
            return new Band(pair.get(0), pair.get(1), count, value, feed, broken.contains(pair));
        }

        private static List<String> pair(String from, String to) {
            return from == null || to == null || from.equals(to) ? null : List.of(from, to);
        }

        private static long value(SupplyLink link) {
            return link.value() == null ? 0 : link.value();
        }

        private static int[] with(int[] positions, int p) {
            int at = java.util.Arrays.binarySearch(positions, p);
            if (at >= 0) {
                return positions;
            }
            int insert = -at - 1;
            int[] grown = new int[positions.length + 1];
            System.arraycopy(positions, 0, grown, 0, insert);
            grown[insert] = p;
            System.arraycopy(positions, insert, grown, insert + 1, positions.length - insert);
            return grown;
        }

        private static int[] without(int[] positions, int p) {
            int at = java.util.Arrays.binarySearch(positions, p);
            if (at < 0) {
                return positions;
            }
            int[] shrunk = new int[positions.length - 1];
            System.arraycopy(positions, 0, shrunk, 0, at);
            System.arraycopy(positions, at + 1, shrunk, at, shrunk.length - at);
            return shrunk;
        }
    }
}
