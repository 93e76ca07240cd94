package org.chainmap.layout;

import java.util.ArrayList;
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
 * stack top to bottom in their order without overlapping; every card lies inside its segment's box, cards
 * do not overlap, markers follow the cards; every forward feed runs from the right edge of its source box
 * through its slots to the left edge of its target box; back edges run below the drawing.
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
        double bottom = MARGIN;
        for (int layer = 0; layer < count; layer++) {
            double y = MARGIN + HEADER;
            List<String> column = layers.routed() != null
                    ? layers.routed().get(layer)
                    : layers.layers().get(layer);
            for (String node : column) {
                if (node.startsWith(Layers.VIRTUAL)) {
                    slots.put(node, new double[] {left[layer], y + SLOT / 2});
                    y += SLOT;
                    continue;
                }
                List<String> own = cards.cards().getOrDefault(node, List.of());
                List<String> shown = cards.markers().getOrDefault(node, List.of());
                double body = own.size() * (CARD_HEIGHT + PADDING) + shown.size() * (MARKER_HEIGHT + PADDING);
                double height = HEADER + Math.max(EMPTY_BODY, body + PADDING);
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
                y += height + BOX_GAP;
            }
            bottom = Math.max(bottom, y);
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
                if (slot != null) {
                    points.add(new double[] {slot[0], slot[1]});
                    points.add(new double[] {slot[0] + boxWidth, slot[1]});
                }
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
