package org.chainmap.compare;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.MapGraph;
import org.chainmap.model.Enterprise;
import org.chainmap.model.SupplyLink;

/**
 * Which supply links of the new map were in the old one. A link with an id matches the link of the same id whose
 * ends are the same firms; the others match by their ends, the old map's firms taken as the new map's
 * ({@link FirmMatching}), as many times as the pair occurs on both sides. A link whose end was removed matches
 * nothing. The ends are numbered, each link's pair becomes one {@code long}, and the two sides' sorted numbers are
 * walked together: no text and no hash lookup per link beyond its two firms' numbers.
 */
final class LinkMatching {

    private static final int INDEX_BITS = 21;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final boolean[] added;
    private final boolean[] removed;

    private LinkMatching(int before, int after) {
        added = new boolean[after];
        removed = new boolean[before];
    }

    static LinkMatching of(List<SupplyLink> before, List<SupplyLink> after, FirmMatching firms) {
        return of(new Ends(before, after, firms), before, after, firms);
    }

    /**
     * The same matching, the ends numbered by the graph views of the two maps ({@code beforeGraph} of the map whose
     * links are {@code before}, {@code afterGraph} of {@code after}'s): no lookup of a link's ends at all. When a
     * graph left out a link (one naming no firm, in a map with errors), as {@link #of(List, List, FirmMatching)}.
     */
    static LinkMatching of(
            MapGraph beforeGraph,
            MapGraph afterGraph,
            List<SupplyLink> before,
            List<SupplyLink> after,
            FirmMatching firms) {
        if (beforeGraph.linkCount() != before.size() || afterGraph.linkCount() != after.size()) {
            return of(before, after, firms);
        }
        return of(new Ends(beforeGraph, afterGraph, firms), before, after, firms);
    }

    private static LinkMatching of(Ends ends, List<SupplyLink> before, List<SupplyLink> after, FirmMatching firms) {
        LinkMatching matching = new LinkMatching(before.size(), after.size());
        Arrays.fill(matching.added, true);
        if (!ends.fits()) {
            return byText(before, after, firms);
        }
        Map<String, Integer> newById = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).id() != null) {
                newById.putIfAbsent(after.get(i).id(), i);
            }
        }
        boolean[] oldDone = new boolean[before.size()];
        int doneCount = 0;
        for (int i = 0; i < before.size(); i++) {
            SupplyLink link = before.get(i);
            Integer same = link.id() == null ? null : newById.get(link.id());
            if (same != null && matching.added[same] && ends.old[i] == ends.now[same]) {
                matching.added[same] = false;
                oldDone[i] = true;
                doneCount++;
            }
        }
        long[] left = new long[before.size() - doneCount];
        for (int i = 0, k = 0; i < before.size(); i++) {
            if (!oldDone[i]) {
                left[k++] = ends.old[i] << INDEX_BITS | i;
            }
        }
        long[] right = new long[after.size() - doneCount];
        for (int i = 0, k = 0; i < after.size(); i++) {
            if (matching.added[i]) {
                right[k++] = ends.now[i] << INDEX_BITS | i;
            }
        }
        Arrays.sort(left);
        Arrays.sort(right);
        // Within one pair of ends, the k-th old link (in the old map's order) takes the k-th new one.
        int r = 0;
        for (long entry : left) {
            long key = entry >>> INDEX_BITS;
            while (r < right.length && right[r] >>> INDEX_BITS < key) {
                r++;
            }
            if (r < right.length && right[r] >>> INDEX_BITS == key) {
                matching.added[(int) (right[r] & INDEX_MASK)] = false;
                r++;
            } else {
                matching.removed[(int) (entry & INDEX_MASK)] = true;
            }
        }
        return matching;
    }

    /**
     * The two ends of every link as one number, {@code from << 21 | to}: a new map's firm by its place in the new
     * map, an old map's firm by the place of the new firm it matched, or after them when it was removed; an id no
     * firm has gets a number of its own, a different one on each side, so that it matches nothing.
     */
    private static final class Ends {
        final long[] old;
        final long[] now;
        private int next;

        /**
         * The ends by the graphs' numbers: a new map's firm by its number in {@code afterGraph}, an old map's firm
         * by the number of the new firm it matched, or after the new map's firms when it was removed. A firm named
         * by several firms' id is the first of them, as in the graphs.
         */
        Ends(MapGraph beforeGraph, MapGraph afterGraph, FirmMatching firms) {
            int newCount = afterGraph.firmCount();
            int[] oldNumbers = new int[beforeGraph.firmCount()];
            for (int f = 0; f < oldNumbers.length; f++) {
                Enterprise match = firms.inNew(beforeGraph.firm(f).id());
                int number = match == null ? -1 : afterGraph.firmIndex(match.id());
                oldNumbers[f] = number >= 0 ? number : newCount + f;
            }
            next = newCount + oldNumbers.length;
            now = new long[afterGraph.linkCount()];
            for (int l = 0; l < now.length; l++) {
                now[l] = (long) afterGraph.supplier(l) << INDEX_BITS | afterGraph.customer(l);
            }
            old = new long[beforeGraph.linkCount()];
            for (int l = 0; l < old.length; l++) {
                old[l] = (long) oldNumbers[beforeGraph.supplier(l)] << INDEX_BITS | oldNumbers[beforeGraph.customer(l)];
            }
        }

        Ends(List<SupplyLink> before, List<SupplyLink> after, FirmMatching firms) {
            Map<String, Integer> newFirms = new HashMap<>(firms.afterFirms().size() * 2);
            for (Enterprise firm : firms.afterFirms()) {
                newFirms.putIfAbsent(firm.id(), newFirms.size());
            }
            next = newFirms.size();
            Map<String, Integer> oldFirms = new HashMap<>(firms.beforeFirms().size() * 2);
            for (Enterprise firm : firms.beforeFirms()) {
                Enterprise match = firms.inNew(firm.id());
                Integer number = match == null ? null : newFirms.get(match.id());
                oldFirms.putIfAbsent(firm.id(), number == null ? next++ : number);
            }
            now = numbers(after, newFirms);
            old = numbers(before, oldFirms);
        }

        private long[] numbers(List<SupplyLink> links, Map<String, Integer> firmNumbers) {
            Map<String, Integer> unknown = new HashMap<>();
            long[] numbers = new long[links.size()];
            for (int i = 0; i < links.size(); i++) {
                SupplyLink link = links.get(i);
                numbers[i] = (long) number(link.from(), firmNumbers, unknown) << INDEX_BITS
                        | number(link.to(), firmNumbers, unknown);
            }
            return numbers;
        }

        private int number(String id, Map<String, Integer> firmNumbers, Map<String, Integer> unknown) {
            Integer number = firmNumbers.get(id);
            return number != null ? number : unknown.computeIfAbsent(id, key -> next++);
        }

        /** Whether every number and every link's place fits in 21 bits. */
        boolean fits() {
            return next <= INDEX_MASK && old.length <= INDEX_MASK && now.length <= INDEX_MASK;
        }
    }

    /**
     * The same matching by the ends' ids as text, through a hash map: for maps too large for {@link Ends}, and as
     * the plain form the tests hold the numbered one to.
     */
    static LinkMatching byText(List<SupplyLink> before, List<SupplyLink> after, FirmMatching firms) {
        LinkMatching matching = new LinkMatching(before.size(), after.size());
        boolean[] added = matching.added;
        boolean[] removed = matching.removed;
        Arrays.fill(added, true);
        Map<String, Integer> newById = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).id() != null) {
                newById.putIfAbsent(after.get(i).id(), i);
            }
        }
        boolean[] oldDone = new boolean[before.size()];
        for (int i = 0; i < before.size(); i++) {
            SupplyLink link = before.get(i);
            Integer same = link.id() == null ? null : newById.get(link.id());
            if (same != null && added[same] && ends(link, firms).equals(ends(after.get(same)))) {
                added[same] = false;
                oldDone[i] = true;
            }
        }
        Map<String, ArrayDeque<Integer>> newByEnds = new HashMap<>(after.size() * 2);
        for (int i = 0; i < after.size(); i++) {
            if (added[i]) {
                newByEnds
                        .computeIfAbsent(ends(after.get(i)), key -> new ArrayDeque<>(1))
                        .add(i);
            }
        }
        for (int i = 0; i < before.size(); i++) {
            if (oldDone[i]) {
                continue;
            }
            ArrayDeque<Integer> candidates = newByEnds.get(ends(before.get(i), firms));
            Integer match = candidates == null ? null : candidates.poll();
            if (match == null) {
                removed[i] = true;
            } else {
                added[match] = false;
            }
        }
        return matching;
    }

    private static String ends(SupplyLink link) {
        return link.from() + "\u0000" + link.to();
    }

    /** The ends of an old link as the new map's firms; a removed firm's end cannot match a new firm. */
    private static String ends(SupplyLink link, FirmMatching firms) {
        String from = firms.inNew(link.from()) == null ? "\u0001" + link.from() : firms.newId(link.from());
        String to = firms.inNew(link.to()) == null ? "\u0001" + link.to() : firms.newId(link.to());
        return from + "\u0000" + to;
    }

    /** Whether the new map's link at {@code index} is new. */
    boolean added(int index) {
        return added[index];
    }

    /** Whether the old map's link at {@code index} is gone. */
    boolean removed(int index) {
        return removed[index];
    }
}
