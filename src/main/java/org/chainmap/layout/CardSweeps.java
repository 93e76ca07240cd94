package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The search of {@link CardOrdering} over boxes and cards together: the cards of a layer as one column, made of
 * blocks (the boxes, each holding its cards together) and the feeds passing through.
 *
 * <p>Each sweep moves through the layers, downward then upward; in each layer a card's key is the mean place
 * of its link partners on the side just swept (a card without partners there keeps its place), the cards of a
 * box are sorted by their keys (local first, pinned cards back at their slots), and the boxes of the layer by
 * the mean key of their cards' links (a box without links, and a feed passing through, by its feeds). After
 * every sweep each layer is refined against both its neighbours, with exact counts of the crossings a move
 * changes: <em>sifting</em> of the boxes (each free box tried at every place among the layer's others, the
 * crossings between two boxes' links counted once per pair) and <em>transposition</em> of the cards (two
 * neighbours in a box swapped while that removes crossings). The crossings of all links between adjacent
 * layers are counted after every sweep ({@link Crossings#between}), and the best order seen, the starting one
 * included, is kept: the result never has more such crossings than the order it started from.
 *
 * <p>Bounded work: a sweep sorts each layer and visits every link a constant number of times; transposition
 * decides a swap from the two cards' own links (their partners' sorted places, the shorter list searched in
 * the longer); sifting counts the crossings of every pair of boxes of a layer, so it runs only in layers of at
 * most {@link #MOST_SIFTED} boxes with cards. Rounds and sweeps are capped.
 */
final class CardSweeps {

    /** The most sweeps made. */
    private static final int MAX_SWEEPS = 16;

    /** Sweeps without improvement after which the search stops. */
    private static final int PATIENCE = 4;

    /** The most rounds of sifting or transposition in one layer after a sweep. */
    private static final int MAX_ROUNDS = 8;

    /** The most boxes with cards a layer may have for its boxes to be sifted. */
    static final int MOST_SIFTED = 64;

    private final FeedGraph graph;
    private final CardNumbering numbering;
    private final CardPins pins;
    private final int[][] items;
    private final int[][] boxCards;
    private final String[] cardName;
    private final int[] cardLayer;
    private final int[] rank;
    /** Each card's and item's height in its layer as {@link Placement} would draw it, centred on the layer. */
    private final double[] place;

    private final double[] itemPlace;
    /** The heights of each layer's cards, in their order. */
    private final double[][] heights;
    /** The horizontal middle of each layer. */
    private final double[] middle;

    private final int[][] edgesDown;
    /** The links that span more than one layer, as pairs of cards: the earlier layer's first. */
    private final int[] longLinks;
    /** {@link LayerRefinement}'s ends of each card's links in the layers beside its own, made once. */
    private int[][] above;

    private int[][] below;

    private CardSweeps(Layers layers, Map<String, List<String>> cards, CardInput input) {
        graph = FeedGraph.of(layers);
        numbering = CardNumbering.of(graph, cards, input);
        pins = new CardPins(graph, numbering);
        items = new int[graph.layerCount()][];
        for (int layer = 0; layer < items.length; layer++) {
            items[layer] = graph.layer(layer);
        }
        boxCards = copy(numbering.boxCards);
        cardName = numbering.name;
        cardLayer = numbering.layer;
        edgesDown = numbering.edgesDown;
        longLinks = numbering.longLinks;
        int count = numbering.size();
        rank = new int[count];
        place = new double[count];
        itemPlace = new double[graph.size()];
        heights = new double[items.length][];
        middle = new double[items.length];
        double x = 0;
        for (int layer = 0; layer < items.length; layer++) {
            x += Placement.gapBefore(layers, layer);
            middle[layer] = x + Placement.boxWidth(1) / 2;
            x += Placement.boxWidth(1);
        }
        for (int layer = 0; layer < items.length; layer++) {
            measure(layer);
        }
    }

    /**
     * What the search needs to know of the cards besides their boxes.
     *
     * @param local whether each card's firm is local
     * @param partners each card's link partners (cards of other layers count)
     * @param slots the pinned slot of each pinned card
     */
    record CardInput(Map<String, Boolean> local, Map<String, List<String>> partners, Map<String, Integer> slots) {}

    /**
     * Searches orders of the boxes and cards of {@code layers}, starting from theirs, and returns the best: the
     * routed layers in their new order; {@code cards} is changed to the new order of each box.
     */
    static Layers search(Layers layers, Map<String, List<String>> cards, CardInput input) {
        if (layers.routed() == null) {
            return layers;
        }
        CardSweeps sweeps = new CardSweeps(layers, cards, input);
        sweeps.run();
        List<List<String>> routed = new ArrayList<>();
        for (int[] layer : sweeps.items) {
            List<String> ids = new ArrayList<>(layer.length);
            for (int item : layer) {
                String name = sweeps.graph.name(item);
                ids.add(name);
                if (cards.containsKey(name)) {
                    List<String> box = cards.get(name);
                    box.clear();
                    for (int card : sweeps.boxCards[item]) {
                        box.add(sweeps.cardName[card]);
                    }
                }
            }
            routed.add(ids);
        }
        return layers.withOrder(routed);
    }

    /**
     * The crossings of the links as straight lines between cards, in the current order: between every two
     * adjacent layers, the links between them and the links that pass, each where its line meets the layers
     * (between two cards, or on one). Positions are doubled: card {@code r} of a layer at {@code 2r + 1}, a line
     * passing between cards {@code r − 1} and {@code r} at {@code 2r}.
     */
    long crossings() {
        long sum = 0;
        for (int layer = 0; layer + 1 < items.length; layer++) {
            int[] edges = edgesDown[layer];
            int passing = 0;
            for (int e = 0; e < longLinks.length; e += 2) {
                if (cardLayer[longLinks[e]] <= layer && cardLayer[longLinks[e + 1]] > layer) {
                    passing++;
                }
            }
            int size = edges.length / 2;
            int[] upper = new int[size + passing];
            int[] lower = new int[size + passing];
            for (int e = 0; e < size; e++) {
                upper[e] = 2 * rank[edges[2 * e]] + 1;
                lower[e] = 2 * rank[edges[2 * e + 1]] + 1;
            }
            for (int e = 0; e < longLinks.length; e += 2) {
                int from = longLinks[e];
                int to = longLinks[e + 1];
                if (cardLayer[from] <= layer && cardLayer[to] > layer) {
                    upper[size] = crossingAt(from, to, layer);
                    lower[size++] = crossingAt(from, to, layer + 1);
                }
            }
            sum += Crossings.between(upper, lower, 2 * heights[layer + 1].length + 2);
        }
        return sum;
    }

    /** The doubled position where the straight line of the link {@code from → to} meets {@code layer}. */
    int crossingAt(int from, int to, int layer) {
        if (cardLayer[from] == layer) {
            return 2 * rank[from] + 1;
        }
        if (cardLayer[to] == layer) {
            return 2 * rank[to] + 1;
        }
        double x0 = middle[cardLayer[from]];
        double t = (middle[layer] - x0) / (middle[cardLayer[to]] - x0);
        double y = place[from] + t * (place[to] - place[from]);
        int at = Arrays.binarySearch(heights[layer], y);
        return at >= 0 ? 2 * at + 1 : 2 * (-at - 1);
    }

    private void run() {
        int[][] startItems = copy(items);
        int[][] startCards = copy(boxCards);
        long first = sweep();
        int[][] firstItems = copy(items);
        int[][] firstCards = copy(boxCards);
        // A second start: the boxes as blocks, ordered by the links their feeds carry.
        restore(startItems, startCards);
        BlockOrdering.search(graph, items, BlockOrdering.weights(graph, boxCards, after()));
        for (int layer = 0; layer < items.length; layer++) {
            measure(layer);
        }
        long second = sweep();
        if (first <= second) {
            restore(firstItems, firstCards);
        }
    }

    private void restore(int[][] savedItems, int[][] savedCards) {
        for (int layer = 0; layer < items.length; layer++) {
            items[layer] = savedItems[layer].clone();
        }
        for (int item = 0; item < boxCards.length; item++) {
            boxCards[item] = savedCards[item].clone();
        }
        for (int layer = 0; layer < items.length; layer++) {
            measure(layer);
        }
    }

    /** Sweeps from the current order; leaves the best order seen (the current one included) and its crossings. */
    private long sweep() {
        long best = crossings();
        int[][] bestItems = copy(items);
        int[][] bestCards = copy(boxCards);
        int idle = 0;
        for (int sweep = 0; sweep < MAX_SWEEPS && idle < PATIENCE && best > 0; sweep++) {
            boolean downward = sweep % 2 == 0;
            for (int step = 1; step < items.length; step++) {
                int layer = downward ? step : items.length - 1 - step;
                sortLayer(layer, downward);
            }
            for (int step = 0; step < items.length; step++) {
                refine(downward ? step : items.length - 1 - step);
            }
            long now = crossings();
            if (now < best) {
                best = now;
                bestItems = copy(items);
                bestCards = copy(boxCards);
                idle = 0;
            } else {
                idle++;
            }
        }
        restore(bestItems, bestCards);
        return best;
    }

    /** Sorts the cards of each box of {@code layer}, then its boxes, by their partners on the side swept. */
    private void sortLayer(int layer, boolean fromBefore) {
        int[] row = items[layer];
        double[] itemKey = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            int item = row[i];
            int[] box = boxCards[item];
            double[] key = new double[box.length];
            double sum = 0;
            double links = 0;
            for (int c = 0; c < box.length; c++) {
                int[] partners = fromBefore ? before()[box[c]] : after()[box[c]];
                double own = 0;
                double weight = 0;
                for (int partner : partners) {
                    own += place[partner];
                    weight++;
                }
                key[c] = partners.length == 0 ? place[box[c]] : own / weight;
                sum += own;
                links += weight;
            }
            sortBox(box, key);
            itemKey[i] = links > 0 ? sum / links : feedKey(item, fromBefore);
        }
        Integer[] sorted = new Integer[row.length];
        for (int i = 0; i < row.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> Double.compare(itemKey[a], itemKey[b]));
        int[] result = new int[row.length];
        for (int i = 0; i < row.length; i++) {
            result[i] = row[sorted[i]];
        }
        items[layer] = pins.keepOrder(result);
        measure(layer);
    }

    /** The mean place of the feeds' ends of {@code item} on the side swept, or its own place without any. */
    private double feedKey(int item, boolean fromBefore) {
        int[] ends = graph.neighbours(item, fromBefore);
        if (ends.length == 0) {
            return itemPlace[item];
        }
        double sum = 0;
        for (int end : ends) {
            sum += itemPlace[end];
        }
        return sum / ends.length;
    }

    /** Sorts {@code box} (whose cards have {@code key} by index) local first, by key; pinned cards at their slots. */
    private void sortBox(int[] box, double[] key) {
        Integer[] sorted = new Integer[box.length];
        for (int i = 0; i < box.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(
                sorted,
                (a, b) -> local()[box[a]] != local()[box[b]]
                        ? (local()[box[a]] ? -1 : 1)
                        : Double.compare(key[a], key[b]));
        int[] result = new int[box.length];
        for (int i = 0; i < box.length; i++) {
            result[i] = box[sorted[i]];
        }
        System.arraycopy(pins.pin(result), 0, box, 0, box.length);
    }

    /** Sifts the boxes of {@code layer}, then transposes its cards, against both neighbouring layers. */
    private void refine(int layer) {
        new LayerRefinement(this, layer).run();
    }

    /** Records the rank of every card of {@code layer} and the height of its cards and items, as drawn. */
    void measure(int layer) {
        double top = 0;
        int next = 0;
        for (int item : items[layer]) {
            int[] box = boxCards[item];
            if (graph.name(item).startsWith(Layers.VIRTUAL)) {
                itemPlace[item] = top + Placement.SLOT / 2;
                top += Placement.SLOT;
                continue;
            }
            for (int i = 0; i < box.length; i++) {
                rank[box[i]] = next++;
                place[box[i]] = top
                        + Placement.HEADER
                        + i * (Placement.CARD_HEIGHT + Placement.PADDING)
                        + Placement.CARD_HEIGHT / 2;
            }
            double height = Placement.boxHeight(box.length, 0, 1);
            itemPlace[item] = top + height / 2;
            top += height + Placement.BOX_GAP;
        }
        double centre = top / 2;
        double[] own = new double[next];
        for (int item : items[layer]) {
            itemPlace[item] -= centre;
            for (int card : boxCards[item]) {
                place[card] -= centre;
                own[rank[card]] = place[card];
            }
        }
        heights[layer] = own;
    }

    int[][] items() {
        return items;
    }

    int[][] boxCards() {
        return boxCards;
    }

    int[] rank() {
        return rank;
    }

    int[] cardLayer() {
        return cardLayer;
    }

    int[][] before() {
        return numbering.before;
    }

    /** Where each card's links meet the layer before its own, for {@link LayerRefinement}: one array, reused. */
    int[][] above() {
        if (above == null) {
            above = new int[rank.length][];
        }
        return above;
    }

    /** Where each card's links meet the layer after its own, for {@link LayerRefinement}: one array, reused. */
    int[][] below() {
        if (below == null) {
            below = new int[rank.length][];
        }
        return below;
    }

    int[][] after() {
        return numbering.after;
    }

    boolean[] local() {
        return numbering.local;
    }

    int[] slot() {
        return numbering.slot;
    }

    FeedGraph graph() {
        return graph;
    }

    private static int[][] copy(int[][] rows) {
        int[][] copy = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
