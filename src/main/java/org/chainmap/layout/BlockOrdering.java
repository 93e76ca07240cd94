package org.chainmap.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The boxes of {@link CardSweeps} ordered as blocks: the feed graph of the layers, each edge weighted by the
 * card links it carries, searched for the order with the fewest weighted crossings (two edges that cross count
 * the product of their weights: every link of one crosses every link of the other).
 *
 * <p>The graph is small (segments and the feeds passing through layers: tens to a few thousand nodes), so the
 * search can afford what the card level cannot: every node sifted to its best place in its layer against
 * both neighbours, rounds until nothing moves, and a few restarts from shuffled orders (seeded: the same map
 * gives the same order), the best kept. Layers of more than {@link CardSweeps#MOST_SIFTED} nodes are left as
 * they are.
 */
final class BlockOrdering {

    private static final int RESTARTS = 24;
    private static final int MAX_ROUNDS = 12;

    private final FeedGraph graph;
    private final int[][] order;
    private final int[] position;
    /** The weight of the edge from each node to each of its neighbours after it, as {@link FeedGraph} lists them. */
    private final long[][] weight;

    private BlockOrdering(FeedGraph graph, int[][] order, long[][] weight) {
        this.graph = graph;
        this.order = order;
        this.weight = weight;
        position = new int[graph.size()];
        for (int[] layer : order) {
            for (int i = 0; i < layer.length; i++) {
                position[layer[i]] = i;
            }
        }
    }

    /**
     * The order of {@code start} (nodes of {@code graph} by layer, changed in place) with the fewest weighted
     * crossings found.
     *
     * @param weight for each node, the weight of its edges to the neighbours after it, in the order of {@link
     *     FeedGraph#neighbours}
     */
    static void search(FeedGraph graph, int[][] start, long[][] weight) {
        for (int[] layer : start) {
            if (layer.length > CardSweeps.MOST_SIFTED) {
                return;
            }
        }
        BlockOrdering ordering = new BlockOrdering(graph, start, weight);
        ordering.run();
    }

    /**
     * For each node of {@code graph}, the weight of each edge to the next layer: one more than the card links
     * its feed carries ({@code boxCards}: the cards of each node; {@code after}: each card's partners in later
     * layers).
     */
    static long[][] weights(FeedGraph graph, int[][] boxCards, int[][] after) {
        int[] nodeOfCard = new int[after.length];
        Map<String, Integer> segments = new HashMap<>();
        for (int node = 0; node < boxCards.length; node++) {
            if (boxCards[node] != null) {
                for (int card : boxCards[node]) {
                    nodeOfCard[card] = node;
                }
            }
            if (!graph.name(node).startsWith(Layers.VIRTUAL)) {
                segments.put(graph.name(node), node);
            }
        }
        Map<Long, Long> links = new HashMap<>();
        for (int card = 0; card < after.length; card++) {
            for (int partner : after[card]) {
                links.merge(pair(nodeOfCard[card], nodeOfCard[partner]), 1L, Long::sum);
            }
        }
        long[][] weights = new long[graph.size()][];
        for (int node = 0; node < graph.size(); node++) {
            int[] next = graph.neighbours(node, false);
            weights[node] = new long[next.length];
            for (int i = 0; i < next.length; i++) {
                weights[node][i] = 1 + links.getOrDefault(feedOf(graph, segments, node, next[i]), 0L);
            }
        }
        return weights;
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | to;
    }

    /** The segments (as a {@link #pair}) of the feed an edge of the feed graph belongs to; -1 when unknown. */
    private static long feedOf(FeedGraph graph, Map<String, Integer> segments, int node, int next) {
        String name = graph.name(node).startsWith(Layers.VIRTUAL) ? graph.name(node) : graph.name(next);
        if (!name.startsWith(Layers.VIRTUAL)) {
            return pair(node, next);
        }
        // A virtual node is named VIRTUAL + from + ">" + to + "#" + layer; ids may hold ">" themselves.
        String feed = name.substring(1, name.lastIndexOf('#'));
        for (int at = feed.indexOf('>'); at >= 0; at = feed.indexOf('>', at + 1)) {
            Integer from = segments.get(feed.substring(0, at));
            Integer to = segments.get(feed.substring(at + 1));
            if (from != null && to != null) {
                return pair(from, to);
            }
        }
        return -1;
    }

    private void run() {
        int[][] best = copy(order);
        long bestCrossings = crossings();
        Random random = new Random(1);
        for (int restart = 0; restart < RESTARTS && bestCrossings > 0; restart++) {
            if (restart > 0) {
                for (int layer = 0; layer < order.length; layer++) {
                    shuffle(order[layer], random);
                }
            }
            boolean moved = true;
            for (int round = 0; moved && round < MAX_ROUNDS; round++) {
                moved = false;
                for (int layer = 0; layer < order.length; layer++) {
                    moved |= sift(layer);
                }
            }
            long now = crossings();
            if (now < bestCrossings) {
                bestCrossings = now;
                best = copy(order);
            }
        }
        for (int layer = 0; layer < order.length; layer++) {
            System.arraycopy(best[layer], 0, order[layer], 0, best[layer].length);
            place(layer);
        }
    }

    private void shuffle(int[] layer, Random random) {
        for (int i = layer.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int held = layer[i];
            layer[i] = layer[j];
            layer[j] = held;
        }
        // Pinned boxes keep the order of their heights: deal them back sorted.
        java.util.List<Integer> held = new java.util.ArrayList<>();
        for (int node : layer) {
            if (graph.pinned(node)) {
                held.add(node);
            }
        }
        held.sort(graph.pinOrder());
        int next = 0;
        for (int i = 0; i < layer.length; i++) {
            if (graph.pinned(layer[i])) {
                layer[i] = held.get(next++);
            }
        }
        place(order.length == 0 ? 0 : layerOf(layer));
    }

    private int layerOf(int[] layer) {
        for (int l = 0; l < order.length; l++) {
            if (order[l] == layer) {
                return l;
            }
        }
        return 0;
    }

    private void place(int layer) {
        for (int i = 0; i < order[layer].length; i++) {
            position[order[layer][i]] = i;
        }
    }

    /** Moves each free node of {@code layer} to its best place; whether any moved. */
    private boolean sift(int layer) {
        int[] nodes = order[layer];
        int k = nodes.length;
        if (k < 2) {
            return false;
        }
        long[][] cost = new long[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    cost[a][b] = above(nodes[a], nodes[b], layer);
                }
            }
        }
        boolean moved = false;
        int[] seq = new int[k];
        for (int i = 0; i < k; i++) {
            seq[i] = i;
        }
        for (int b = 0; b < k; b++) {
            if (graph.pinned(nodes[b])) {
                continue;
            }
            int from = indexOf(seq, b);
            int[] rest = new int[k - 1];
            for (int i = 0, j = 0; i < k; i++) {
                if (i != from) {
                    rest[j++] = seq[i];
                }
            }
            long now = 0;
            for (int other : rest) {
                now += cost[b][other];
            }
            long best = Long.MAX_VALUE;
            long atFrom = 0;
            int bestAt = from;
            for (int at = 0; at <= rest.length; at++) {
                if (at > 0) {
                    now += cost[rest[at - 1]][b] - cost[b][rest[at - 1]];
                }
                if (at == from) {
                    atFrom = now;
                }
                if (now < best) {
                    best = now;
                    bestAt = at;
                }
            }
            int to = best < atFrom ? bestAt : from;
            moved |= to != from;
            for (int i = 0, j = 0; i < k; i++) {
                seq[i] = i == to ? b : rest[j++];
            }
        }
        int[] result = new int[k];
        for (int i = 0; i < k; i++) {
            result[i] = nodes[seq[i]];
        }
        System.arraycopy(result, 0, nodes, 0, k);
        place(layer);
        return moved;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The weighted crossings between the edges of {@code a} and {@code b} of {@code layer} with a above b. */
    private long above(int a, int b, int layer) {
        long sum = 0;
        // Edges to the layer before: a's neighbour below b's neighbour.
        for (int u : graph.neighbours(a, true)) {
            for (int v : graph.neighbours(b, true)) {
                if (graph.layerOf(u) == layer - 1 && position[u] > position[v]) {
                    sum += weightOf(u, a) * weightOf(v, b);
                }
            }
        }
        int[] down = graph.neighbours(a, false);
        int[] downB = graph.neighbours(b, false);
        for (int i = 0; i < down.length; i++) {
            for (int j = 0; j < downB.length; j++) {
                if (position[down[i]] > position[downB[j]]) {
                    sum += weight[a][i] * weight[b][j];
                }
            }
        }
        return sum;
    }

    private long weightOf(int from, int to) {
        int[] next = graph.neighbours(from, false);
        for (int i = 0; i < next.length; i++) {
            if (next[i] == to) {
                return weight[from][i];
            }
        }
        return 0;
    }

    private long crossings() {
        long sum = 0;
        for (int layer = 0; layer + 1 < order.length; layer++) {
            int[] nodes = order[layer];
            for (int a = 0; a < nodes.length; a++) {
                for (int b = a + 1; b < nodes.length; b++) {
                    int[] da = graph.neighbours(nodes[a], false);
                    int[] db = graph.neighbours(nodes[b], false);
                    for (int i = 0; i < da.length; i++) {
                        for (int j = 0; j < db.length; j++) {
                            if (position[da[i]] > position[db[j]]) {
                                sum += weight[nodes[a]][i] * weight[nodes[b]][j];
                            }
                        }
                    }
                }
            }
        }
        return sum;
    }

    private static int[][] copy(int[][] rows) {
        int[][] copy = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
