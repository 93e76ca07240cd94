package org.chainmap.compare;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.SupplyLink;

/**
 * Which supply links of the new map were in the old one. A link with an id matches the link of the same id whose
 * ends are the same firms; the others match by their ends, the old map's firms taken as the new map's
 * ({@link FirmMatching}), as many times as the pair occurs on both sides. A link whose end was removed matches
 * nothing. Linear in the number of links.
 */
final class LinkMatching {

    private final boolean[] added;
    private final boolean[] removed;

    private LinkMatching(int before, int after) {
        added = new boolean[after];
        removed = new boolean[before];
    }

    static LinkMatching of(List<SupplyLink> before, List<SupplyLink> after, FirmMatching firms) {
        LinkMatching matching = new LinkMatching(before.size(), after.size());
        java.util.Arrays.fill(matching.added, true);
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
            if (same != null && matching.added[same] && ends(link, firms).equals(ends(after.get(same)))) {
                matching.added[same] = false;
                oldDone[i] = true;
            }
        }
        Map<String, ArrayDeque<Integer>> newByEnds = new HashMap<>(after.size() * 2);
        for (int i = 0; i < after.size(); i++) {
            if (matching.added[i]) {
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
                matching.removed[i] = true;
            } else {
                matching.added[match] = false;
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
