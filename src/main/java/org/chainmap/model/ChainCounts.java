package org.chainmap.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How big a chain is: its segments by stage, its enterprises, and the supply links into it.
 *
 * @param segments all segments of the chain
 * @param upstream segments in the upstream stage
 * @param midstream segments in the midstream stage
 * @param downstream segments in the downstream stage
 * @param localEnterprises local firms working in at least one of its segments
 * @param externalEnterprises external firms working in at least one of its segments
 * @param links supply links whose customer works in the chain
 */
public record ChainCounts(
        int segments,
        int upstream,
        int midstream,
        int downstream,
        int localEnterprises,
        int externalEnterprises,
        int links) {

    /** The counts of {@code chain} in {@code map}. */
    public static ChainCounts of(RegionMap map, Chain chain) {
        int[] stages = new int[Stage.values().length];
        chain.segments().forEach(segment -> stages[segment.stage().ordinal()]++);
        int local = 0;
        int external = 0;
        Set<String> members = new HashSet<>();
        Set<Enterprise> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Segment segment : chain.segments()) { // the map's firms by segment, not all of its firms
            for (Enterprise firm : map.enterprisesIn(segment.id())) {
                if (seen.add(firm)) {
                    members.add(firm.id());
                    if (firm.local()) {
                        local++;
                    } else {
                        external++;
                    }
                }
            }
        }
        int links = 0;
        if (!members.isEmpty()) {
            for (SupplyLink link : map.links()) {
                if (members.contains(link.to())) {
                    links++;
                }
            }
        }
        return new ChainCounts(chain.segments().size(), stages[0], stages[1], stages[2], local, external, links);
    }

    /**
     * These counts of {@code chain} in the map before some edits, brought to the map after them ({@code inflows}
     * holds both): edits that left {@code chain} as it is and changed only the enterprises with the ids of {@code
     * inflows} and links whose customer is one of them (an edit's touched records: each firm, and each link's
     * customer). Reads those firms through the maps' indexes by id, and the links only when one of them joined or
     * left the chain or the links changed, once per map for every chain brought up to date with the same {@code
     * inflows}: a firm moved within its chain, at 100,000 firms, is counted without reading all of the map's firms and
     * links (issue 17 item 9). Equal to {@link #of} on the map after where enterprise ids are unique, as in every map
     * the window opens (a duplicated id is an error) and every edit makes.
     */
    public ChainCounts after(Chain chain, Inflows inflows) {
        RegionMap before = inflows.before;
        RegionMap after = inflows.after;
        Set<String> firms = inflows.firms;
        Set<String> segmentIds = new HashSet<>();
        chain.segments().forEach(segment -> segmentIds.add(segment.id()));
        boolean sameLinks = before.links() == after.links();
        int local = localEnterprises;
        int external = externalEnterprises;
        Set<String> leaving = new HashSet<>();
        Set<String> joining = new HashSet<>();
        for (String id : firms) {
            Enterprise was = member(before, id, segmentIds);
            Enterprise is = member(after, id, segmentIds);
            local += (is != null && is.local() ? 1 : 0) - (was != null && was.local() ? 1 : 0);
            external += (is != null && !is.local() ? 1 : 0) - (was != null && !was.local() ? 1 : 0);
            if (was != null && (is == null || !sameLinks)) {
                leaving.add(id); // its links into the chain leave with it, or may have changed
            }
            if (is != null && (was == null || !sameLinks)) {
                joining.add(id);
            }
        }
        int changedLinks = links - inflows.into(before, leaving) + inflows.into(after, joining);
        return new ChainCounts(segments, upstream, midstream, downstream, local, external, changedLinks);
    }

    /** The firm {@code id} of {@code map} if it works in one of {@code segmentIds}; else {@code null}. */
    private static Enterprise member(RegionMap map, String id, Set<String> segmentIds) {
        Enterprise firm = map.enterprise(id).orElse(null);
        return firm == null || firm.segments().stream().noneMatch(segmentIds::contains) ? null : firm;
    }

    /**
     * How many links each of some firms buys through in the maps before and after some edits, counted when first asked:
     * from each firm's links where the map's index of links by firm is made or derives from a made one ({@link
     * RegionMap#linksIndexed}, decision 0067: a firm deleted with its links at 100,000 firms is counted without
     * reading the map's 270,000 links), else in one pass over the map's links for all of the firms at once.
     */
    public static final class Inflows {
        private final RegionMap before;
        private final RegionMap after;
        private final Set<String> firms;
        private Map<String, Integer> intoBefore;
        private Map<String, Integer> intoAfter;

        /** The inflows of {@code firms} in {@code before} and {@code after}, not counted yet. */
        public Inflows(RegionMap before, RegionMap after, Set<String> firms) {
            this.before = before;
            this.after = after;
            this.firms = firms;
        }

        /** How many of {@code map}'s links (the map before or after) have one of {@code customers} for customer. */
        int into(RegionMap map, Set<String> customers) {
            if (customers.isEmpty()) {
                return 0;
            }
            Map<String, Integer> counted = map == before ? intoBefore : intoAfter;
            if (counted == null) {
                counted = count(map, firms);
                if (map == before) {
                    intoBefore = counted;
                } else {
                    intoAfter = counted;
                }
            }
            int sum = 0;
            for (String customer : customers) {
                sum += counted.getOrDefault(customer, 0);
            }
            return sum;
        }

        private static Map<String, Integer> count(RegionMap map, Set<String> customers) {
            Map<String, Integer> counts = new HashMap<>();
            java.util.List<SupplyLink> links = map.links();
            if (map.linksIndexed()) {
                for (String customer : customers) {
                    for (int p : map.linkPositions(customer)) {
                        if (links.get(p).to().equals(customer)) {
                            counts.merge(customer, 1, Integer::sum);
                        }
                    }
                }
                return counts;
            }
            for (SupplyLink link : links) {
                if (customers.contains(link.to())) {
                    counts.merge(link.to(), 1, Integer::sum);
                }
            }
            return counts;
        }
    }

    /** All enterprises of the chain, local and external. */
    public int enterprises() {
        return localEnterprises + externalEnterprises;
    }
}
