package org.chainmap.layout;

import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * Lays out one chain: runs the phases in order (layers, segment order, card order, placement, link routing),
 * honouring the chain's {@link org.chainmap.model.Pins}. Deterministic: the same map gives the same geometry.
 */
public final class ChainLayouter {

    private ChainLayouter() {}

    /** The geometry of {@code chain} of {@code map}, the columns of cards in its boxes chosen automatically. */
    public static ChainGeometry layout(RegionMap map, Chain chain) {
        return layout(map, chain, BoxColumns.AUTOMATIC);
    }

    /**
     * The geometry of {@code chain} of {@code map}.
     *
     * @param boxColumns {@link BoxColumns#AUTOMATIC}, or the most columns of cards a box may have (1: every box
     *     one column)
     */
    public static ChainGeometry layout(RegionMap map, Chain chain, int boxColumns) {
        Layers layers = SegmentOrdering.order(LayerAssignment.assign(chain));
        CardOrdering cards = CardOrdering.order(map, chain, layers);
        return LinkRouting.route(map, Placement.place(cards.layers(), cards, boxColumns));
    }
}
