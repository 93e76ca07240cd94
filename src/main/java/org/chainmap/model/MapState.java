package org.chainmap.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which state of a map to look at: what exists today (现状), the target map (远景图) with everything planned,
 * or both, the planned things marked. The gap analysis, the reports and the views run on {@link #of}'s map.
 */
public enum MapState implements Keyword {
    /** Today's state: planned segments, firms and links left out. The default everywhere. */
    CURRENT("current"),
    /** The target state: planned things counted as if they were there. */
    TARGET("target"),
    /** The target state, the planned things marked as such where it is drawn (dashed, ghosted). */
    BOTH("both");

    private final String id;

    MapState(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id}, if there is one. */
    public static Optional<MapState> fromId(String id) {
        return Keyword.parse(MapState.class, id);
    }

    /** Whether planned things are part of this state. */
    public boolean includesPlanned() {
        return this != CURRENT;
    }

    /** Whether {@code map} marks any segment, firm or link as planned. */
    public static boolean hasPlanned(RegionMap map) {
        return map.chains().stream().flatMap(chain -> chain.segments().stream()).anyMatch(Segment::isPlanned)
                || map.enterprises().stream().anyMatch(Enterprise::isPlanned)
                || map.links().stream().anyMatch(SupplyLink::isPlanned);
    }

    /**
     * {@code map} in this state, as the analysis counts it and the views draw it. The current state is the map
     * without its planned segments (and the feeds into them, and the firms' places in them), its planned firms,
     * its planned links and the links of planned firms, and the targets of planned segments. The target state is
     * the map with every planned thing as if it existed (its status cleared), so that nothing is drawn apart.
     * Both is the map itself: planned things counted, and marked where drawn. A map without anything planned is
     * returned as it is, in every state.
     */
    public RegionMap of(RegionMap map) {
        if (this == BOTH || !hasPlanned(map)) {
            return map;
        }
        return this == TARGET ? allExisting(map) : withoutPlanned(map);
    }

    private static RegionMap allExisting(RegionMap map) {
        List<Chain> chains = new ArrayList<>();
        for (Chain chain : map.chains()) {
            chains.add(
                    chain.segments().stream().anyMatch(Segment::isPlanned)
                            ? chain.withSegments(chain.segments().stream()
                                    .map(segment -> segment.withPlanned(null))
                                    .toList())
                            : chain);
        }
        List<Enterprise> firms = map.enterprises().stream()
                .map(firm -> firm.isPlanned() ? firm.withPlanned(null) : firm)
                .toList();
        List<SupplyLink> links = map.links().stream()
                .map(link -> link.isPlanned() ? link.withPlanned(null) : link)
                .toList();
        return rebuilt(map, chains, firms, links, map.targets());
    }

    private static RegionMap withoutPlanned(RegionMap map) {
        Set<String> plannedSegments = new HashSet<>();
        map.chains().forEach(chain -> chain.segments().stream()
                .filter(Segment::isPlanned)
                .forEach(segment -> plannedSegments.add(segment.id())));
        List<Chain> chains = new ArrayList<>();
        for (Chain chain : map.chains()) {
            List<Segment> segments = new ArrayList<>();
            for (Segment segment : chain.segments()) {
                if (!segment.isPlanned()) {
                    segments.add(segment.withFeeds(without(segment.feeds(), plannedSegments)));
                }
            }
            chains.add(chain.withSegments(segments));
        }
        Set<String> plannedFirms = new HashSet<>();
        List<Enterprise> firms = new ArrayList<>();
        for (Enterprise firm : map.enterprises()) {
            if (firm.isPlanned()) {
                plannedFirms.add(firm.id());
            } else {
                firms.add(firm.withSegments(without(firm.segments(), plannedSegments)));
            }
        }
        List<SupplyLink> links = map.links().stream()
                .filter(link ->
                        !link.isPlanned() && !plannedFirms.contains(link.from()) && !plannedFirms.contains(link.to()))
                .toList();
        List<Target> targets = map.targets().stream()
                .filter(target -> !plannedSegments.contains(target.segment()))
                .toList();
        return rebuilt(map, chains, firms, links, targets);
    }

    private static RegionMap rebuilt(
            RegionMap map, List<Chain> chains, List<Enterprise> firms, List<SupplyLink> links, List<Target> targets) {
        return new RegionMap(
                map.region(),
                map.analysis(),
                chains,
                firms,
                links,
                targets,
                map.sources(),
                map.presentation(),
                map.snapshots(),
                map.extra());
    }

    private static List<String> without(List<String> ids, Set<String> left) {
        if (left.isEmpty() || ids.stream().noneMatch(left::contains)) {
            return ids;
        }
        return ids.stream().filter(id -> !left.contains(id)).toList();
    }
}
