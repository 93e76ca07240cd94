package org.chainmap.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the user pinned in a chain's drawing: positions kept apart from the chain's topology, which every
 * layout honours (as JGraphT's {@code LayoutModel2D} keeps "fixed" vertices). A stage's column is never
 * pinned: the stage decides it. See {@code docs/decisions/0005-pinned-positions.md}.
 *
 * <p>Both maps are sorted by id, so that the same pins always iterate (and are written) in the same order.
 * A pin may name an id that is not (or no longer) in the chain; the layout ignores it and the validator
 * warns about it.
 *
 * @param segments the pinned segment boxes, by segment id
 * @param cards the pinned firm cards, by enterprise id
 * @param extra fields this program does not know, kept as they are
 */
public record Pins(Map<String, SegmentPin> segments, Map<String, CardPin> cards, Extras extra) {

    /** Nothing pinned. */
    public static final Pins NONE = new Pins(Map.of(), Map.of(), Extras.NONE);

    /** Sorts and copies the maps. */
    public Pins {
        segments = sortedCopy(segments);
        cards = sortedCopy(cards);
        extra = extra == null ? Extras.NONE : extra;
    }

    /**
     * A segment box held at a height in its stage's column.
     *
     * @param y the top edge of the box in map units (the layout's coordinates), at least 0 and finite
     * @param extra fields this program does not know, kept as they are
     */
    public record SegmentPin(double y, Extras extra) {

        /** Defaults the extras. */
        public SegmentPin {
            extra = extra == null ? Extras.NONE : extra;
        }

        /** A pin at {@code y}, without unknown fields. */
        public static SegmentPin at(double y) {
            return new SegmentPin(y, Extras.NONE);
        }
    }

    /**
     * A firm card held at a place in its main segment's box.
     *
     * @param slot the card's place among the cards of the box, 0 for the top, at least 0
     * @param extra fields this program does not know, kept as they are
     */
    public record CardPin(int slot, Extras extra) {

        /** Defaults the extras. */
        public CardPin {
            extra = extra == null ? Extras.NONE : extra;
        }

        /** A pin at {@code slot}, without unknown fields. */
        public static CardPin at(int slot) {
            return new CardPin(slot, Extras.NONE);
        }
    }

    /** Whether nothing is pinned and there are no unknown fields. */
    public boolean isEmpty() {
        return segments.isEmpty() && cards.isEmpty() && extra.isEmpty();
    }

    /** These pins with the box of {@code segment} pinned at {@code y}. */
    public Pins withSegment(String segment, double y) {
        Map<String, SegmentPin> changed = new TreeMap<>(segments);
        changed.put(segment, SegmentPin.at(y));
        return new Pins(changed, cards, extra);
    }

    /** These pins with the card of {@code firm} pinned at {@code slot}. */
    public Pins withCard(String firm, int slot) {
        Map<String, CardPin> changed = new TreeMap<>(cards);
        changed.put(firm, CardPin.at(slot));
        return new Pins(segments, changed, extra);
    }

    /**
     * These pins without those of segments {@code keepSegment} refuses and of cards {@code keepCard}
     * refuses; the same pins when all are kept.
     */
    public Pins keeping(
            java.util.function.Predicate<String> keepSegment, java.util.function.Predicate<String> keepCard) {
        Map<String, SegmentPin> keptSegments = new TreeMap<>(segments);
        keptSegments.keySet().removeIf(keepSegment.negate());
        Map<String, CardPin> keptCards = new TreeMap<>(cards);
        keptCards.keySet().removeIf(keepCard.negate());
        if (keptSegments.size() == segments.size() && keptCards.size() == cards.size()) {
            return this;
        }
        return new Pins(keptSegments, keptCards, extra);
    }

    private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, V> copy = new TreeMap<>();
        map.forEach((id, pin) -> copy.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(pin, "pin")));
        return Collections.unmodifiableMap(copy);
    }
}
