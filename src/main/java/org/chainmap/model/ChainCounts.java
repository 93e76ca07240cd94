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

    /** All enterprises of the chain, local and external. */
    public int enterprises() {
        return localEnterprises + externalEnterprises;
    }
}
