package org.chainmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards of {@link CardSweeps} numbered, layer by layer and box by box in the order they come in, with what the
 * search reads of each as arrays of numbers: its firm, its layer, whether it is local, its pinned slot, its link
 * partners in earlier and in later layers, the links between adjacent layers and the links that pass layers. None
 * of it changes while the search reorders; the order itself is {@link CardSweeps}'s.
 */
final class CardNumbering {

    /** Each card's firm id. */
    final String[] name;

    /** Each card's layer. */
    final int[] layer;

    /** Whether each card's firm is local. */
    final boolean[] local;

    /** Each card's pinned slot in its box, or -1. */
    final int[] slot;

    /** Each card's partners in earlier layers. */
    final int[][] before;

    /** Each card's partners in later layers. */
    final int[][] after;

    /** The links from each layer to the next, as pairs of cards: the upper layer's first. */
    final int[][] edgesDown;

    /** The links that span more than one layer, as pairs of cards: the earlier layer's first. */
    final int[] longLinks;

    /** The cards of each item of the feed graph, in their first order. */
    final int[][] boxCards;

    private CardNumbering(FeedGraph graph, Map<String, List<String>> cards, CardSweeps.CardInput input) {
        int layers = graph.layerCount();
        boxCards = new int[graph.size()][];
        Map<String, Integer> number = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Integer> layerOfCard = new ArrayList<>();
        for (int at = 0; at < layers; at++) {
            for (int item : graph.layer(at)) {
                List<String> own = cards.getOrDefault(graph.name(item), List.of());
                boxCards[item] = new int[own.size()];
                for (int i = 0; i < own.size(); i++) {
                    number.put(own.get(i), names.size());
                    boxCards[item][i] = names.size();
                    names.add(own.get(i));
                    layerOfCard.add(at);
                }
            }
        }
        int count = names.size();
        name = names.toArray(String[]::new);
        layer = layerOfCard.stream().mapToInt(Integer::intValue).toArray();
        local = new boolean[count];
        slot = new int[count];
        before = new int[count][];
        after = new int[count][];
        List<Integer> spanning = new ArrayList<>();
        List<List<Integer>> down = new ArrayList<>();
        for (int at = 0; at < layers; at++) {
            down.add(new ArrayList<>());
        }
        for (int card = 0; card < count; card++) {
            local[card] = input.local().get(name[card]);
            slot[card] = input.slots().getOrDefault(name[card], -1);
            List<Integer> lower = new ArrayList<>();
            List<Integer> upper = new ArrayList<>();
            for (String partner : input.partners().getOrDefault(name[card], List.of())) {
                Integer other = number.get(partner);
                if (other != null && layer[other] != layer[card]) {
                    (layer[other] < layer[card] ? lower : upper).add(other);
                    if (layer[other] == layer[card] + 1) {
                        down.get(layer[card]).add(card);
                        down.get(layer[card]).add(other);
                    } else if (layer[other] > layer[card]) {
                        spanning.add(card);
                        spanning.add(other);
                    }
                }
            }
            before[card] = lower.stream().mapToInt(Integer::intValue).toArray();
            after[card] = upper.stream().mapToInt(Integer::intValue).toArray();
        }
        edgesDown = new int[layers][];
        for (int at = 0; at < layers; at++) {
            edgesDown[at] = down.get(at).stream().mapToInt(Integer::intValue).toArray();
        }
        longLinks = spanning.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The cards of {@code cards}' boxes, the items of {@code graph}, numbered, with {@code input}'s facts. */
    static CardNumbering of(FeedGraph graph, Map<String, List<String>> cards, CardSweeps.CardInput input) {
        return new CardNumbering(graph, cards, input);
    }

    /** How many cards there are. */
    int size() {
        return name.length;
    }
}
