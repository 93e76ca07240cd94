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
 *
 * <p>An edit that removes or adds links derives its map's index from the index before it (decision 0067, note of
 * 2026-12-07): the positions by firm of the list the index was built from are shared, under a layer that says which
 * of those links the list no longer has ({@link #removed}, places in the built list) and where the links it has that
 * the built list did not are ({@link #added}, places in this list); a built link's place now is its place then, less
 * the removed links before it, plus the added links before it. A link put back where its equal (same two firms) was
 * removed from, as an undo does, takes the removed one's place again rather than adding one. So an edit costs its
 * links times the layer, and asking for a firm's links costs its links times the logarithm of the layer.
 */
public final class LinkIndex {

    /** A derived index whose layer would hold more places than this is built whole instead. */
    static final int LAYER_AT_MOST = 16_384;

    private static final int[] NONE = {};
    /** How many removed links at the place of a link put back are compared with it to find its equal. */
    private static final int PUT_BACK_LOOKS = 32;

    /** The positions by firm in {@link #built}. */
    private final Map<String, int[]> byFirm;
    /** The list of links {@link #byFirm} was built from. */
    private final List<SupplyLink> built;
    /** The list of links this index is of. */
    private final List<SupplyLink> links;
    /** The places in {@link #built} of the links {@link #links} does not have, ascending. */
    private final int[] removed;
    /** The places in {@link #links} of the links not from {@link #built}, ascending. */
    private final int[] added;
    /** {@link #added} by firm, made at the first ask. */
    private volatile Map<String, int[]> addedByFirm;

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
        this.built = links;
        this.links = links;
        this.removed = NONE;
        this.added = NONE;
    }

    private LinkIndex(LinkIndex base, List<SupplyLink> links, int[] removed, int[] added) {
        this.byFirm = base.byFirm;
        this.built = base.built;
        this.links = links;
        this.removed = removed;
        this.added = added;
    }

    private void add(Map<String, int[]> filled, String id, int position) {
        int[] at = filled.computeIfAbsent(id, key -> new int[1]);
        byFirm.get(id)[at[0]++] = position;
    }

    /** The positions of the links of the firm {@code id}, ascending; a copy. */
    public int[] of(String id) {
        int[] positions = byFirm.getOrDefault(id, NONE);
        if (removed.length == 0 && added.length == 0) {
            return positions.length == 0 ? NONE : Arrays.copyOf(positions, positions.length);
        }
        int[] mine = addedByFirm().getOrDefault(id, NONE);
        int[] out = new int[positions.length + mine.length];
        int n = 0;
        int a = 0;
        for (int b : positions) {
            if (removed.length > 0 && Arrays.binarySearch(removed, b) >= 0) {
                continue;
            }
            int now = LinkShift.now(removed, removed.length, added, added.length, b);
            while (a < mine.length && mine[a] < now) {
                out[n++] = mine[a++];
            }
            out[n++] = now;
        }
        while (a < mine.length) {
            out[n++] = mine[a++];
        }
        return n == 0 ? NONE : n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * How many places the layer over the index built whole holds: the links removed from and added to the list it was
     * built from; 0 for an index built whole (or derived back to its list, as an undo does).
     */
    public int layer() {
        return removed.length + added.length;
    }

    private Map<String, int[]> addedByFirm() {
        Map<String, int[]> made = addedByFirm;
        if (made == null) {
            Map<String, int[]> growing = new HashMap<>();
            for (int p : added) {
                SupplyLink link = links.get(p);
                append(growing, link.from(), p);
                if (!link.to().equals(link.from())) {
                    append(growing, link.to(), p);
                }
            }
            made = new HashMap<>();
            for (Map.Entry<String, int[]> entry : growing.entrySet()) {
                int[] positions = entry.getValue();
                made.put(entry.getKey(), Arrays.copyOfRange(positions, 1, positions[0] + 1));
            }
            addedByFirm = made;
        }
        return made;
    }

    /** Appends {@code p} to the list of {@code id}, whose first element counts the others. */
    private static void append(Map<String, int[]> lists, String id, int p) {
        int[] list = lists.computeIfAbsent(id, key -> new int[4]);
        if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            lists.put(id, list);
        }
        list[++list[0]] = p;
    }

    /**
     * The index of {@code links}, made from the list {@code before} is the index of by replacing, in order, at each
     * place {@code at[k]} the link {@code gone[k]} ({@code null}: an insertion there) by {@code came[k]} ({@code
     * null}: a removal); {@code null} (to be built whole) when the layer would grow past {@link #LAYER_AT_MOST} or
     * the steps do not make a list of as many links as {@code links}.
     */
    static LinkIndex after(
            LinkIndex before, List<SupplyLink> links, int[] at, List<SupplyLink> gone, List<SupplyLink> came) {
        if (before.layer() + 2L * at.length > LAYER_AT_MOST) {
            return null;
        }
        Layer layer = new Layer(before);
        for (int k = 0; k < at.length; k++) {
            SupplyLink out = gone.get(k);
            SupplyLink in = came.get(k);
            if (out != null && in != null && sameEnds(out, in)) {
                continue; // the firms of every place are as they were
            }
            if (out != null) {
                layer.remove(at[k]);
            }
            if (in != null) {
                layer.insert(at[k], in);
            }
        }
        if (before.built.size() - layer.removedCount + layer.addedCount != links.size()) {
            return null;
        }
        return new LinkIndex(
                before,
                links,
                Arrays.copyOf(layer.removed, layer.removedCount),
                Arrays.copyOf(layer.added, layer.addedCount));
    }

    private static boolean sameEnds(SupplyLink one, SupplyLink other) {
        return one.from().equals(other.from()) && one.to().equals(other.to());
    }

    /** The layer of a derived index while the steps of an edit are played on it. */
    private static final class Layer {
        private final LinkIndex base;
        private int[] removed;
        private int removedCount;
        private int[] added;
        private int addedCount;

        Layer(LinkIndex base) {
            this.base = base;
            removed = Arrays.copyOf(base.removed, Math.max(16, base.removed.length * 2));
            removedCount = base.removed.length;
            added = Arrays.copyOf(base.added, Math.max(16, base.added.length * 2));
            addedCount = base.added.length;
        }

        /** Removes the link at {@code p} now. */
        void remove(int p) {
            int at = Arrays.binarySearch(added, 0, addedCount, p);
            if (at >= 0) {
                System.arraycopy(added, at + 1, added, at, addedCount - at - 1);
                addedCount--;
            } else {
                at = -at - 1;
                int rank = p - at;
                int b = rank + LinkShift.passed(removed, removedCount, rank);
                int r = LinkShift.below(removed, removedCount, b);
                removed = room(removed, removedCount);
                System.arraycopy(removed, r, removed, r + 1, removedCount - r);
                removed[r] = b;
                removedCount++;
            }
            for (int k = at; k < addedCount; k++) {
                added[k]--;
            }
        }

        /** Inserts {@code link} at {@code p} now: a removed built link there with the same firms comes back. */
        void insert(int p, SupplyLink link) {
            int at = LinkShift.below(added, addedCount, p);
            for (int k = at; k < addedCount; k++) {
                added[k]++;
            }
            int rank = p - at; // the built links kept before p
            int first = firstAtLeast(rank);
            int end = LinkShift.passed(removed, removedCount, rank);
            int found = -1;
            for (int look = 0; look < PUT_BACK_LOOKS && found < 0 && first + look < end; look++) {
                if (sameEnds(base.built.get(removed[end - 1 - look]), link)) {
                    found = end - 1 - look;
                } else if (sameEnds(base.built.get(removed[first + look]), link)) {
                    found = first + look;
                }
            }
            if (found >= 0) {
                System.arraycopy(removed, found + 1, removed, found, removedCount - found - 1);
                removedCount--;
                return;
            }
            added = room(added, addedCount);
            System.arraycopy(added, at, added, at + 1, addedCount - at);
            added[at] = p;
            addedCount++;
        }

        /** The least {@code j} with {@code removed[j] - j >= rank}: the first removed link after {@code rank} kept. */
        private int firstAtLeast(int rank) {
            return rank == 0 ? 0 : LinkShift.passed(removed, removedCount, rank - 1);
        }

        private static int[] room(int[] array, int size) {
            return size < array.length ? array : Arrays.copyOf(array, array.length * 2);
        }
    }

    /**
     * The index of one list of links, made at the first ask and shared by every map that holds that list: a map an
     * edit made before the index of the map before it was made finds it all the same, once made (issue 17 item 9:
     * the first edit's painter made it again, a quarter of a second at 100,000 firms). The list of a map an edit
     * made by removing or adding links has its index derived from the index of the map before it (asked for then).
     */
    static final class Shared {
        /** Derivations from a map whose index is not made yet are chained at most this deep, then built whole. */
        private static final int DEPTH_AT_MOST = 32;

        private final List<SupplyLink> links;
        private final int depth;
        private volatile Shared before;
        private volatile int[] at;
        private List<SupplyLink> gone;
        private List<SupplyLink> came;
        private volatile LinkIndex made;

        Shared(List<SupplyLink> links) {
            this.links = links;
            this.depth = 0;
        }

        private Shared(List<SupplyLink> links, Shared before, int[] at, List<SupplyLink> gone, List<SupplyLink> came) {
            this.links = links;
            this.depth = before.made != null ? 1 : before.depth + 1;
            this.before = before;
            this.at = at;
            this.gone = gone;
            this.came = came;
        }

        /** The index of {@code links}, made from {@code before}'s by the steps given (see {@link LinkIndex#after}). */
        static Shared after(
                Shared before, List<SupplyLink> links, int[] at, List<SupplyLink> gone, List<SupplyLink> came) {
            if (2L * at.length > LAYER_AT_MOST || before.made == null && before.depth >= DEPTH_AT_MOST) {
                return new Shared(links);
            }
            return new Shared(links, before, at, gone, came);
        }

        /**
         * Whether the index is made, or derives from a made one by layers (each edit's derivation costs its links)
         * that stay within {@link #LAYER_AT_MOST}, not built whole from all of the links. Takes no lock: an index
         * being built (the one made after opening takes seconds at 100,000 firms) is not ready, and the caller on the
         * JavaFX thread reads the links instead of waiting for it.
         */
        boolean ready() {
            return ready(0);
        }

        /** As {@link #ready()}, with {@code layered} places more for the derivations after this one. */
        private boolean ready(long layered) {
            if (made != null) {
                return true;
            }
            Shared base = before;
            int[] steps = at;
            if (made != null) {
                return true; // made meanwhile: get() sets it before it lets go of the steps
            }
            if (base == null || steps == null) {
                return false; // to be built whole, or being built
            }
            long layer = layered + 2L * steps.length;
            LinkIndex baseIndex = base.made;
            return baseIndex != null ? baseIndex.layer() + layer <= LAYER_AT_MOST : base.ready(layer);
        }

        /** The index, made now unless made; a second caller waits for the first (decision 0067). */
        synchronized LinkIndex get() {
            if (made == null) {
                LinkIndex derived = before == null ? null : LinkIndex.after(before.get(), links, at, gone, came);
                made = derived != null ? derived : new LinkIndex(links);
                before = null;
                at = null;
                gone = null;
                came = null;
            }
            return made;
        }
    }
}
