package org.chainmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cards of a geometry's flat card map lie in which boxes (decision 0071), worked out once per flat map: so that
 * a provisional placement finds the cards in the boxes it places into without a pass over every card. A card lies in
 * a box when {@link #inside} says so; it is listed under every box it lies in, and those in none apart.
 */
final class CardBoxes {

    /** The boxes the cards were sorted into. */
    private final Map<String, Rect> boxes;

    private final Map<String, List<String>> byBox = new HashMap<>();
    private final List<String> outside = new ArrayList<>();

    private CardBoxes(Map<String, Rect> cards, Map<String, Rect> boxes) {
        this.boxes = new LinkedHashMap<>(boxes);
        for (Map.Entry<String, Rect> card : cards.entrySet()) {
            boolean in = false;
            for (Map.Entry<String, Rect> box : boxes.entrySet()) {
                if (inside(card.getValue(), box.getValue())) {
                    byBox.computeIfAbsent(box.getKey(), key -> new ArrayList<>())
                            .add(card.getKey());
                    in = true;
                }
            }
            if (!in) {
                outside.add(card.getKey());
            }
        }
    }

    /** Those of the flat entries of {@code cards}, sorted into {@code boxes} if not sorted yet (into some boxes). */
    static CardBoxes of(PatchedMap<String, Rect> cards, Map<String, Rect> boxes) {
        return cards.derived(CardBoxes.class, flat -> new CardBoxes(flat, boxes));
    }

    /** Whether {@code card} lies in {@code box} (half a unit of rounding allowed at the right and bottom). */
    static boolean inside(Rect card, Rect box) {
        return card.x() >= box.x()
                && card.right() <= box.right() + 0.5
                && card.y() >= box.y()
                && card.bottom() <= box.bottom() + 0.5;
    }

    /**
     * Whether the cards that lie in {@code box}, now {@code now}, are among those {@link #in} it and {@link #outside}
     * every box: when it was sorted into and is that box, or that box grown downwards (a provisional placement grows a
     * box only into space no other box holds). If not, the caller must look at every card.
     */
    boolean holds(String box, Rect now) {
        Rect was = boxes.get(box);
        return was != null
                && was.x() == now.x()
                && was.y() == now.y()
                && was.width() == now.width()
                && now.height() >= was.height();
    }

    /** The keys of the flat cards that lay in {@code box}, in their order. */
    List<String> in(String box) {
        return byBox.getOrDefault(box, List.of());
    }

    /** The keys of the flat cards that lay in no box, in their order. */
    List<String> outside() {
        return outside;
    }
}
