package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What the user pinned, kept through {@link CardSweeps}'s reordering: a pinned card at its slot in its box, the
 * pinned boxes of a layer in the order of their heights.
 */
final class CardPins {

    private final FeedGraph graph;
    private final CardNumbering cards;

    CardPins(FeedGraph graph, CardNumbering cards) {
        this.graph = graph;
        this.cards = cards;
    }

    /** {@code box} with its pinned cards at their slots, the free ones in their order in the rest. */
    int[] pin(int[] box) {
        int[] slot = cards.slot;
        List<Integer> held = new ArrayList<>();
        for (int card : box) {
            if (slot[card] >= 0) {
                held.add(card);
            }
        }
        if (held.isEmpty()) {
            return box;
        }
        held.sort(Comparator.comparingInt((Integer card) -> slot[card]).thenComparing(card -> cards.name[card]));
        int[] placed = new int[box.length];
        Arrays.fill(placed, -1);
        for (int card : held) {
            int at = Math.min(slot[card], placed.length - 1);
            int free = at;
            while (free < placed.length && placed[free] >= 0) {
                free++;
            }
            if (free == placed.length) {
                free = at;
                while (placed[free] >= 0) {
                    free--;
                }
            }
            placed[free] = card;
        }
        int next = 0;
        for (int i = 0; i < placed.length; i++) {
            if (placed[i] < 0) {
                while (slot[box[next]] >= 0) {
                    next++;
                }
                placed[i] = box[next++];
            }
        }
        return placed;
    }

    /** {@code nodes} with the pinned boxes dealt back, in the order of their heights, into the places they hold. */
    int[] keepOrder(int[] nodes) {
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
        int next = 0;
        for (int i = 0; i < nodes.length; i++) {
            if (graph.pinned(nodes[i])) {
                nodes[i] = held.get(next++);
            }
        }
        return nodes;
    }
}
