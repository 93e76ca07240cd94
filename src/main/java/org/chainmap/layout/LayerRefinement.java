package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One layer of {@link CardSweeps} refined against both its neighbours, which stay put: its boxes sifted, then
 * its cards transposed, every move judged by the exact change in the crossings of the links between this layer
 * and the two beside it.
 *
 * <p>Two blocks of cards next to each other (two boxes, or two cards of one box) trade exactly the crossings
 * between their own links when they swap: the links of the upper block that end below an end of the lower
 * block's links cross them, and after the swap those that end above. Both counts come from the sorted ranks
 * of the blocks' partners in each neighbouring layer, the shorter list searched in the longer.
 */
final class LayerRefinement {

    private static final int MAX_ROUNDS = 8;

    private static final int[] NONE = new int[0];

    private final CardSweeps sweeps;
    private final int layer;
    /**
     * For each card of the layer: the sorted ranks of its partners in the layer before and after (arrays over all
     * the cards, kept by {@link CardSweeps} from layer to layer; the other cards' entries are not read).
     */
    private final int[][] above;

    private final int[][] below;

    LayerRefinement(CardSweeps sweeps, int layer) {
        this.sweeps = sweeps;
        this.layer = layer;
        above = sweeps.above();
        below = sweeps.below();
        for (int item : sweeps.items()[layer]) {
            for (int card : sweeps.boxCards()[item]) {
                above[card] = ends(card, sweeps.before()[card], layer - 1);
                below[card] = ends(card, sweeps.after()[card], layer + 1);
            }
        }
    }

    void run() {
        sift();
        transpose();
    }

    /**
     * Where the links of {@code card} to {@code partners} meet the layer {@code other} beside it, as doubled
     * positions ({@link CardSweeps#crossingAt}), sorted; none when {@code other} is no layer.
     */
    private int[] ends(int card, int[] partners, int other) {
        if (other < 0 || other >= sweeps.items().length) {
            return NONE;
        }
        int n = 0;
        for (int partner : partners) {
            n += sweeps.cardLayer()[partner] == other ? 1 : 0;
        }
        if (n == 0) {
            return NONE;
        }
        int[] ends = new int[n];
        int next = 0;
        for (int partner : partners) {
            if (sweeps.cardLayer()[partner] == other) {
                ends[next++] = other < layer
                        ? sweeps.crossingAt(partner, card, other)
                        : sweeps.crossingAt(card, partner, other);
            }
        }
        Arrays.sort(ends);
        return ends;
    }

    /** Each free box with cards, in turn, moves to the place among the others where its links cross least. */
    private void sift() {
        int[] row = sweeps.items()[layer];
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            if (sweeps.boxCards()[row[i]].length > 0) {
                places.add(i);
            }
        }
        int k = places.size();
        if (k < 2 || k > CardSweeps.MOST_SIFTED) {
            return;
        }
        int[] boxes = new int[k];
        int[][] up = new int[k][];
        int[][] down = new int[k][];
        for (int b = 0; b < k; b++) {
            boxes[b] = row[places.get(b)];
            up[b] = merged(above, sweeps.boxCards()[boxes[b]]);
            down[b] = merged(below, sweeps.boxCards()[boxes[b]]);
        }
        // cost[a][b]: the crossings between the links of a and b when a stands above b.
        long[][] cost = new long[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                cost[a][b] = pairs(up[a], up[b]) + pairs(down[a], down[b]);
                cost[b][a] = pairs(up[b], up[a]) + pairs(down[b], down[a]);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < k; b++) {
            order.add(b);
        }
        boolean moved = true;
        for (int round = 0; moved && round < MAX_ROUNDS; round++) {
            moved = false;
            for (int b = 0; b < k; b++) {
                if (sweeps.graph().pinned(boxes[b])) {
                    continue;
                }
                int from = order.indexOf(b);
                order.remove(from);
                long here = 0;
                for (int other : order) {
                    here += cost[b][other];
                }
                long best = Long.MAX_VALUE;
                int bestAt = from;
                long now = here;
                long atFrom = 0;
                for (int at = 0; at <= order.size(); at++) {
                    if (at > 0) {
                        int passed = order.get(at - 1);
                        now += cost[passed][b] - cost[b][passed];
                    }
                    if (at == from) {
                        atFrom = now;
                    }
                    if (now < best) {
                        best = now;
                        bestAt = at;
                    }
                }
                if (best < atFrom) {
                    order.add(bestAt, b);
                    moved = true;
                } else {
                    order.add(from, b);
                }
            }
        }
        for (int b = 0; b < k; b++) {
            row[places.get(b)] = boxes[order.get(b)];
        }
        sweeps.measure(layer);
    }

    /** Neighbouring cards of a box swap, local with local and external with external, while that helps. */
    private void transpose() {
        boolean swapped = true;
        for (int round = 0; swapped && round < MAX_ROUNDS; round++) {
            swapped = false;
            for (int item : sweeps.items()[layer]) {
                int[] box = sweeps.boxCards()[item];
                for (int i = 0; i + 1 < box.length; i++) {
                    int u = box[i];
                    int v = box[i + 1];
                    if (sweeps.slot()[u] >= 0 || sweeps.slot()[v] >= 0 || sweeps.local()[u] != sweeps.local()[v]) {
                        continue;
                    }
                    long kept = pairs(above[u], above[v]) + pairs(below[u], below[v]);
                    long turned = pairs(above[v], above[u]) + pairs(below[v], below[u]);
                    if (turned < kept) {
                        box[i] = v;
                        box[i + 1] = u;
                        swapped = true;
                    }
                }
            }
        }
        sweeps.measure(layer);
    }

    /** The sorted concatenation of the lists of {@code cards}. */
    private static int[] merged(int[][] lists, int[] cards) {
        int size = 0;
        for (int card : cards) {
            size += lists[card].length;
        }
        int[] all = new int[size];
        int next = 0;
        for (int card : cards) {
            System.arraycopy(lists[card], 0, all, next, lists[card].length);
            next += lists[card].length;
        }
        Arrays.sort(all);
        return all;
    }

    /**
     * The crossings between the links of a block with partners at {@code upper} and those of a block just
     * below it with partners at {@code lower} (both sorted): the pairs whose first end lies below the second.
     */
    static long pairs(int[] upper, int[] lower) {
        long crossings = 0;
        if (upper.length <= lower.length) {
            for (int at : upper) {
                crossings += countBelow(lower, at);
            }
        } else {
            for (int at : lower) {
                crossings += upper.length - countBelow(upper, at + 1);
            }
        }
        return crossings;
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
}
