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
 * <p>Pre: ordered {@link Layers} and {@link CardOrdering}. Post: each box has the columns of cards {@link
 * BoxColumns} gives it, its cards in rows in their order (row by row, left to right), its markers in rows
 * after them; layers stand left to right, each as wide as its widest box, the narrower boxes in its middle, a
 * wider gap between stages; in each layer the boxes (and slots for the feeds passing through)
 * stack top to bottom without overlapping, the free ones in their order; a pinned box stands at its pinned
 * height ({@link Layers#pinned()}) unless a pinned box above it takes that place, and then just below it (a
 * free box that does not fit above a pinned one goes below it); a layer without a pinned box stands in the
 * middle of the deepest layer's height; every card lies inside its segment's box, cards do not overlap,
 * markers follow the cards; every forward feed runs from the right edge of its source box through its slots
 * to the left edge of its target box (level to the layer's edge first from a box narrower than its layer);
 * back edges run below the drawing. With the columns chosen automatically, a drawing is never more than
 * {@link #WIDEST} times as wide as it is tall: a shallower one gets that height, its free layers in the middle.
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

    /** The horizontal gap between two columns of cards in a box of several. */
    public static final double COLUMN_GAP = 20;

    /**
     * The vertical gap between two rows of cards in a box of several columns, above the first and below the
     * last: room for the routes that leave or enter a card away from the box's edge.
     */
    public static final double ROW_GAP = 16;

    /** The most a drawing whose box columns are chosen automatically is wider than it is tall. */
    public static final double WIDEST = 3;

    /** The distance between the lanes of back-edge feeds below the drawing. */
    static final double BACK_LANE = 12;

    /** The geometry of a chain whose segments and cards are ordered, its box columns chosen automatically. */
    public static ChainGeometry place(Layers layers, CardOrdering cards) {
        return place(layers, cards, BoxColumns.AUTOMATIC);
    }

    /**
     * The geometry of a chain whose segments and cards are ordered.
     *
     * @param boxColumns {@link BoxColumns#AUTOMATIC}, or the most columns of cards a box may have (1: every box
     *     one column)
     */
    public static ChainGeometry place(Layers layers, CardOrdering cards, int boxColumns) {
        Map<String, Integer> grid = BoxColumns.choose(layers, cards, boxColumns);
        int count = layerCount(layers);
        double[] left = new double[count];
        double[] width = new double[count];
        double x = MARGIN;
        for (int layer = 0; layer < count; layer++) {
            x += gapBefore(layers, layer);
            left[layer] = x;
            width[layer] = boxWidth(1);
            for (String node : column(layers, layer)) {
                width[layer] = Math.max(width[layer], boxWidth(grid.getOrDefault(node, 1)));
            }
            x += width[layer];
        }
        double drawingWidth = x + MARGIN;
        double floor = boxColumns == BoxColumns.AUTOMATIC
                ? drawingWidth / WIDEST - MARGIN - BACK_LANE * layers.back().size()
                : 0;
        Map<String, Rect> boxes = new LinkedHashMap<>();
        Map<String, Rect> cardRects = new LinkedHashMap<>();
        List<ChainGeometry.Marker> markers = new ArrayList<>();
        Map<String, double[]> slots = new HashMap<>();
        double bottom = MARGIN + HEADER; // an empty column reaches as far as the top of its first box would
        List<Map<String, Double>> stacks = tops(layers, cards, grid, count, floor);
        for (int layer = 0; layer < count; layer++) {
            List<String> column = column(layers, layer);
            Map<String, Double> tops = stacks.get(layer);
            for (String node : column) {
                double y = tops.get(node);
                if (node.startsWith(Layers.VIRTUAL)) {
                    slots.put(node, new double[] {left[layer], y + SLOT / 2, left[layer] + width[layer]});
                    bottom = Math.max(bottom, y + SLOT);
                    continue;
                }
                List<String> own = cards.cards().getOrDefault(node, List.of());
                List<String> shown = cards.markers().getOrDefault(node, List.of());
                int columns = grid.getOrDefault(node, 1);
                double boxWidth = boxWidth(columns);
                double height = boxHeight(own.size(), shown.size(), columns);
                Rect box = new Rect(left[layer] + (width[layer] - boxWidth) / 2, y, boxWidth, height);
                boxes.put(node, box);
                // Row by row, in the order of the card ordering; the markers start a row of their own.
                double gap = columns == 1 ? PADDING : ROW_GAP;
                double rowY = columns == 1 ? y + HEADER : y + HEADER - PADDING + ROW_GAP;
                for (int i = 0; i < own.size(); i++) {
                    cardRects.put(own.get(i), new Rect(cellX(box, i % columns), rowY, CARD_WIDTH, CARD_HEIGHT));
                    if (i % columns == columns - 1 || i == own.size() - 1) {
                        rowY += CARD_HEIGHT + gap;
                    }
                }
                for (int i = 0; i < shown.size(); i++) {
                    markers.add(new ChainGeometry.Marker(
                            shown.get(i), node, new Rect(cellX(box, i % columns), rowY, CARD_WIDTH, MARKER_HEIGHT)));
                    if (i % columns == columns - 1 || i == shown.size() - 1) {
                        rowY += MARKER_HEIGHT + gap;
                    }
                }
                bottom = Math.max(bottom, y + height + BOX_GAP);
            }
        }
        List<ChainGeometry.FeedRoute> routes = routes(layers, boxes, slots, left, width, bottom);
        // The back edges just below the boxes; the drawing at least as deep as the floor.
        double height =
                Math.max(bottom, floor) + MARGIN + BACK_LANE * layers.back().size();
        List<ChainGeometry.Column> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int first = layers.firstLayer()[stage.ordinal()];
            int last = first + layers.layerCount()[stage.ordinal()] - 1;
            columns.add(new ChainGeometry.Column(
                    stage,
                    new Rect(
                            left[first] - PADDING,
                            MARGIN / 2,
                            left[last] + width[last] - left[first] + 2 * PADDING,
                            height - MARGIN)));
        }
        return new ChainGeometry(columns, boxes, cardRects, markers, routes, drawingWidth, height);
    }

    /** The left edge of the card in column {@code column} of {@code box}. */
    private static double cellX(Rect box, int column) {
        return box.x() + PADDING + column * (CARD_WIDTH + COLUMN_GAP);
    }

    /** The width of a box of {@code columns} columns of cards. */
    static double boxWidth(int columns) {
        return 2 * PADDING + columns * CARD_WIDTH + (columns - 1) * COLUMN_GAP;
    }

    /** The gap left of {@code layer}: none before the first, wider between stages than inside one. */
    static double gapBefore(Layers layers, int layer) {
        if (layer == 0) {
            return 0;
        }
        return layers.stageOf(layer) == layers.stageOf(layer - 1) ? LAYER_GAP : STAGE_GAP;
    }

    /** The number of layers, with those of long feeds' slots once they are routed. */
    static int layerCount(Layers layers) {
        return layers.routed() != null
                ? layers.routed().size()
                : layers.layers().size();
    }

    /** The nodes of {@code layer}: boxes, and slots of long feeds when the feeds are routed. */
    static List<String> column(Layers layers, int layer) {
        return layers.routed() != null
                ? layers.routed().get(layer)
                : layers.layers().get(layer);
    }

    /**
     * The top edge of every node, layer by layer: each layer stacked as {@link #stack} says, then, unless it
     * holds a pinned box, moved down to stand in the middle of the deepest layer's height (or of {@code floor},
     * the least depth of a drawing that is not to be wider than {@link #WIDEST} times its height, when that is
     * deeper). Centred columns keep links short and level: on generated 3,000-firm chains they halve the
     * crossings of top-aligned ones.
     */
    private static List<Map<String, Double>> tops(
            Layers layers, CardOrdering cards, Map<String, Integer> grid, int count, double floor) {
        List<Map<String, Double>> stacks = new ArrayList<>();
        double[] depth = new double[count];
        double deepest = Math.max(MARGIN + HEADER, floor);
        for (int layer = 0; layer < count; layer++) {
            Map<String, Double> tops = stack(column(layers, layer), cards, grid, layers.pinned());
            stacks.add(tops);
            depth[layer] = MARGIN + HEADER;
            for (String node : column(layers, layer)) {
                depth[layer] = Math.max(depth[layer], tops.get(node) + extent(node, cards, grid));
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

    /**
     * The height of a box holding {@code cardCount} cards and {@code markerCount} markers in {@code columns}
     * columns: one column as it always was; several with {@link #ROW_GAP} between the rows, above the first
     * and below the last.
     */
    static double boxHeight(int cardCount, int markerCount, int columns) {
        if (columns == 1) {
            double body = cardCount * (CARD_HEIGHT + PADDING) + markerCount * (MARKER_HEIGHT + PADDING);
            return HEADER + Math.max(EMPTY_BODY, body + PADDING);
        }
        int cardRows = (cardCount + columns - 1) / columns;
        int markerRows = (markerCount + columns - 1) / columns;
        return HEADER - PADDING + ROW_GAP + cardRows * (CARD_HEIGHT + ROW_GAP) + markerRows * (MARKER_HEIGHT + ROW_GAP);
    }

    /**
     * The top edge of every node of one layer's {@code column}: the free nodes (boxes and feed slots) stack
     * from the top in their order, a box followed by {@link #BOX_GAP}, a slot by nothing; each pinned box
     * stands at its pinned height, or just below the node above it when that reaches lower, and a free node
     * that would reach into the place of the next pinned box goes below it instead. So a pinned box moves
     * only when a pinned box above it overlaps its place (it goes just below that one), or when its height
     * is above the column's top (it goes to the top).
     */
    private static Map<String, Double> stack(
            List<String> column, CardOrdering cards, Map<String, Integer> grid, Map<String, Double> pinned) {
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
            double extent = extent(node, cards, grid);
            while (next < held.size() && y + extent > pinned.get(held.get(next))) {
                String box = held.get(next++);
                tops.put(box, Math.max(y, pinned.get(box)));
                y = tops.get(box) + extent(box, cards, grid);
            }
            tops.put(node, y);
            y += extent;
        }
        for (; next < held.size(); next++) {
            String box = held.get(next);
            tops.put(box, Math.max(y, pinned.get(box)));
            y = tops.get(box) + extent(box, cards, grid);
        }
        return tops;
    }

    /** The height a node takes in its column, with the gap after it. */
    private static double extent(String node, CardOrdering cards, Map<String, Integer> grid) {
        if (node.startsWith(Layers.VIRTUAL)) {
            return SLOT;
        }
        return boxHeight(
                        cards.cards().getOrDefault(node, List.of()).size(),
                        cards.markers().getOrDefault(node, List.of()).size(),
                        grid.getOrDefault(node, 1))
                + BOX_GAP;
    }

    private static List<ChainGeometry.FeedRoute> routes(
            Layers layers,
            Map<String, Rect> boxes,
            Map<String, double[]> slots,
            double[] left,
            double[] width,
            double bottom) {
        List<ChainGeometry.FeedRoute> routes = new ArrayList<>();
        for (String[] feed : layers.forward()) {
            Rect from = boxes.get(feed[0]);
            Rect to = boxes.get(feed[1]);
            List<double[]> points = new ArrayList<>();
            points.add(new double[] {from.right(), from.centerY()});
            // A box narrower than its layer: level to the layer's edge first, past the wider boxes above and below.
            int fromLayer = layers.layerOf().get(feed[0]);
            if (from.right() < left[fromLayer] + width[fromLayer]) {
                points.add(new double[] {left[fromLayer] + width[fromLayer], from.centerY()});
            }
            for (int layer = layers.layerOf().get(feed[0]) + 1;
                    layer < layers.layerOf().get(feed[1]);
                    layer++) {
                double[] slot = slots.get(Layers.VIRTUAL + feed[0] + ">" + feed[1] + "#" + layer);
                if (slot == null) {
                    break; // a feed beyond the budget of slots (FeedGraph) runs straight
                }
                points.add(new double[] {slot[0], slot[1]});
                points.add(new double[] {slot[2], slot[1]});
            }
            int toLayer = layers.layerOf().get(feed[1]);
            if (to.x() > left[toLayer]) {
                points.add(new double[] {left[toLayer], to.centerY()});
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
            double below = bottom + BACK_LANE * lane++;
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
