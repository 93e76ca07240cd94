package org.chainmap.search;

import java.util.List;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;

/** Small maps made for one search test. */
final class RegionMapsForSearch {

    private RegionMapsForSearch() {}

    /** A map of no chains holding {@code firms}. */
    static RegionMap of(Enterprise... firms) {
        return RegionMap.empty(Region.of("衡阳市", "430400")).withEnterprises(List.of(firms));
    }
}
