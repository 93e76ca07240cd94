package org.chainmap.layout;

import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * Lays out one chain: runs the phases in order (layers, segment order, card order, placement, link routing),
 * honouring the chain's {@link org.chainmap.model.Pins}. Deterministic: the same map gives the same geometry.
 */
public final class ChainLayouter {

    private ChainLayouter() {}

    /** The geometry of {@code chain} of {@code map}. */
    public static ChainGeometry layout(RegionMap map, Chain chain) {
        Layers layers = SegmentOrdering.order(LayerAssignment.assign(chain));
        CardOrdering cards = CardOrdering.order(map, chain, layers);
        return LinkRouting.route(map, Placement.place(layers, cards));
    }
}
