package org.chainmap.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Stage;

/**
 * Segments in layers, left to right: each stage a run of one or more consecutive layers, each layer a
 * column of segment ids in top-to-bottom order.
 *
 * @param layers the layers, each an ordered list of segment ids
 * @param layerOf the layer of each segment
 * @param firstLayer the first layer of each stage, by {@link Stage#ordinal()}
 * @param layerCount the number of layers of each stage, at least 1
 * @param forward the feeds drawn left to right, as {@code [from, to]} pairs in document order
 * @param back the feeds drawn as back edges (recycling, cycles), as {@code [from, to]} pairs
 * @param routed each layer with the virtual nodes of the feeds that pass through it, in their order
 *     (ids starting with {@link #VIRTUAL}); {@code null} until {@link SegmentOrdering} has ordered them
 * @param pinned the pinned top edge of segment boxes, in map units, by segment id: only segments in these
 *     layers, each finite and at least 0 (see {@link org.chainmap.model.Pins})
 */
public record Layers(
        List<List<String>> layers,
        Map<String, Integer> layerOf,
        int[] firstLayer,
        int[] layerCount,
        List<String[]> forward,
        Set<List<String>> back,
        List<List<String>> routed,
        Map<String, Double> pinned) {

    /** The first character of the id of a virtual node: a feed passing through a layer. */
    public static final String VIRTUAL = "\u0000";

    /** These layers in a new order, with the virtual nodes of long feeds placed too. */
    Layers withOrder(List<List<String>> newRouted) {
        List<List<String>> real = new ArrayList<>();
        List<List<String>> routedCopy = new ArrayList<>();
        for (List<String> layer : newRouted) {
            routedCopy.add(List.copyOf(layer));
            real.add(layer.stream().filter(id -> !id.startsWith(VIRTUAL)).toList());
        }
        return new Layers(real, layerOf, firstLayer, layerCount, forward, back, routedCopy, pinned);
    }

    /** The stage a layer belongs to. */
    public Stage stageOf(int layer) {
        for (Stage stage : Stage.values()) {
            int first = firstLayer[stage.ordinal()];
            if (layer >= first && layer < first + layerCount[stage.ordinal()]) {
                return stage;
            }
        }
        throw new IllegalArgumentException("no layer " + layer);
    }
}
