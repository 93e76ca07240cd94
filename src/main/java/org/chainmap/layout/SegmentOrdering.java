package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Phase 3: orders the segment boxes inside their layers to cut the crossings of forward feeds.
 *
 * <p>Pre: {@link Layers} from {@link LayerAssignment}. Post: the same segments in the same layers, in the
 * order with the fewest crossings found; in each layer the pinned segments stand in the order of their
 * pinned heights (ties by id). A feed that spans several layers runs through a virtual node in each layer
 * between, so that its crossings count too ({@link FeedGraph}: as many as {@link FeedGraph#MAX_SLOTS}
 * allow, the shortest feeds first; a feed beyond it has none and counts nowhere). The search alternates
 * downward and upward barycenter sweeps (each node moves to the mean position of its neighbours in the layer
 * just swept; a node without any keeps its place), each followed by transposition (swapping neighbours
 * while that lowers the crossings with both adjacent layers), and keeps the best order seen.
 *
 * <p>Bounded work: nodes and feeds are numbered once and held in arrays. A sweep is linear in nodes and
 * edges plus sorting; counting all crossings is O(E log V) ({@link Crossings}). Whether a swap of two
 * neighbours helps is decided from their own edges alone (the crossings between two nodes' edges, by merging
 * their neighbours' sorted positions, the smaller list searched in the larger), not by recounting the
 * layers, so a round of transposition costs O(E log E) whatever the layers' sizes. {@link #work()} counts
 * the steps taken, for tests that hold this bound.
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

    /** The most rounds of transposition after a sweep. */
    private static final int MAX_ROUNDS = 8;

    private final FeedGraph graph;
    private final int[][] order;
    private final int[] position;
    private long work;

    private SegmentOrdering(Layers layers) {
        graph = FeedGraph.of(layers);
        order = new int[graph.layerCount()][];
        position = new int[graph.size()];
        for (int layer = 0; layer < order.length; layer++) {
            setLayer(layer, graph.layer(layer));
        }
    }

    /** The layers of {@code layers} with their segments reordered to cut feed crossings. */
    public static Layers order(Layers layers) {
        return searched(layers).result(layers);
    }

    /** The ordering of {@code layers} after its search, for tests that look at the work it took. */
    static SegmentOrdering searched(Layers layers) {
        SegmentOrdering ordering = new SegmentOrdering(layers);
        ordering.search();
        return ordering;
    }

    /** The crossings of the forward feeds of {@code layers} in their current order, virtual nodes included. */
    public static long crossings(Layers layers) {
        return new SegmentOrdering(layers).crossings();
    }

    /** The steps the search took: nodes sorted, edges and neighbour positions visited. */
    long work() {
        return work;
    }

    /** The nodes and edges searched over: segments and virtual nodes, feeds split at every layer. */
    int nodes() {
        return graph.size();
    }

    /** The edges between adjacent layers. */
    int edges() {
        return graph.edgeCount();
    }

    private Layers result(Layers layers) {
        List<List<String>> routed = new ArrayList<>();
        for (int[] layer : order) {
            List<String> ids = new ArrayList<>(layer.length);
            for (int node : layer) {
                ids.add(graph.name(node));
            }
            routed.add(ids);
        }
        return layers.withOrder(routed);
    }

    private void setLayer(int layer, int[] nodes) {
        order[layer] = nodes;
        for (int i = 0; i < nodes.length; i++) {
            position[nodes[i]] = i;
        }
    }

    private void search() {
        for (int layer = 0; layer < order.length; layer++) {
            setLayer(layer, keepPinnedOrder(order[layer]));
        }
        int[][] best = copy(order);
        long bestCrossings = crossings();
        int idle = 0;
        for (int sweep = 0; sweep < MAX_SWEEPS && idle < PATIENCE && bestCrossings > 0; sweep++) {
            boolean downward = sweep % 2 == 0;
            if (downward) {
                for (int layer = 1; layer < order.length; layer++) {
                    sortByBarycenter(layer, layer - 1, true);
                }
            } else {
                for (int layer = order.length - 2; layer >= 0; layer--) {
                    sortByBarycenter(layer, layer + 1, false);
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
        for (int layer = 0; layer < order.length; layer++) {
            setLayer(layer, best[layer]);
        }
    }

    private void sortByBarycenter(int layer, int fixed, boolean upward) {
        int[] nodes = order[layer];
        int fixedSize = order[fixed].length;
        double[] key = new double[nodes.length];
        Integer[] sorted = new Integer[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            double sum = 0;
            int count = 0;
            for (int other : graph.neighbours(nodes[i], upward)) {
                if (graph.layerOf(other) == fixed) {
                    sum += position[other];
                    count++;
                }
            }
            work += 1 + graph.neighbours(nodes[i], upward).length;
            // A node with no neighbour there keeps its place, scaled to the other layer's positions.
            double own = nodes.length <= 1 ? 0 : (double) i * Math.max(0, fixedSize - 1) / (nodes.length - 1);
            key[i] = count == 0 ? own : sum / count;
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> Double.compare(key[a], key[b]));
        work += nodes.length;
        int[] result = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            result[i] = nodes[sorted[i]];
        }
        setLayer(layer, keepPinnedOrder(result));
    }

    /** {@code nodes} with the pinned ones dealt back, in the order of their heights, into the places they hold. */
    private int[] keepPinnedOrder(int[] nodes) {
        List<Integer> held = new ArrayList<>();
        for (int node : nodes) {
            if (graph.pinned(node)) {
                held.add(node);
            }
        }
        if (held.size() < 2) {
            return nodes;
        }
        held.sort(graph.pinOrder());
        int[] result = nodes.clone();
        int next = 0;
        for (int i = 0; i < result.length; i++) {
            if (graph.pinned(result[i])) {
                result[i] = held.get(next++);
            }
        }
        return result;
    }

    private void transpose() {
        // A swap depends only on its layer and the two beside it: a layer is looked at again only when one
        // of these changed in the round before.
        boolean[] changed = new boolean[order.length];
        Arrays.fill(changed, true);
        boolean improved = true;
        for (int round = 0; improved && round < MAX_ROUNDS; round++) {
            improved = false;
            boolean[] before = changed;
            changed = new boolean[order.length];
            for (int layer = 0; layer < order.length; layer++) {
                if (!before[layer]
                        && !(layer > 0 && before[layer - 1])
                        && !(layer + 1 < order.length && before[layer + 1])) {
                    continue;
                }
                int[] nodes = order[layer];
                // The neighbours' layers stay put while this one changes: sort each node's positions there once.
                int[][] above = neighbourPositions(nodes, layer - 1, true);
                int[][] below = neighbourPositions(nodes, layer + 1, false);
                for (int i = 0; i + 1 < nodes.length; i++) {
                    int u = nodes[i];
                    int v = nodes[i + 1];
                    if (graph.pinned(u) && graph.pinned(v)) {
                        continue; // pinned boxes keep the order of their heights
                    }
                    long gain = pairCrossings(above[i], above[i + 1]) + pairCrossings(below[i], below[i + 1]);
                    long loss = pairCrossings(above[i + 1], above[i]) + pairCrossings(below[i + 1], below[i]);
                    if (loss < gain) {
                        nodes[i] = v;
                        nodes[i + 1] = u;
                        position[v] = i;
                        position[u] = i + 1;
                        swap(above, i);
                        swap(below, i);
                        improved = true;
                        changed[layer] = true;
                    }
                }
            }
        }
    }

    private static void swap(int[][] rows, int i) {
        int[] held = rows[i];
        rows[i] = rows[i + 1];
        rows[i + 1] = held;
    }

    /** For each node of a layer, the sorted positions of its neighbours in {@code other}, when that is a layer. */
    private int[][] neighbourPositions(int[] nodes, int other, boolean upward) {
        int[][] positions = new int[nodes.length][];
        for (int i = 0; i < nodes.length; i++) {
            int[] neighbours = graph.neighbours(nodes[i], upward);
            int[] at = new int[neighbours.length];
            int count = 0;
            for (int neighbour : neighbours) {
                if (graph.layerOf(neighbour) == other) {
                    at[count++] = position[neighbour];
                }
            }
            if (count < at.length) {
                at = Arrays.copyOf(at, count);
            }
            if (count > 1) {
                Arrays.sort(at);
            }
            positions[i] = at;
            work += 1 + neighbours.length;
        }
        return positions;
    }

    /**
     * The crossings between the edges of a node with neighbours at {@code upper} and those of the node just
     * below it with neighbours at {@code lower} (both sorted): the pairs with the first end below the second.
     * Edges to one neighbour do not cross. O(min · log max).
     */
    private long pairCrossings(int[] upper, int[] lower) {
        long crossings = 0;
        if (upper.length <= lower.length) {
            for (int at : upper) {
                crossings += countBelow(lower, at); // lower ends strictly above this one
            }
            work += (long) upper.length * log(lower.length);
        } else {
            for (int at : lower) {
                crossings += upper.length - countBelow(upper, at + 1); // upper ends strictly below this one
            }
            work += (long) lower.length * log(upper.length);
        }
        return crossings;
    }

    /** The steps of a binary search in {@code size} values. */
    private static int log(int size) {
        return 33 - Integer.numberOfLeadingZeros(size);
    }

    /** How many of the sorted {@code values} are less than {@code limit}. */
    private static int countBelow(int[] values, int limit) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] < limit) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private long crossings() {
        long sum = 0;
        for (int layer = 0; layer + 1 < order.length; layer++) {
            sum += between(layer);
        }
        return sum;
    }

    /** Crossings between {@code layer} and the next. */
    private long between(int layer) {
        int edges = 0;
        for (int node : order[layer]) {
            for (int to : graph.neighbours(node, false)) {
                if (graph.layerOf(to) == layer + 1) {
                    edges++;
                }
            }
        }
        int[] from = new int[edges];
        int[] to = new int[edges];
        int next = 0;
        for (int node : order[layer]) {
            for (int lower : graph.neighbours(node, false)) {
                if (graph.layerOf(lower) == layer + 1) {
                    from[next] = position[node];
                    to[next++] = position[lower];
                }
            }
        }
        work += order[layer].length + 2L * edges;
        return Crossings.between(from, to, order[layer + 1].length);
    }

    private static int[][] copy(int[][] layers) {
        int[][] copy = new int[layers.length][];
        for (int i = 0; i < layers.length; i++) {
            copy[i] = layers[i].clone();
        }
        return copy;
    }
}
