package org.chainmap.model;

import java.util.HashSet;
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
     * These counts of {@code chain} in {@code before}, brought to {@code after}: a map made from {@code before} by
     * edits that left {@code chain} as it is and changed only the enterprises with ids {@code firms} and links whose
     * customer is one of them (an edit's touched records: each firm, and each link's customer). Reads those firms
     * and their links through the maps' indexes, not all of the map's firms and links, so that an edit at 100,000
     * firms is counted in microseconds (issue 17 item 9). Equal to {@link #of} on {@code after} where enterprise ids
     * are unique, as in every map the window opens (a duplicated id is an error) and every edit makes.
     */
    public ChainCounts after(Chain chain, RegionMap before, RegionMap after, Set<String> firms) {
        Set<String> segmentIds = new HashSet<>();
        chain.segments().forEach(segment -> segmentIds.add(segment.id()));
        int[] changed = {localEnterprises, externalEnterprises, links};
        for (String firm : firms) {
            add(changed, share(before, firm, segmentIds), -1);
            add(changed, share(after, firm, segmentIds), 1);
        }
        return new ChainCounts(segments, upstream, midstream, downstream, changed[0], changed[1], changed[2]);
    }

    private static void add(int[] counts, int[] share, int sign) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += sign * share[i];
        }
    }

    /** What the firm {@code id} adds to the counts of a chain of {@code segmentIds} in {@code map}. */
    private static int[] share(RegionMap map, String id, Set<String> segmentIds) {
        Enterprise firm = map.enterprise(id).orElse(null);
        if (firm == null || firm.segments().stream().noneMatch(segmentIds::contains)) {
            return new int[3];
        }
        int incoming = 0;
        for (int position : map.linkPositions(id)) {
            if (map.links().get(position).to().equals(id)) {
                incoming++;
            }
        }
        return new int[] {firm.local() ? 1 : 0, firm.local() ? 0 : 1, incoming};
    }

    /** All enterprises of the chain, local and external. */
    public int enterprises() {
        return localEnterprises + externalEnterprises;
    }
}
