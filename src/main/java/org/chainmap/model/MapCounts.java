package org.chainmap.model;

/**
 * How big a whole map is, as the status bar and the command line show it.
 *
 * @param chains the chains
 * @param segments the segments of all chains
 * @param enterprises all enterprises, local and external
 * @param localEnterprises the enterprises in the region
 * @param links the supply links
 */
public record MapCounts(int chains, int segments, int enterprises, int localEnterprises, int links) {

    /** The counts of {@code map}. */
    public static MapCounts of(RegionMap map) {
        int segments =
                map.chains().stream().mapToInt(chain -> chain.segments().size()).sum();
        int local = (int) map.enterprises().stream().filter(Enterprise::local).count();
        return new MapCounts(
                map.chains().size(),
                segments,
                map.enterprises().size(),
                local,
                map.links().size());
    }

    /** Counts of nothing, for when no map is open. */
    public static MapCounts none() {
        return new MapCounts(0, 0, 0, 0, 0);
    }
}
