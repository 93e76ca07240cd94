package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forward feeds of {@link Layers} as a numbered graph between adjacent layers, for {@link SegmentOrdering}:
 * every segment and every virtual node (a feed passing through a layer) has a number, its layer, and its
 * neighbours in the layers before and after it, in arrays.
 *
 * <p>A feed that spans {@code s} layers passes through {@code s − 1} of them, each a virtual node, so the
 * virtual nodes of a chain grow with its feeds times their spans: a column of 5,000 segments in one stage,
 * each feeding the last, would need 12.5 million. At most {@link #MAX_SLOTS} are made, the shortest feeds
 * first (ties in document order): a feed beyond the budget gets none; its crossings are not counted, and
 * {@link Placement} draws it straight from box to box. Before ordering (no {@link Layers#routed()}) the
 * virtual nodes are appended to their layers in feed order; after, they are read from the routed layers.
 */
final class FeedGraph {

    /**
     * The most virtual nodes made for one chain: room for every feed of a ring of 5,000 segments each feeding
     * the next ten (about 225,000), a few tens of megabytes at placement.
     */
    static final int MAX_SLOTS = 250_000;

    private final List<String> names = new ArrayList<>();
    private final List<Integer> layerOfNode = new ArrayList<>();
    private final List<List<Integer>> layers = new ArrayList<>();
    private final Map<String, Double> pinned;
    private int[] layerOf;
    private int[][] down;
    private int[][] up;
    private boolean[] isPinned;
    private int edges;

    private FeedGraph(Map<String, Double> pinned) {
        this.pinned = pinned;
    }

    /** The graph of the forward feeds of {@code layers}, with as many virtual nodes as the budget allows. */
    static FeedGraph of(Layers layers) {
        FeedGraph graph = new FeedGraph(layers.pinned());
        boolean placed = layers.routed() != null;
        Map<String, Integer> index = new HashMap<>();
        for (List<String> layer : placed ? layers.routed() : layers.layers()) {
            List<Integer> nodes = new ArrayList<>(layer.size());
            for (String id : layer) {
                int node = graph.add(id, graph.layers.size());
                index.put(id, node);
                nodes.add(node);
            }
            graph.layers.add(nodes);
        }
        boolean[] slotted = slotted(layers);
        List<int[]> edges = new ArrayList<>();
        List<String[]> forward = layers.forward();
        for (int f = 0; f < forward.size(); f++) {
            String[] feed = forward.get(f);
            int from = layers.layerOf().get(feed[0]);
            int to = layers.layerOf().get(feed[1]);
            int previous = index.get(feed[0]);
            if (to > from + 1 && !slotted[f]) {
                continue; // no slots: counts nowhere
            }
            for (int layer = from + 1; layer < to; layer++) {
                String virtual = Layers.VIRTUAL + feed[0] + ">" + feed[1] + "#" + layer;
                int node;
                if (placed) {
                    Integer known = index.get(virtual);
                    node = known != null ? known : graph.add(virtual, -1);
                } else {
                    node = graph.add(virtual, layer);
                    graph.layers.get(layer).add(node);
                }
                edges.add(new int[] {previous, node});
                previous = node;
            }
            edges.add(new int[] {previous, index.get(feed[1])});
        }
        graph.freeze(edges);
        return graph;
    }

    /** Which forward feeds get virtual nodes: all when they fit the budget, else the shortest that do. */
    private static boolean[] slotted(Layers layers) {
        List<String[]> forward = layers.forward();
        int[] need = new int[forward.size()];
        long total = 0;
        for (int f = 0; f < need.length; f++) {
            String[] feed = forward.get(f);
            need[f] =
                    Math.max(0, layers.layerOf().get(feed[1]) - layers.layerOf().get(feed[0]) - 1);
            total += need[f];
        }
        boolean[] slotted = new boolean[need.length];
        if (total <= MAX_SLOTS) {
            Arrays.fill(slotted, true);
            return slotted;
        }
        Integer[] byNeed = new Integer[need.length];
        for (int f = 0; f < need.length; f++) {
            byNeed[f] = f;
        }
        Arrays.sort(byNeed, Comparator.comparingInt((Integer f) -> need[f]).thenComparingInt(f -> f));
        long used = 0;
        for (int f : byNeed) {
            if (used + need[f] > MAX_SLOTS) {
                break;
            }
            used += need[f];
            slotted[f] = true;
        }
        return slotted;
    }

    private int add(String name, int layer) {
        names.add(name);
        layerOfNode.add(layer);
        return names.size() - 1;
    }

    private void freeze(List<int[]> edgeList) {
        int size = names.size();
        layerOf = new int[size];
        isPinned = new boolean[size];
        for (int node = 0; node < size; node++) {
            layerOf[node] = layerOfNode.get(node);
            isPinned[node] = pinned.containsKey(names.get(node));
        }
        int[] downCount = new int[size];
        int[] upCount = new int[size];
        for (int[] edge : edgeList) {
            downCount[edge[0]]++;
            upCount[edge[1]]++;
        }
        down = new int[size][];
        up = new int[size][];
        for (int node = 0; node < size; node++) {
            down[node] = new int[downCount[node]];
            up[node] = new int[upCount[node]];
        }
        Arrays.fill(downCount, 0);
        Arrays.fill(upCount, 0);
        for (int[] edge : edgeList) {
            down[edge[0]][downCount[edge[0]]++] = edge[1];
            up[edge[1]][upCount[edge[1]]++] = edge[0];
        }
        edges = edgeList.size();
    }

    /** The number of nodes. */
    int size() {
        return names.size();
    }

    /** The number of edges. */
    int edgeCount() {
        return edges;
    }

    /** The number of layers. */
    int layerCount() {
        return layers.size();
    }

    /** The nodes of {@code layer} in their first order. */
    int[] layer(int layer) {
        return layers.get(layer).stream().mapToInt(Integer::intValue).toArray();
    }

    /** The id of {@code node}: a segment's id or a virtual node's. */
    String name(int node) {
        return names.get(node);
    }

    /** The layer of {@code node}, or −1 when it stands in none. */
    int layerOf(int node) {
        return layerOf[node];
    }

    /** The neighbours of {@code node} in the layer before ({@code upward}) or after it. */
    int[] neighbours(int node, boolean upward) {
        return upward ? up[node] : down[node];
    }

    /** Whether {@code node} is a pinned box. */
    boolean pinned(int node) {
        return isPinned[node];
    }

    /** The order of pinned boxes: by pinned height, then id. */
    Comparator<Integer> pinOrder() {
        return Comparator.comparingDouble((Integer node) -> pinned.get(names.get(node)))
                .thenComparing(node -> names.get(node));
    }
}
