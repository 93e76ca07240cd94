package org.chainmap.layout;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * A chain's geometry after an edit, made in milliseconds from the geometry shown before it, to draw the edit at
 * once while {@link ChainLayouter} lays the chain out again in the background (issue 17 item 9, decision 0045).
 * Only the firms the edit moved change place: a firm whose segments changed, added or removed loses its card and
 * markers, and gets new ones in the first free cell of its boxes' grids (after the last row when the grid is full:
 * the box then grows, unless it would reach the box below: then the last cell of its bottom row is shared, the new
 * card drawn over the one there until the layout comes, decision 0051). Its links, and the links the edit added
 * or removed, are drawn as plain provisional routes (or stubs to firms outside the chain); every other card, marker,
 * box and route keeps its place and its object, in its order, the new ones at the end, so that a painter can keep
 * what it worked out for them.
 *
 * <p>Made in time proportional to the edit (decision 0071): the geometry's cards, markers and routes are those of
 * {@code from} patched ({@code PatchedMap}, {@code PatchedList}: the kept ones in their order, the new ones at the
 * end), the taken-away ones found through indexes by firm made once per laid-out geometry ({@link #prepared}).
 *
 * @param from the geometry this one was made from
 * @param geometry the provisional geometry
 * @param moved the firms whose cards and markers were taken away and placed again (or only taken away)
 * @param rerouted the (supplier, customer) pairs of the routes taken away besides the moved firms' ones
 * @param takenRoutes the positions in {@code from.links()} of the routes taken away (those {@link #takenAway}),
 *     ascending; not to be changed
 * @param takenCards the positions in the order of {@code from.cards()} of the moved firms' cards there, ascending;
 *     not to be changed
 */
public record ProvisionalPlacement(
        ChainGeometry from,
        ChainGeometry geometry,
        Set<String> moved,
        Set<List<String>> rerouted,
        int[] takenRoutes,
        int[] takenCards) {

    /**
     * The geometry of {@code chain} of {@code after}, made from {@code shown}, its geometry for {@code before}, which
     * edits replacing, adding or removing the records {@code touched} made into {@code after}. Empty when the chain's
     * segments changed (their ids, stages, orders, feeds or pins): then only a layout will do.
     */
    public static Optional<ProvisionalPlacement> of(
            ChainGeometry shown, RegionMap before, RegionMap after, Chain chain, Collection<?> touched) {
        Chain was = before.chain(chain.id()).orElse(null);
        if (was == null || !LayoutReach.sameShape(was, chain)) {
            return Optional.empty();
        }
        Set<String> segments = new HashSet<>();
        for (Segment segment : chain.segments()) {
            segments.add(segment.id());
        }
        Set<String> moved = new HashSet<>();
        Set<List<String>> rerouted = new HashSet<>();
        for (Object record : touched) {
            if (record instanceof Enterprise firm) {
                Enterprise a = before.enterprise(firm.id()).orElse(null);
                Enterprise b = after.enterprise(firm.id()).orElse(null);
                boolean drawn = shown.cards().containsKey(firm.id()) || worksIn(b, segments);
                if (drawn && (a == null || b == null || !Objects.equals(a.segments(), b.segments()))) {
                    moved.add(firm.id());
                }
            } else if (record instanceof SupplyLink link) {
                rerouted.add(List.of(link.from(), link.to()));
            }
        }
        ProvisionalGeometry made = new ProvisionalGeometry(shown, after, segments, moved, rerouted);
        ChainGeometry geometry = made.build();
        return Optional.of(new ProvisionalPlacement(
                shown, geometry, Set.copyOf(moved), rerouted, made.takenRoutes(), made.takenCards()));
    }

    /**
     * {@code geometry}, the same, with its cards, markers and routes in the forms a provisional placement made from
     * it patches, and their indexes by firm and by box made now (decision 0071): for a layout made in the background,
     * so that the first edit after it does not make them on the painter's thread. A provisional placement from a
     * geometry not so prepared makes them itself (one pass over the chain).
     */
    public static ChainGeometry prepared(ChainGeometry geometry) {
        return ProvisionalGeometry.indexed(geometry);
    }

    /** Whether {@code route} was taken away: an end moved, or its pair's links changed. */
    public boolean takenAway(ChainGeometry.LinkRoute route) {
        return moved.contains(route.supplier())
                || moved.contains(route.customer())
                || !rerouted.isEmpty() && rerouted.contains(List.of(route.supplier(), route.customer()));
    }

    private static boolean worksIn(Enterprise firm, Set<String> segments) {
        if (firm == null) {
            return false;
        }
        for (String segment : firm.segments()) {
            if (segments.contains(segment)) {
                return true;
            }
        }
        return false;
    }
}
