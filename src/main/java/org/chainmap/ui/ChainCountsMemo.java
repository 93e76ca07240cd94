package org.chainmap.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * The counts of each chain ({@link ChainCounts}), kept across edits that do not reach the chain: the chain list's
 * tooltips and the chain's heading ask for them after every edit, and counting a chain reads all of a map's firms
 * and links (at 100,000 firms that made most of an edit's time on the JavaFX thread, issue 17 item 9). An edit
 * reaches a chain when it touches the chain, a firm working in one of its segments (before or after the edit), or
 * a link to such a firm; an edit the {@link EditTrail} does not know forgets every count.
 */
final class ChainCountsMemo {

    private final EditTrail trail;
    private final Map<String, ChainCounts> counts = new HashMap<>();
    private RegionMap counted;

    ChainCountsMemo(EditTrail trail) {
        this.trail = trail;
    }

    /** The counts of {@code chain} in {@code map}. */
    ChainCounts of(RegionMap map, Chain chain) {
        if (map != counted) {
            Optional<List<Object>> since = trail.touched(counted, map);
            if (since.isPresent()) {
                for (Object record : since.get()) {
                    forget(counted, map, record);
                }
            } else {
                counts.clear();
            }
            counted = map;
        }
        return counts.computeIfAbsent(chain.id(), id -> ChainCounts.of(map, chain));
    }

    private void forget(RegionMap before, RegionMap after, Object record) {
        if (record instanceof Chain chain) {
            counts.remove(chain.id());
        } else if (record instanceof Enterprise firm) {
            forgetChainsOf(before, after, firm);
        } else if (record instanceof SupplyLink link) {
            for (RegionMap map : List.of(before, after)) {
                map.enterprise(link.to()).ifPresent(firm -> forgetChainsOf(before, after, firm));
            }
        } else if (!isOutsideCounts(record)) {
            counts.clear();
        }
    }

    private void forgetChainsOf(RegionMap before, RegionMap after, Enterprise firm) {
        for (String segment : firm.segments()) {
            before.chainOfSegment(segment).ifPresent(chain -> counts.remove(chain.id()));
            after.chainOfSegment(segment).ifPresent(chain -> counts.remove(chain.id()));
        }
    }

    /** Targets, the presentation, snapshots: records no count reads. */
    private static boolean isOutsideCounts(Object record) {
        return record instanceof org.chainmap.model.Target
                || record instanceof org.chainmap.model.Presentation
                || record instanceof org.chainmap.model.Snapshots;
    }
}
