package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * Phase 4: orders the firm cards inside each segment box to cut the crossings of supply links.
 *
 * <p>Pre: {@link Layers} ordered by {@link SegmentOrdering}. Post: each firm whose main segment is in the
 * chain has one card, in that segment's box; pinned cards stand at their slots (below); of the others, local
 * firms come first and external ones last, at the edge of
 * the box; within each group the order follows alternating barycenter sweeps over the link partners in the
 * layers to the left, then to the right (a card without partners there keeps its place). A firm that works
 * in another segment of the chain as well gets a marker there. Linear per sweep in firms and links. Then {@link
 * CardSweeps} searches the cards and the boxes' order together (box sifting, card transposition, a second start
 * from {@link BlockOrdering}) and keeps the order with the fewest crossings as drawn (decision 0019); the boxes'
 * new order is in {@link #layers()}.
 *
 * <p>A pinned card ({@link org.chainmap.model.Pins#cards()}) stands at its pinned slot of its box, whether
 * local or external: a slot past the last card means the last, and when two pins claim one slot the one
 * with the smaller slot, then the smaller id, has it and the other takes the nearest free slot below (or,
 * at the bottom, above). The free cards fill the other slots in the order above. A pin of a firm without a
 * card in the chain is ignored.
 *
 * @param cards the firms of each segment's box, top to bottom
 * @param markers the firms shown as markers in each segment's box, in document order
 * @param layers the layers the cards were ordered in, their boxes in the order chosen with the cards
 */
public record CardOrdering(Map<String, List<String>> cards, Map<String, List<String>> markers, Layers layers) {

    private static final int SWEEPS = 4;

    /** The cards of {@code chain} in {@code map}, with its segments laid out as {@code layers} says. */
    public static CardOrdering order(RegionMap map, Chain chain, Layers layers) {
        return order(map, chain, layers, true);
    }

    /**
     * The cards of {@code chain}, after the barycenter sweeps alone ({@code search} false: the ordering before
     * {@link CardSweeps}, for tests that compare) or after the search that starts from them.
     */
    static CardOrdering order(RegionMap map, Chain chain, Layers layers, boolean search) {
        Map<String, List<String>> cards = new LinkedHashMap<>();
        Map<String, List<String>> markers = new LinkedHashMap<>();
        for (Segment segment : chain.segments()) {
            cards.put(segment.id(), new ArrayList<>());
            markers.put(segment.id(), new ArrayList<>());
        }
        Map<String, Boolean> local = new HashMap<>();
        for (Enterprise firm : map.enterprises()) {
            List<String> own = cards.get(firm.mainSegment());
            if (own != null && !local.containsKey(firm.id())) {
                own.add(firm.id());
                local.put(firm.id(), firm.local());
            }
            for (String segment : firm.segments()
                    .subList(
                            Math.min(1, firm.segments().size()), firm.segments().size())) {
                List<String> shown = markers.get(segment);
                if (shown != null && !segment.equals(firm.mainSegment()) && !shown.contains(firm.id())) {
                    shown.add(firm.id());
                }
            }
        }
        Map<String, List<String>> partners = new HashMap<>();
        for (SupplyLink link : map.links()) {
            if (local.containsKey(link.from())
                    && local.containsKey(link.to())
                    && !link.from().equals(link.to())) {
                partners.computeIfAbsent(link.from(), key -> new ArrayList<>()).add(link.to());
                partners.computeIfAbsent(link.to(), key -> new ArrayList<>()).add(link.from());
            }
        }
        Map<String, Integer> slots = new HashMap<>();
        chain.pins().cards().forEach((firm, pin) -> {
            if (local.containsKey(firm) && pin.slot() >= 0) {
                slots.put(firm, pin.slot());
            }
        });
        new Sweeper(layers, cards, local, partners, slots).run();
        Layers ordered =
                search ? CardSweeps.search(layers, cards, new CardSweeps.CardInput(local, partners, slots)) : layers;
        return new CardOrdering(cards, markers, ordered);
    }

    /**
     * The barycenter sweeps over the cards, layer by layer. The cards are numbered once; their layers, places and
     * partners are kept in arrays by number, not in maps of firm ids filled again at every layer of every sweep.
     */
    private static final class Sweeper {
        private final Layers layers;
        private final Map<String, List<String>> cards;
        private final Map<String, Integer> slots;
        /** Each card's number, the index of the arrays below. */
        private final Map<String, Integer> number = new HashMap<>();

        private final boolean[] local;
        /** The numbers of each card's link partners, in the order of the map's links. */
        private final int[][] partners;
        /** Each card's layer (-1 before it is measured) and its place in that layer, from 0 (top) to 1 (bottom). */
        private final int[] layerOf;

        private final double[] place;

        Sweeper(
                Layers layers,
                Map<String, List<String>> cards,
                Map<String, Boolean> local,
                Map<String, List<String>> partners,
                Map<String, Integer> slots) {
            this.layers = layers;
            this.cards = cards;
            this.slots = slots;
            for (List<String> box : cards.values()) {
                for (String card : box) {
                    number.putIfAbsent(card, number.size());
                }
            }
            int count = number.size();
            this.local = new boolean[count];
            this.partners = new int[count][];
            this.layerOf = new int[count];
            this.place = new double[count];
            Arrays.fill(layerOf, -1);
            number.forEach((card, at) -> {
                this.local[at] = local.get(card);
                List<String> linked = partners.getOrDefault(card, List.of());
                int[] numbers = new int[linked.size()];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = number.get(linked.get(i));
                }
                this.partners[at] = numbers;
            });
        }

        void run() {
            if (!slots.isEmpty()) {
                cards.values().forEach(this::pin);
            }
            for (int layer = 0; layer < layers.layers().size(); layer++) {
                measure(layer);
            }
            for (int sweep = 0; sweep < SWEEPS; sweep++) {
                boolean rightward = sweep % 2 == 0;
                int count = layers.layers().size();
                for (int step = 0; step < count; step++) {
                    int layer = rightward ? step : count - 1 - step;
                    for (String segment : layers.layers().get(layer)) {
                        reorder(segment, layer, rightward);
                    }
                    measure(layer);
                }
            }
        }

        /** Records the layer and relative place of every card of {@code layer}. */
        private void measure(int layer) {
            int all = 0;
            for (String segment : layers.layers().get(layer)) {
                all += cards.get(segment).size();
            }
            int i = 0;
            for (String segment : layers.layers().get(layer)) {
                for (String card : cards.get(segment)) {
                    int at = number.get(card);
                    layerOf[at] = layer;
                    place[at] = all == 1 ? 0.5 : (double) i / (all - 1);
                    i++;
                }
            }
        }

        private void reorder(String segment, int layer, boolean fromLeft) {
            List<String> box = cards.get(segment);
            int size = box.size();
            int[] numbers = new int[size];
            double[] key = new double[size];
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                int card = number.get(box.get(i));
                double sum = 0;
                int count = 0;
                for (int partner : partners[card]) {
                    int at = layerOf[partner];
                    if (at >= 0 && (fromLeft ? at < layer : at > layer)) {
                        sum += place[partner];
                        count++;
                    }
                }
                numbers[i] = card;
                key[i] = count == 0 ? (layerOf[card] >= 0 ? place[card] : 0.5) : sum / count;
                order[i] = i;
            }
            // Stable, as the sort of the ids was: local cards first, then by key.
            Arrays.sort(
                    order,
                    (a, b) -> local[numbers[a]] != local[numbers[b]]
                            ? (local[numbers[a]] ? -1 : 1)
                            : Double.compare(key[a], key[b]));
            String[] sorted = new String[size];
            for (int i = 0; i < size; i++) {
                sorted[i] = box.get(order[i]);
            }
            box.clear();
            box.addAll(Arrays.asList(sorted));
            pin(box);
        }

        /** Puts the pinned cards of {@code box} at their slots; the free ones keep their order in the rest. */
        private void pin(List<String> box) {
            if (slots.isEmpty()) {
                return;
            }
            List<String> held = new ArrayList<>();
            List<String> free = new ArrayList<>();
            for (String card : box) {
                (slots.containsKey(card) ? held : free).add(card);
            }
            if (held.isEmpty()) {
                return;
            }
            held.sort(Comparator.comparingInt((String card) -> slots.get(card)).thenComparing(card -> card));
            String[] placed = new String[box.size()];
            for (String card : held) {
                int at = Math.min(slots.get(card), placed.length - 1);
                int below = at;
                while (below < placed.length && placed[below] != null) {
                    below++;
                }
                if (below == placed.length) {
                    below = at;
                    while (placed[below] != null) {
                        below--;
                    }
                }
                placed[below] = card;
            }
            int next = 0;
            for (int i = 0; i < placed.length; i++) {
                if (placed[i] == null) {
                    placed[i] = free.get(next++);
                }
            }
            box.clear();
            box.addAll(List.of(placed));
        }
    }
}
