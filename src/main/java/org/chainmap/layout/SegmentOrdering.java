package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 3: orders the segment boxes inside their layers to cut the crossings of forward feeds.
 *
 * <p>Pre: {@link Layers} from {@link LayerAssignment}. Post: the same segments in the same layers, in the
 * order with the fewest crossings found; in each layer the pinned segments stand in the order of their
 * pinned heights (ties by id). A feed that spans several layers runs through a virtual node in
 * each layer between, so that its crossings count too. The search alternates downward and upward
 * barycenter sweeps (each node moves to the mean position of its neighbours in the layer just swept; a node
 * without any keeps its place), each followed by transposition (swapping neighbours while that lowers the
 * crossings with both adjacent layers), and keeps the best order seen. Linear per sweep in nodes and edges,
 * plus sorting.
 *
 * <p>Pinned boxes ({@link Layers#pinned()}) keep the order of their pinned heights (ties by id) in every
 * order tried: the sweeps sort all nodes by barycenter and then deal the pinned ones back, in height order,
 * into the places pinned ones took; transposition never swaps two pinned boxes. Free boxes and feeds thus
 * find their places around the pinned ones; {@link Placement} then puts the pinned boxes at their heights.
 */
public final class SegmentOrdering {

    /** Sweeps without improvement after which the search stops. */
    private static final int PATIENCE = 4;

    /** The most sweeps made. */
    private static final int MAX_SWEEPS = 24;

    private final List<List<String>> order = new ArrayList<>();
    private final Map<String, List<String>> down = new HashMap<>();
    private final Map<String, List<String>> up = new HashMap<>();
    private final Map<String, Double> pinned;

    private SegmentOrdering(Layers layers) {
        pinned = layers.pinned();
        boolean placed = layers.routed() != null;
        (placed ? layers.routed() : layers.layers()).forEach(layer -> order.add(new ArrayList<>(layer)));
        for (String[] feed : layers.forward()) {
            int from = layers.layerOf().get(feed[0]);
            int to = layers.layerOf().get(feed[1]);
            String previous = feed[0];
            for (int layer = from + 1; layer < to; layer++) {
                String virtual = Layers.VIRTUAL + feed[0] + ">" + feed[1] + "#" + layer;
                if (!placed) {
                    order.get(layer).add(virtual);
                }
                connect(previous, virtual);
                previous = virtual;
            }
            connect(previous, feed[1]);
        }
    }

    private void connect(String from, String to) {
        down.computeIfAbsent(from, key -> new ArrayList<>()).add(to);
        up.computeIfAbsent(to, key -> new ArrayList<>()).add(from);
    }

    /** The layers of {@code layers} with their segments reordered to cut feed crossings. */
    public static Layers order(Layers layers) {
        SegmentOrdering ordering = new SegmentOrdering(layers);
        ordering.search();
        return layers.withOrder(ordering.order);
    }

    /** The crossings of the forward feeds of {@code layers} in their current order, virtual nodes included. */
    public static long crossings(Layers layers) {
        return new SegmentOrdering(layers).crossings();
    }

    private void search() {
        for (int layer = 0; layer < order.size(); layer++) {
            order.set(layer, keepPinnedOrder(order.get(layer)));
        }
        List<List<String>> best = copy(order);
        long bestCrossings = crossings();
        int idle = 0;
        for (int sweep = 0; sweep < MAX_SWEEPS && idle < PATIENCE && bestCrossings > 0; sweep++) {
            boolean downward = sweep % 2 == 0;
            if (downward) {
                for (int layer = 1; layer < order.size(); layer++) {
                    sortByBarycenter(layer, order.get(layer - 1), up);
                }
            } else {
                for (int layer = order.size() - 2; layer >= 0; layer--) {
                    sortByBarycenter(layer, order.get(layer + 1), down);
                }
            }
            transpose();
            long now = crossings();
            if (now < bestCrossings) {
                bestCrossings = now;
                best = copy(order);
                idle = 0;
            } else {
                idle++;
            }
        }
        order.clear();
        order.addAll(best);
    }

    private void sortByBarycenter(int layer, List<String> fixed, Map<String, List<String>> neighbours) {
        Map<String, Integer> position = positions(fixed);
        List<String> nodes = order.get(layer);
        Map<String, Double> key = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            double sum = 0;
            int count = 0;
            for (String other : neighbours.getOrDefault(node, List.of())) {
                Integer at = position.get(other);
                if (at != null) {
                    sum += at;
                    count++;
                }
            }
            // A node with no neighbour there keeps its place, scaled to the other layer's positions.
            double own = nodes.size() <= 1 ? 0 : (double) i * Math.max(0, fixed.size() - 1) / (nodes.size() - 1);
            key.put(node, count == 0 ? own : sum / count);
        }
        List<String> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingDouble(key::get));
        order.set(layer, keepPinnedOrder(sorted));
    }

    /** {@code nodes} with the pinned ones dealt back, in the order of their heights, into the places they hold. */
    private List<String> keepPinnedOrder(List<String> nodes) {
        if (pinned.isEmpty()) {
            return nodes;
        }
        List<String> held = new ArrayList<>();
        for (String node : nodes) {
            if (pinned.containsKey(node)) {
                held.add(node);
            }
        }
        if (held.size() < 2) {
            return nodes;
        }
        held.sort(Comparator.comparingDouble((String node) -> pinned.get(node)).thenComparing(node -> node));
        List<String> result = new ArrayList<>(nodes);
        int next = 0;
        for (int i = 0; i < result.size(); i++) {
            if (pinned.containsKey(result.get(i))) {
                result.set(i, held.get(next++));
            }
        }
        return result;
    }

    private void transpose() {
        boolean improved = true;
        for (int round = 0; improved && round < 8; round++) {
            improved = false;
            for (int layer = 0; layer < order.size(); layer++) {
                List<String> nodes = order.get(layer);
                for (int i = 0; i + 1 < nodes.size(); i++) {
                    if (pinned.containsKey(nodes.get(i)) && pinned.containsKey(nodes.get(i + 1))) {
                        continue; // pinned boxes keep the order of their heights
                    }
                    long before = around(layer);
                    java.util.Collections.swap(nodes, i, i + 1);
                    if (around(layer) < before) {
                        improved = true;
                    } else {
                        java.util.Collections.swap(nodes, i, i + 1);
                    }
                }
            }
        }
    }

    /** The crossings between {@code layer} and its two neighbours. */
    private long around(int layer) {
        long sum = 0;
        if (layer > 0) {
            sum += between(layer - 1);
        }
        if (layer + 1 < order.size()) {
            sum += between(layer);
        }
        return sum;
    }

    private long crossings() {
        long sum = 0;
        for (int layer = 0; layer + 1 < order.size(); layer++) {
            sum += between(layer);
        }
        return sum;
    }

    /** Crossings between {@code layer} and the next. */
    private long between(int layer) {
        Map<String, Integer> upper = positions(order.get(layer));
        Map<String, Integer> lower = positions(order.get(layer + 1));
        List<int[]> edges = new ArrayList<>();
        for (String node : order.get(layer)) {
            for (String to : down.getOrDefault(node, List.of())) {
                Integer at = lower.get(to);
                if (at != null) {
                    edges.add(new int[] {upper.get(node), at});
                }
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            from[i] = edges.get(i)[0];
            to[i] = edges.get(i)[1];
        }
        return Crossings.between(from, to, order.get(layer + 1).size());
    }

    private static Map<String, Integer> positions(List<String> layer) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            positions.put(layer.get(i), i);
        }
        return positions;
    }

    private static List<List<String>> copy(List<List<String>> layers) {
        List<List<String>> copy = new ArrayList<>();
        layers.forEach(layer -> copy.add(new ArrayList<>(layer)));
        return copy;
    }
}
