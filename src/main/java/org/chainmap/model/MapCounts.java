package org.chainmap.model;

import java.util.Set;

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

    /**
     * These counts of {@code before}, brought to {@code after}: a map made from {@code before} by edits that
     * changed, among the enterprises, only those with ids {@code firms}. Reads those firms, the chains and the
     * lists' sizes, not every firm (issue 17 item 9). Equal to {@link #of} on {@code after} where enterprise ids are
     * unique, as in every map the window opens and every edit makes.
     */
    public MapCounts after(RegionMap before, RegionMap after, Set<String> firms) {
        int local = localEnterprises;
        for (String firm : firms) {
            local -= before.enterprise(firm).filter(Enterprise::local).isPresent() ? 1 : 0;
            local += after.enterprise(firm).filter(Enterprise::local).isPresent() ? 1 : 0;
        }
        int segments = after.chains().stream()
                .mapToInt(chain -> chain.segments().size())
                .sum();
        return new MapCounts(
                after.chains().size(),
                segments,
                after.enterprises().size(),
                local,
                after.links().size());
    }

    /** Counts of nothing, for when no map is open. */
    public static MapCounts none() {
        return new MapCounts(0, 0, 0, 0, 0);
    }
}
