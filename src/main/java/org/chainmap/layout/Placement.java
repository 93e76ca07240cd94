package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Stage;

/**
 * Phase 5: turns the orders of the earlier phases into coordinates.
 *
 * <p>Pre: ordered {@link Layers} and {@link CardOrdering}. Post: layers stand left to right as columns of
 * one width, a wider gap between stages; in each layer the boxes (and slots for the feeds passing through)
 * stack top to bottom without overlapping, the free ones in their order; a pinned box stands at its pinned
 * height ({@link Layers#pinned()}) unless a pinned box above it takes that place, and then just below it (a
 * free box that does not fit above a pinned one goes below it); a layer without a pinned box stands in the
 * middle of the deepest layer's height; every card lies inside its segment's box, cards do not overlap,
 * markers follow the cards; every forward feed runs from the right edge of its source box through its slots
 * to the left edge of its target box; back edges run below the drawing.
 */
public final class Placement {

    /** A card's size. */
    public static final double CARD_WIDTH = 180;

    /** A card's height. */
    public static final double CARD_HEIGHT = 26;

    /** A marker's height. */
    public static final double MARKER_HEIGHT = 20;

    /** The space around and between the contents of a box. */
    public static final double PADDING = 8;

    /** The height of a box's title row. */
    public static final double HEADER = 30;

    /** The least height of a box without cards, room for its "missing" mark. */
    public static final double EMPTY_BODY = 36;

    /** The vertical gap between boxes. */
    public static final double BOX_GAP = 18;

    /** The height of the slot a feed passing through a layer takes. */
    public static final double SLOT = 10;

    /** The horizontal gap between layers of one stage. */
    public static final double LAYER_GAP = 70;

    /** The horizontal gap between stages. */
    public static final double STAGE_GAP = 110;

    /** The margin around the drawing. */
    public static final double MARGIN = 24;

    private Placement() {}

    /** The geometry of a chain whose segments and cards are ordered. */
    public static ChainGeometry place(Layers layers, CardOrdering cards) {
        double boxWidth = CARD_WIDTH + 2 * PADDING;
        int count = layers.routed() != null
                ? layers.routed().size()
                : layers.layers().size();
        double[] left = new double[count];
        double x = MARGIN;
        for (int layer = 0; layer < count; layer++) {
            if (layer > 0) {
                x += layers.stageOf(layer) == layers.stageOf(layer - 1) ? LAYER_GAP : STAGE_GAP;
            }
            left[layer] = x;
            x += boxWidth;
        }
        Map<String, Rect> boxes = new LinkedHashMap<>();
        Map<String, Rect> cardRects = new LinkedHashMap<>();
        List<ChainGeometry.Marker> markers = new ArrayList<>();
        Map<String, double[]> slots = new HashMap<>();
        double bottom = MARGIN + HEADER; // an empty column reaches as far as the top of its first box would
        List<Map<String, Double>> stacks = tops(layers, cards, count);
        for (int layer = 0; layer < count; layer++) {
            List<String> column = column(layers, layer);
            Map<String, Double> tops = stacks.get(layer);
            for (String node : column) {
                double y = tops.get(node);
                if (node.startsWith(Layers.VIRTUAL)) {
                    slots.put(node, new double[] {left[layer], y + SLOT / 2});
                    bottom = Math.max(bottom, y + SLOT);
                    continue;
                }
                List<String> own = cards.cards().getOrDefault(node, List.of());
                List<String> shown = cards.markers().getOrDefault(node, List.of());
                double height = boxHeight(own.size(), shown.size());
                Rect box = new Rect(left[layer], y, boxWidth, height);
                boxes.put(node, box);
                double cardY = y + HEADER;
                for (String firm : own) {
                    cardRects.put(firm, new Rect(left[layer] + PADDING, cardY, CARD_WIDTH, CARD_HEIGHT));
                    cardY += CARD_HEIGHT + PADDING;
                }
                for (String firm : shown) {
                    markers.add(new ChainGeometry.Marker(
                            firm, node, new Rect(left[layer] + PADDING, cardY, CARD_WIDTH, MARKER_HEIGHT)));
                    cardY += MARKER_HEIGHT + PADDING;
                }
                bottom = Math.max(bottom, y + height + BOX_GAP);
            }
        }
        List<ChainGeometry.FeedRoute> routes = routes(layers, boxes, slots, boxWidth, bottom);
        double height = bottom + MARGIN + 12.0 * layers.back().size();
        List<ChainGeometry.Column> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int first = layers.firstLayer()[stage.ordinal()];
            int last = first + layers.layerCount()[stage.ordinal()] - 1;
            columns.add(new ChainGeometry.Column(
                    stage,
                    new Rect(
                            left[first] - PADDING,
                            MARGIN / 2,
                            left[last] + boxWidth - left[first] + 2 * PADDING,
                            height - MARGIN)));
        }
        return new ChainGeometry(columns, boxes, cardRects, markers, routes, x + MARGIN, height);
    }

    /** The nodes of {@code layer}: boxes, and slots of long feeds when the feeds are routed. */
    private static List<String> column(Layers layers, int layer) {
        return layers.routed() != null
                ? layers.routed().get(layer)
                : layers.layers().get(layer);
    }

    /**
     * The top edge of every node, layer by layer: each layer stacked as {@link #stack} says, then, unless it
     * holds a pinned box, moved down to stand in the middle of the deepest layer's height. Centred columns
     * keep links short and level: on generated 3,000-firm chains they halve the crossings of top-aligned ones.
     */
    private static List<Map<String, Double>> tops(Layers layers, CardOrdering cards, int count) {
        List<Map<String, Double>> stacks = new ArrayList<>();
        double[] depth = new double[count];
        double deepest = MARGIN + HEADER;
        for (int layer = 0; layer < count; layer++) {
            Map<String, Double> tops = stack(column(layers, layer), cards, layers.pinned());
            stacks.add(tops);
            depth[layer] = MARGIN + HEADER;
            for (String node : column(layers, layer)) {
                depth[layer] = Math.max(depth[layer], tops.get(node) + extent(node, cards));
            }
            deepest = Math.max(deepest, depth[layer]);
        }
        for (int layer = 0; layer < count; layer++) {
            if (column(layers, layer).stream().noneMatch(layers.pinned()::containsKey)) {
                double shift = (deepest - depth[layer]) / 2;
                stacks.get(layer).replaceAll((node, top) -> top + shift);
            }
        }
        return stacks;
    }

    /** The height of a box holding {@code cardCount} cards and {@code markerCount} markers. */
    static double boxHeight(int cardCount, int markerCount) {
        double body = cardCount * (CARD_HEIGHT + PADDING) + markerCount * (MARKER_HEIGHT + PADDING);
        return HEADER + Math.max(EMPTY_BODY, body + PADDING);
    }

    /**
     * The top edge of every node of one layer's {@code column}: the free nodes (boxes and feed slots) stack
     * from the top in their order, a box followed by {@link #BOX_GAP}, a slot by nothing; each pinned box
     * stands at its pinned height, or just below the node above it when that reaches lower, and a free node
     * that would reach into the place of the next pinned box goes below it instead. So a pinned box moves
     * only when a pinned box above it overlaps its place (it goes just below that one), or when its height
     * is above the column's top (it goes to the top).
     */
    private static Map<String, Double> stack(List<String> column, CardOrdering cards, Map<String, Double> pinned) {
        List<String> held = new ArrayList<>();
        for (String node : column) {
            if (pinned.containsKey(node)) {
                held.add(node);
            }
        }
        held.sort(Comparator.comparingDouble((String node) -> pinned.get(node)).thenComparing(node -> node));
        Map<String, Double> tops = new HashMap<>();
        double y = MARGIN + HEADER;
        int next = 0;
        for (String node : column) {
            if (pinned.containsKey(node)) {
                continue;
            }
            double extent = extent(node, cards);
            while (next < held.size() && y + extent > pinned.get(held.get(next))) {
                String box = held.get(next++);
                tops.put(box, Math.max(y, pinned.get(box)));
                y = tops.get(box) + extent(box, cards);
            }
            tops.put(node, y);
            y += extent;
        }
        for (; next < held.size(); next++) {
            String box = held.get(next);
            tops.put(box, Math.max(y, pinned.get(box)));
            y = tops.get(box) + extent(box, cards);
        }
        return tops;
    }

    /** The height a node takes in its column, with the gap after it. */
    private static double extent(String node, CardOrdering cards) {
        if (node.startsWith(Layers.VIRTUAL)) {
            return SLOT;
        }
        return boxHeight(
                        cards.cards().getOrDefault(node, List.of()).size(),
                        cards.markers().getOrDefault(node, List.of()).size())
                + BOX_GAP;
    }

    private static List<ChainGeometry.FeedRoute> routes(
            Layers layers, Map<String, Rect> boxes, Map<String, double[]> slots, double boxWidth, double bottom) {
        List<ChainGeometry.FeedRoute> routes = new ArrayList<>();
        for (String[] feed : layers.forward()) {
            Rect from = boxes.get(feed[0]);
            Rect to = boxes.get(feed[1]);
            List<double[]> points = new ArrayList<>();
            points.add(new double[] {from.right(), from.centerY()});
            for (int layer = layers.layerOf().get(feed[0]) + 1;
                    layer < layers.layerOf().get(feed[1]);
                    layer++) {
                double[] slot = slots.get(Layers.VIRTUAL + feed[0] + ">" + feed[1] + "#" + layer);
                if (slot == null) {
                    break; // a feed beyond the budget of slots (FeedGraph) runs straight
                }
                points.add(new double[] {slot[0], slot[1]});
                points.add(new double[] {slot[0] + boxWidth, slot[1]});
            }
            points.add(new double[] {to.x(), to.centerY()});
            routes.add(new ChainGeometry.FeedRoute(feed[0], feed[1], points, false));
        }
        int lane = 0;
        for (List<String> feed : layers.back().stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList()) {
            Rect from = boxes.get(feed.get(0));
            Rect to = boxes.get(feed.get(1));
            double below = bottom + 12.0 * lane++;
            routes.add(new ChainGeometry.FeedRoute(
                    feed.get(0),
                    feed.get(1),
                    List.of(
                            new double[] {from.centerX(), from.bottom()},
                            new double[] {from.centerX(), below},
                            new double[] {to.centerX(), below},
                            new double[] {to.centerX(), to.bottom()}),
                    true));
        }
        return routes;
    }
}
