package org.chainmap.edit;

import java.util.HashSet;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.ListItem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * Ids for things a user adds, new to the map and following the file's conventions: segments prefixed with
 * their chain ({@code power.seg-3}), links named by their ends ({@code link.a.b}), targets by their
 * segment.
 */
public final class NewIds {

    private NewIds() {}

    /** An id for a new chain. */
    public static String chain(RegionMap map) {
        return free("chain-", ids(map));
    }

    /** An id for a new segment of the chain {@code chainId}. */
    public static String segment(RegionMap map, String chainId) {
        return free(chainId + ".seg-", ids(map));
    }

    /** An id for a new enterprise. */
    public static String enterprise(RegionMap map) {
        return free("firm-", ids(map));
    }

    /** An id for a new supply link from {@code from} to {@code to}. */
    public static String link(RegionMap map, String from, String to) {
        Set<String> taken = new HashSet<>();
        for (SupplyLink link : map.links()) {
            if (link.id() != null) {
                taken.add(link.id());
            }
        }
        String base = "link." + from + "." + to;
        return taken.contains(base) ? free(base + "-", taken) : base;
    }

    /** An id for a new target for the segment {@code segmentId}. */
    public static String target(RegionMap map, String segmentId) {
        Set<String> taken = ids(map);
        map.targets().forEach(target -> taken.add(target.id()));
        return free("target." + segmentId + ".", taken);
    }

    /** An id for a new item of a list of the chain {@code chainId}. */
    public static String listItem(RegionMap map, String chainId) {
        Set<String> taken = ids(map);
        for (Chain chain : map.chains()) {
            chain.lists().all().stream().map(ListItem::id).forEach(taken::add);
        }
        return free(chainId + ".item-", taken);
    }

    private static Set<String> ids(RegionMap map) {
        Set<String> taken = new HashSet<>();
        for (Chain chain : map.chains()) {
            taken.add(chain.id());
            chain.segments().forEach(segment -> taken.add(segment.id()));
        }
        map.enterprises().forEach(firm -> taken.add(firm.id()));
        for (Target target : map.targets()) {
            taken.add(target.id());
        }
        return taken;
    }

    private static String free(String prefix, Set<String> taken) {
        for (int n = 1; ; n++) {
            String id = prefix + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
