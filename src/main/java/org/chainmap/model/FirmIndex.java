package org.chainmap.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enterprises by id; the first of duplicated ids wins. Built once per map from its enterprises, or derived from the
 * index of the map an edit was made from (decision 0058): the one built then, shared, under a small layer of the ids
 * the edits since changed, so that an edit of a 100,000-firm map costs its few firms, not 100,000 entries.
 */
final class FirmIndex {

    /** The layer over the shared index is folded into a new one when it holds more ids than this. */
    static final int LAYER_AT_MOST = 4_096;

    /** The index built from a map's enterprises, shared by the indexes derived from it. */
    private final Map<String, Enterprise> built;
    /** The ids changed since {@link #built}: their enterprise now, or {@code null} for none. */
    private final Map<String, Enterprise> changed;
    /** How many ids the index holds. */
    private final int size;

    FirmIndex(List<Enterprise> all) {
        built = new HashMap<>();
        for (Enterprise firm : all) {
            built.putIfAbsent(firm.id(), firm);
        }
        changed = Map.of();
        size = built.size();
    }

    private FirmIndex(Map<String, Enterprise> built, Map<String, Enterprise> changed, int size) {
        this.built = built;
        this.changed = changed;
        this.size = size;
    }

    /** The enterprise with {@code id}, or {@code null}. */
    Enterprise get(String id) {
        if (!changed.isEmpty() && changed.containsKey(id)) {
            return changed.get(id);
        }
        return built.get(id);
    }

    /** How many ids the index holds. */
    int size() {
        return size;
    }

    /**
     * The index of a map whose {@code count} enterprises were made from those of the map indexed by {@code before}
     * by replacing, in order, each of {@code gone} (may be {@code null}: an enterprise inserted) by the one of {@code
     * came} at its place ({@code null}: removed); {@code null} (built anew when asked) when there is no index
     * before, when either map has two enterprises with one id, or when the layer grew too big.
     */
    static FirmIndex after(FirmIndex before, List<Enterprise> gone, List<Enterprise> came, int count) {
        if (before == null || before.changed.size() + gone.size() > LAYER_AT_MOST) {
            return null;
        }
        Map<String, Enterprise> layer = new HashMap<>(before.changed);
        FirmIndex now = new FirmIndex(before.built, layer, before.size);
        int size = before.size;
        for (int i = 0; i < gone.size(); i++) {
            Enterprise out = gone.get(i);
            if (out != null) {
                if (!out.equals(now.get(out.id()))) {
                    return null; // a duplicated id, or not this index's map
                }
                layer.put(out.id(), null);
                size--;
            }
            Enterprise in = came.get(i);
            if (in != null) {
                if (now.get(in.id()) != null) {
                    return null; // two enterprises with one id: the first wins, found by building anew
                }
                layer.put(in.id(), in);
                size++;
            }
        }
        return size == count ? new FirmIndex(before.built, layer, size) : null;
    }

    /** The enterprises of {@code all} working in any segment of {@code chain} ({@code null}: none), in order. */
    static List<Enterprise> ofChain(List<Enterprise> all, Chain chain) {
        if (chain == null) {
            return List.of();
        }
        Set<String> segmentIds = new java.util.HashSet<>();
        chain.segments().forEach(segment -> segmentIds.add(segment.id()));
        return all.stream()
                .filter(firm -> firm.segments().stream().anyMatch(segmentIds::contains))
                .toList();
    }

    /** The enterprises of each segment, in document order, each once. */
    static Map<String, List<Enterprise>> bySegment(List<Enterprise> all) {
        Map<String, ArrayList<Enterprise>> bySegment = new HashMap<>();
        for (Enterprise firm : all) {
            List<String> segments = firm.segments();
            for (String segmentId : segments.size() == 1 ? segments : new LinkedHashSet<>(segments)) {
                bySegment.computeIfAbsent(segmentId, key -> new ArrayList<>()).add(firm);
            }
        }
        Map<String, List<Enterprise>> frozen = new HashMap<>();
        bySegment.forEach((segmentId, firms) -> frozen.put(segmentId, List.copyOf(firms)));
        return frozen;
    }

    /**
     * The enterprises of each segment of a map made from the map whose are {@code before} by replacing, in order,
     * each of {@code gone} ({@code null}: an insertion) by the one of {@code came} at its place ({@code null}: a
     * removal), its enterprises now {@code now}: {@code before}'s lists, shared, but those of the segments the
     * replaced firms work in, which are copied and changed (decision 0067); {@code null} when there is none before.
     * A firm put in a segment it was not in finds its place after the firm nearest before it in {@code now} that
     * the segment holds.
     */
    static Map<String, List<Enterprise>> bySegmentAfter(
            Map<String, List<Enterprise>> before, List<Enterprise> gone, List<Enterprise> came, List<Enterprise> now) {
        if (before == null) {
            return null;
        }
        Map<String, List<Enterprise>> changed = new HashMap<>();
        for (int i = 0; i < gone.size(); i++) {
            Enterprise out = gone.get(i);
            Enterprise in = came.get(i);
            Set<String> inSegments = in == null ? Set.of() : new LinkedHashSet<>(in.segments());
            Set<String> outSegments = out == null ? Set.of() : new LinkedHashSet<>(out.segments());
            for (String segmentId : outSegments) {
                List<Enterprise> firms = working(changed, before, segmentId);
                int at = indexOf(firms, out);
                if (at >= 0 && inSegments.contains(segmentId)) {
                    firms.set(at, in);
                } else if (at >= 0) {
                    firms.remove(at);
                }
            }
            for (String segmentId : inSegments) {
                if (!outSegments.contains(segmentId)) {
                    insert(working(changed, before, segmentId), in, segmentId, now);
                }
            }
        }
        Map<String, List<Enterprise>> after = new HashMap<>(before);
        changed.forEach((segmentId, firms) -> {
            if (firms.isEmpty()) {
                after.remove(segmentId);
            } else {
                after.put(segmentId, List.copyOf(firms));
            }
        });
        return after;
    }

    private static List<Enterprise> working(
            Map<String, List<Enterprise>> changed, Map<String, List<Enterprise>> before, String segmentId) {
        return changed.computeIfAbsent(segmentId, id -> new ArrayList<>(before.getOrDefault(id, List.of())));
    }

    /** Puts {@code firm} into {@code firms} after the nearest firm before it in {@code now} that they hold. */
    private static void insert(List<Enterprise> firms, Enterprise firm, String segmentId, List<Enterprise> now) {
        int p = indexOf(now, firm);
        if (p < 0) {
            return; // removed again by a later step
        }
        for (int q = p - 1; q >= 0; q--) {
            Enterprise earlier = now.get(q);
            if (earlier.segments().contains(segmentId)) {
                int at = indexOf(firms, earlier);
                if (at >= 0) {
                    firms.add(at + 1, firm);
                    return;
                }
            }
        }
        firms.add(0, firm);
    }

    /** The place of this very object in {@code firms}; -1 for none. */
    private static int indexOf(List<Enterprise> firms, Enterprise firm) {
        for (int k = 0; k < firms.size(); k++) {
            if (firms.get(k) == firm) {
                return k;
            }
        }
        return -1;
    }
}
