package org.chainmap.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Where the links of one map are in the list of a map that edits made from it by removing, adding or replacing some
 * links only: the places of the links the edits took out ({@link #removed}, in the list before), those of the links
 * they put in ({@link #added}, in the list after), and the place after of every other link ({@link #now}), which
 * keeps its order. Found from the two maps' indexes of links by firm for the links the edits touched, so that a
 * drawing that keeps the places of a chain's links brings them up to date after a firm was deleted with its links
 * without reading all of the map's (issue 17 item 9).
 */
public final class LinkShift {

    private final int[] removed;
    private final int[] added;

    private LinkShift(int[] removed, int[] added) {
        this.removed = removed;
        this.added = added;
    }

    /**
     * The shift from {@code before} to {@code after}, a map that edits replacing, adding or removing the links {@code
     * touched} (each link object the edits took out or put in, among other records, which are passed over) made from
     * it; {@code null} when either map's links are not indexed ({@link RegionMap#linksIndexed}), so that finding the
     * touched links would read all of the links, or when the links outside {@code touched} are not as many in both.
     * Every place in either list that holds one of the touched link objects counts as taken out or put in.
     */
    public static LinkShift between(RegionMap before, RegionMap after, Collection<?> touched) {
        if (!before.linksIndexed() || !after.linksIndexed()) {
            return null;
        }
        Set<SupplyLink> links = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> suppliers = new java.util.HashSet<>();
        for (Object record : touched) {
            if (record instanceof SupplyLink link) {
                links.add(link);
                suppliers.add(link.from());
            }
        }
        if (links.isEmpty() && before.links() != after.links()) {
            return null; // changed by edits not told of
        }
        int[] removed = places(before, suppliers, links);
        int[] added = places(after, suppliers, links);
        if (before.links().size() - removed.length != after.links().size() - added.length) {
            return null;
        }
        return new LinkShift(removed, added);
    }

    /** The places in {@code map}'s links, ascending, of the objects {@code links}, whose suppliers are given. */
    private static int[] places(RegionMap map, Set<String> suppliers, Set<SupplyLink> links) {
        List<SupplyLink> all = map.links();
        int[] found = new int[8];
        int n = 0;
        for (String supplier : suppliers) {
            for (int p : map.linkPositions(supplier)) {
                if (links.contains(all.get(p))) {
                    found = n < found.length ? found : Arrays.copyOf(found, found.length * 2);
                    found[n++] = p;
                }
            }
        }
        Arrays.sort(found, 0, n);
        int unique = 0;
        for (int k = 0; k < n; k++) {
            if (unique == 0 || found[unique - 1] != found[k]) {
                found[unique++] = found[k];
            }
        }
        return Arrays.copyOf(found, unique);
    }

    /** The places before of the links taken out, ascending; a copy. */
    public int[] removed() {
        return removed.clone();
    }

    /** The places after of the links put in, ascending; a copy. */
    public int[] added() {
        return added.clone();
    }

    /** Whether the link at {@code before} in the list before was taken out. */
    public boolean isRemoved(int before) {
        return Arrays.binarySearch(removed, before) >= 0;
    }

    /** The place after of the link at {@code before} in the list before, which was not taken out. */
    public int now(int before) {
        return now(removed, removed.length, added, added.length, before);
    }

    /** How many of the first {@code size} of {@code sorted} are below {@code value}. */
    static int below(int[] sorted, int size, int value) {
        int at = Arrays.binarySearch(sorted, 0, size, value);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * The least {@code j} with {@code sorted[j] - j > rank}: with {@code sorted} the places of the links one
     * sequence has that another has not, the number of them before the one at {@code rank} in the other.
     */
    static int passed(int[] sorted, int size, int rank) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] - mid > rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The place after of the link at {@code b} before, not taken out, where the first {@code removedCount} of {@code
     * removed} are the places before of the links taken out and the first {@code addedCount} of {@code added} the
     * places after of those put in: its rank among the links kept, plus the links put in before it.
     */
    static int now(int[] removed, int removedCount, int[] added, int addedCount, int b) {
        int rank = b - below(removed, removedCount, b);
        return rank + passed(added, addedCount, rank);
    }
}
