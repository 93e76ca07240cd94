package org.chainmap.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.Enterprise;
import org.chainmap.model.MapCounts;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshots;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * The counts of the open map ({@link MapCounts}, the status bar's) and of each chain asked for ({@link ChainCounts},
 * the chain's heading and the chain list's tooltips), brought up to date after each edit from the records it
 * touched instead of counted again: counting reads all of a map's firms and links, which at 100,000 firms made
 * most of an edit's time on the JavaFX thread (issue 17 item 9). An edit that touches a chain forgets that chain's
 * counts; the firms it touches, and the customers of the links it touches, are taken out of the counts as they were
 * and put in as they are now ({@link ChainCounts#after}, {@link MapCounts#after}); a map the {@link EditTrail} does
 * not lead to, or a record no count knows, forgets every count.
 */
final class CountsMemo {

    private record Counted(Chain chain, ChainCounts counts) {}

    private final EditTrail trail;
    private final Map<String, Counted> chains = new HashMap<>();
    private MapCounts whole;
    private RegionMap counted;

    CountsMemo(EditTrail trail) {
        this.trail = trail;
    }

    /** The counts of {@code chain} in {@code map}. */
    ChainCounts of(RegionMap map, Chain chain) {
        catchUp(map);
        Counted known = chains.get(chain.id());
        if (known == null || known.chain() != chain && !known.chain().equals(chain)) {
            known = new Counted(chain, ChainCounts.of(map, chain));
            chains.put(chain.id(), known);
        }
        return known.counts();
    }

    /** The counts of the whole of {@code map}. */
    MapCounts of(RegionMap map) {
        catchUp(map);
        if (whole == null) {
            whole = MapCounts.of(map);
        }
        return whole;
    }

    private void catchUp(RegionMap map) {
        if (map == counted) {
            return;
        }
        Optional<List<Object>> since = trail.touched(counted, map);
        Set<String> firms = new HashSet<>();
        boolean known = since.isPresent();
        for (Object record : since.orElse(List.of())) {
            if (record instanceof Chain chain) {
                chains.remove(chain.id());
            } else if (record instanceof Enterprise firm) {
                firms.add(firm.id());
            } else if (record instanceof SupplyLink link) {
                firms.add(link.to());
            } else if (!isOutsideCounts(record)) {
                known = false;
            }
        }
        if (!known) {
            chains.clear();
            whole = null;
        } else if (!firms.isEmpty()) {
            ChainCounts.Inflows inflows = new ChainCounts.Inflows(counted, map, firms);
            chains.replaceAll(
                    (id, kept) -> new Counted(kept.chain(), kept.counts().after(kept.chain(), inflows)));
            whole = whole == null ? null : whole.after(counted, map, firms);
        } else if (whole != null) {
            whole = whole.after(counted, map, Set.of()); // chains or segments may have changed
        }
        counted = map;
    }

    /** Targets, the presentation, snapshots: records no count reads. */
    private static boolean isOutsideCounts(Object record) {
        return record instanceof Target || record instanceof Presentation || record instanceof Snapshots;
    }
}
