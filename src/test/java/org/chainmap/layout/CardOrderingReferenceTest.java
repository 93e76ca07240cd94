package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Pins;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CardOrdering}'s barycenter sweeps, kept in arrays by card number, give exactly the order of the
 * straightforward sweeps over maps of firm ids they replaced (kept here as the reference), on generated regions
 * with cards and boxes pinned at random.
 */
class CardOrderingReferenceTest {

    private static final int SWEEPS = 4;

    @ParameterizedTest
    @CsvSource({"400, 1", "1500, 2", "3000, 3", "3000, 4"})
    void theSweepsGiveTheReferencesOrder(int firms, long seed) {
        RegionMap generated = RegionGenerator.generate(firms, seed);
        Random random = new Random(seed);
        for (Chain plain : generated.chains()) {
            for (Chain chain : List.of(plain, pinAtRandom(generated, plain, random))) {
                Layers layers = SegmentOrdering.order(LayerAssignment.assign(chain));
                CardOrdering now = CardOrdering.order(generated, chain, layers, false);
                CardOrdering before = reference(generated, chain, layers);
                assertThat(now.cards()).as(chain.id()).isEqualTo(before.cards());
                assertThat(now.markers()).as(chain.id()).isEqualTo(before.markers());
            }
        }
    }

    private static Chain pinAtRandom(RegionMap map, Chain chain, Random random) {
        Pins pins = Pins.NONE;
        for (Enterprise firm : map.enterprisesOfChain(chain.id())) {
            if (random.nextInt(4) == 0) {
                pins = pins.withCard(firm.id(), random.nextInt(6));
            }
        }
        return chain.withPins(pins);
    }

    /** As {@link CardOrdering#order} was before its sweeps took arrays, without the search after them. */
    private static CardOrdering reference(RegionMap map, Chain chain, Layers layers) {
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
        return new CardOrdering(cards, markers, layers);
    }

    /** The barycenter sweeps as they were, over maps of firm ids. */
    private static final class Sweeper {
        private final Layers layers;
        private final Map<String, List<String>> cards;
        private final Map<String, Boolean> local;
        private final Map<String, List<String>> partners;
        private final Map<String, Integer> slots;
        /** Each card's layer and its place in that layer, from 0 (top) to 1 (bottom). */
        private final Map<String, Integer> layerOf = new HashMap<>();

        private final Map<String, Double> place = new HashMap<>();

        Sweeper(
                Layers layers,
                Map<String, List<String>> cards,
                Map<String, Boolean> local,
                Map<String, List<String>> partners,
                Map<String, Integer> slots) {
            this.layers = layers;
            this.cards = cards;
            this.local = local;
            this.partners = partners;
            this.slots = slots;
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
            List<String> all = new ArrayList<>();
            for (String segment : layers.layers().get(layer)) {
                all.addAll(cards.get(segment));
            }
            for (int i = 0; i < all.size(); i++) {
                layerOf.put(all.get(i), layer);
                place.put(all.get(i), all.size() == 1 ? 0.5 : (double) i / (all.size() - 1));
            }
        }

        private void reorder(String segment, int layer, boolean fromLeft) {
            List<String> box = cards.get(segment);
            Map<String, Double> key = new HashMap<>();
            for (String card : box) {
                double sum = 0;
                int count = 0;
                for (String partner : partners.getOrDefault(card, List.of())) {
                    Integer at = layerOf.get(partner);
                    if (at != null && (fromLeft ? at < layer : at > layer)) {
                        sum += place.get(partner);
                        count++;
                    }
                }
                key.put(card, count == 0 ? place.getOrDefault(card, 0.5) : sum / count);
            }
            List<String> sorted = new ArrayList<>(box);
            sorted.sort(Comparator.comparing((String card) -> !local.get(card)).thenComparingDouble(key::get));
            box.clear();
            box.addAll(sorted);
            pin(box);
        }

        /** Puts the pinned cards of {@code box} at their slots; the free ones keep their order in the rest. */
        private void pin(List<String> box) {
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
