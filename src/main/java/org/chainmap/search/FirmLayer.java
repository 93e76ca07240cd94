package org.chainmap.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * The firms the edits since a {@link SearchIndex} was built changed (decision 0067): the built entries of the firms
 * no longer in the map, and the firms the map has that the built index does not, each edit adding only the records
 * it touched, so that keeping the index of a 100,000-firm map after an edit costs its few firms. The layer's firms
 * are indexed, and their places in the map's order found, when it is first asked ({@link #laid}): one pass over the
 * map's list comparing references, which also checks that the built entries and the layer make up the map exactly;
 * when they do not (a map with two firms of one id, whose lookup by id cannot tell them apart), the index is built
 * anew instead ({@link #rebuilt}).
 */
final class FirmLayer {

    /** A layer of more firms than this is not made: the index is built anew. */
    static final int AT_MOST = 4_096;

    private static final Object FAILED = new Object();

    private final SearchIndex built;
    private final RegionMap map;
    /** The entries of {@link #built} whose firm the map no longer has. */
    private final Set<Integer> removed;
    /** The firms of the map that {@link #built} has no live entry of, by identity. */
    private final Set<Enterprise> added;

    private volatile Object laid;
    private volatile SearchIndex rebuilt;

    /**
     * The layer's firms, indexed, in the map's order: {@code order[j]} is firm j's place among the built entries (see
     * {@link SearchIndex#SUB_BITS}); {@code removed[e]} whether built entry e is gone.
     */
    record Laid(boolean[] removed, SearchIndex firms, long[] order, Map<Long, Integer> entries) {

        /** The layer's firm at place {@code order}. */
        int entryOf(long order) {
            return entries.get(order);
        }
    }

    private FirmLayer(SearchIndex built, RegionMap map, Set<Integer> removed, Set<Enterprise> added) {
        this.built = built;
        this.map = map;
        this.removed = removed;
        this.added = added;
    }

    /**
     * The layer over {@code built} of {@code now}, made from the map of {@code before} (or of {@code built} when
     * {@code null}) by edits that replaced, added or removed {@code touched}; {@code null} when it would hold more
     * than {@link #AT_MOST} firms.
     */
    static FirmLayer after(SearchIndex built, FirmLayer before, RegionMap now, List<Object> touched) {
        Set<Integer> removed = before == null ? new HashSet<>() : new HashSet<>(before.removed);
        Set<Enterprise> added = Collections.newSetFromMap(new IdentityHashMap<>());
        if (before != null) {
            added.addAll(before.added);
        }
        for (Object record : touched) {
            if (record instanceof Enterprise firm) {
                boolean present = now.enterprise(firm.id()).orElse(null) == firm;
                int e = built.entryOf(firm);
                if (!present) {
                    added.remove(firm);
                    if (e >= 0) {
                        removed.add(e);
                    }
                } else if (e < 0 || removed.contains(e)) {
                    added.add(firm);
                }
            }
        }
        return removed.size() + added.size() > AT_MOST ? null : new FirmLayer(built, now, removed, added);
    }

    /** The index whose arrays the layer lies on. */
    SearchIndex built() {
        return built;
    }

    /** How many firms the layer holds, added and removed. */
    int size() {
        return removed.size() + added.size();
    }

    /** How many firms the map has that the built entries do not. */
    int addedCount() {
        return added.size();
    }

    /** How many built entries are gone. */
    int removedCount() {
        return removed.size();
    }

    /** The layer's firms indexed and placed; {@code null} when the built entries and the layer are not the map. */
    Laid laid() {
        Object done = laid;
        if (done == null) {
            synchronized (this) {
                done = laid;
                if (done == null) {
                    Laid made = lay();
                    done = made == null ? FAILED : made;
                    laid = done;
                }
            }
        }
        return done == FAILED ? null : (Laid) done;
    }

    /** The index of {@code map} built anew, once. */
    synchronized SearchIndex rebuilt(RegionMap now) {
        if (rebuilt == null) {
            rebuilt = SearchIndex.of(now);
        }
        return rebuilt;
    }

    private Laid lay() {
        int count = built.entryCount();
        boolean[] gone = new boolean[count];
        removed.forEach(e -> gone[e] = true);
        Set<Enterprise> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Enterprise> firms = new ArrayList<>(added.size());
        List<Long> orders = new ArrayList<>(added.size());
        int next = live(built.firmsFrom(), gone);
        long anchor = built.firmsFrom(); // the place of the last chain or segment: e + 1
        long sub = 0;
        for (Enterprise firm : map.enterprises()) {
            if (next < count && built.firmOf(next) == firm) {
                anchor = next + 1L;
                sub = 0;
                next = live(next + 1, gone);
                continue;
            }
            if (!added.contains(firm) || !seen.add(firm) || ++sub > SearchIndex.SUB_MASK) {
                return null;
            }
            firms.add(firm);
            orders.add(anchor << SearchIndex.SUB_BITS | sub);
        }
        if (next < count || firms.size() != added.size()) {
            return null;
        }
        SearchIndex indexed;
        synchronized (built.spellings()) { // the layer's new characters go into the shared table
            indexed = new SearchIndex(map, false, firms, built.spellings());
        }
        long[] order = new long[orders.size()];
        Map<Long, Integer> entries = new HashMap<>(orders.size() * 2);
        for (int j = 0; j < order.length; j++) {
            order[j] = orders.get(j);
            entries.put(order[j], j);
        }
        return new Laid(gone, indexed, order, entries);
    }

    private int live(int from, boolean[] gone) {
        int e = from;
        while (e < gone.length && gone[e]) {
            e++;
        }
        return e;
    }
}
