package org.chainmap.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places of a map's supply links by firm: for each firm id, the positions in {@link RegionMap#links()} of the
 * links it supplies or buys through, ascending. Built once per list of links and shared by every map an edit makes
 * without changing the links (a firm moved, renamed, added), so that a drawing brought up to date after such an
 * edit reads the links of the firms it touched, not all of the map's (issue 17 item 9).
 */
public final class LinkIndex {

    private static final int[] NONE = {};

    private final Map<String, int[]> byFirm;

    LinkIndex(List<SupplyLink> links) {
        Map<String, int[]> counts = new HashMap<>();
        for (SupplyLink link : links) {
            counts.computeIfAbsent(link.from(), id -> new int[1])[0]++;
            if (!link.to().equals(link.from())) {
                counts.computeIfAbsent(link.to(), id -> new int[1])[0]++;
            }
        }
        byFirm = new HashMap<>(counts.size() * 2);
        counts.forEach((id, count) -> byFirm.put(id, new int[count[0]]));
        Map<String, int[]> filled = new HashMap<>(counts.size() * 2);
        for (int p = 0; p < links.size(); p++) {
            SupplyLink link = links.get(p);
            add(filled, link.from(), p);
            if (!link.to().equals(link.from())) {
                add(filled, link.to(), p);
            }
        }
    }

    private void add(Map<String, int[]> filled, String id, int position) {
        int[] at = filled.computeIfAbsent(id, key -> new int[1]);
        byFirm.get(id)[at[0]++] = position;
    }

    /** The positions of the links of the firm {@code id}, ascending; a copy. */
    public int[] of(String id) {
        int[] positions = byFirm.getOrDefault(id, NONE);
        return positions.length == 0 ? NONE : Arrays.copyOf(positions, positions.length);
    }

    /**
     * The index of one list of links, made at the first ask and shared by every map that holds that list: a map an
     * edit made before the index of the map before it was made finds it all the same, once made (issue 17 item 9:
     * the first edit's painter made it again, a quarter of a second at 100,000 firms).
     */
    static final class Shared {
        private final List<SupplyLink> links;
        private LinkIndex made;

        Shared(List<SupplyLink> links) {
            this.links = links;
        }

        /** The index, made now unless made; a second caller waits for the first (decision 0067). */
        synchronized LinkIndex get() {
            if (made == null) {
                made = new LinkIndex(links);
            }
            return made;
        }
    }
}
