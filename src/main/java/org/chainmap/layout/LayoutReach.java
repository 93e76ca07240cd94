package org.chainmap.layout;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * Whether an edit reaches a chain's drawing: {@link ChainLayouter} reads of a map only the chain's segments (ids,
 * stages, orders, feeds, in their order) and pins, the id, locality and segments of each firm working in them
 * (in document order), and the links with an end among those firms (in document order). A name, a colour, a
 * firm's revenue, a target or another chain's firm changed leaves the geometry as it was, and the window draws
 * the new map on the geometry it has.
 */
public final class LayoutReach {

    private LayoutReach() {}

    /**
     * Whether {@code chainId}'s geometry for {@code before} is also its geometry for {@code after}, made from it by
     * edits that replaced, added or removed the records {@code touched} (either version, both may be given).
     */
    public static boolean unchanged(RegionMap before, RegionMap after, String chainId, Collection<?> touched) {
        Chain was = before.chain(chainId).orElse(null);
        Chain is = after.chain(chainId).orElse(null);
        if (was == null || is == null || !sameShape(was, is)) {
            return was == null && is == null;
        }
        Set<String> segments = new HashSet<>();
        is.segments().forEach(segment -> segments.add(segment.id()));
        for (Object record : touched) {
            if (record instanceof Enterprise firm && firmChanged(before, after, firm.id(), segments)) {
                return false;
            }
            if (record instanceof SupplyLink link
                    && (inChain(before, link, segments) || inChain(after, link, segments))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameShape(Chain was, Chain is) {
        if (was == is) {
            return true;
        }
        if (!was.pins().equals(is.pins())
                || was.segments().size() != is.segments().size()) {
            return false;
        }
        for (int s = 0; s < was.segments().size(); s++) {
            Segment a = was.segments().get(s);
            Segment b = is.segments().get(s);
            if (!a.id().equals(b.id())
                    || a.stage() != b.stage()
                    || a.order() != b.order()
                    || !a.feeds().equals(b.feeds())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the firm {@code id} works in the chain before or after and changed what the layout reads. */
    private static boolean firmChanged(RegionMap before, RegionMap after, String id, Set<String> segments) {
        Enterprise a = before.enterprise(id).orElse(null);
        Enterprise b = after.enterprise(id).orElse(null);
        if (!worksIn(a, segments) && !worksIn(b, segments)) {
            return false;
        }
        return a == null || b == null || a.local() != b.local() || !Objects.equals(a.segments(), b.segments());
    }

    private static boolean worksIn(Enterprise firm, Set<String> segments) {
        if (firm == null) {
            return false;
        }
        List<String> own = firm.segments();
        for (String segment : own) {
            if (segments.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inChain(RegionMap map, SupplyLink link, Set<String> segments) {
        return worksIn(map.enterprise(link.from()).orElse(null), segments)
                || worksIn(map.enterprise(link.to()).orElse(null), segments);
    }
}
