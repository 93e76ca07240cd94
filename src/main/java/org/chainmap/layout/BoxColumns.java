package org.chainmap.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 5a, the first step of {@link Placement}: how many columns of cards each segment box has, so that a
 * chain of any size keeps the shape of a page instead of a strip tens of thousands of units tall. Why this
 * rule: {@code docs/decisions/0017-card-grid.md}.
 *
 * <p>Pre: ordered {@link Layers} and {@link CardOrdering}. Post: every box has a number of columns, at least
 * 1; a box takes another column only when each of its columns keeps at least {@link #LEAST_ROWS} items
 * (cards and markers), so a box of few cards stays one column. With a fixed number {@code n} every box has
 * as many columns as that allows, at most {@code n} ({@code 1}: every box one column, as before grids
 * existed). Chosen automatically ({@link #AUTOMATIC}), every layer gets a cap {@code k}: the fewest columns
 * that keep the layer within a common height {@code T}, and {@code T} is the least height at which the whole
 * drawing is no wider than {@link #PAGE} times its height (found by bisection: the width falls as {@code T}
 * grows). So the layers come out about equally deep, and a drawing whose boxes stand in one column and that
 * is already wider than a page keeps one column everywhere. Time: O(B log N) per probe in boxes B and cards
 * N, some fifty probes.
 */
public final class BoxColumns {

    /** Choose the columns automatically. */
    public static final int AUTOMATIC = 0;

    /** A box takes another column of cards only when each of its columns keeps at least this many items. */
    public static final int LEAST_ROWS = 8;

    /** The shape aimed at, width over height: an A-series page (A4, A3) in landscape. */
    public static final double PAGE = Math.sqrt(2);

    private static final int PROBES = 60;

    private final Layers layers;
    /** Per layer, per node: the number of cards and of markers (-1 for the slot of a feed passing through). */
    private final int[][][] items;

    private BoxColumns(Layers layers, CardOrdering cards) {
        this.layers = layers;
        int count = Placement.layerCount(layers);
        items = new int[count][][];
        for (int layer = 0; layer < count; layer++) {
            List<String> column = Placement.column(layers, layer);
            items[layer] = new int[column.size()][];
            for (int i = 0; i < column.size(); i++) {
                String node = column.get(i);
                items[layer][i] = node.startsWith(Layers.VIRTUAL)
                        ? new int[] {-1, 0}
                        : new int[] {
                            cards.cards().getOrDefault(node, List.of()).size(),
                            cards.markers().getOrDefault(node, List.of()).size()
                        };
            }
        }
    }

    /**
     * The columns of every box of {@code layers}, by segment id.
     *
     * @param requested {@link #AUTOMATIC}, or the most columns any box may have (1 or more)
     */
    static Map<String, Integer> choose(Layers layers, CardOrdering cards, int requested) {
        BoxColumns chooser = new BoxColumns(layers, cards);
        int[] caps = requested == AUTOMATIC ? chooser.automaticCaps() : chooser.fixedCaps(requested);
        Map<String, Integer> columns = new HashMap<>();
        for (int layer = 0; layer < caps.length; layer++) {
            List<String> column = Placement.column(layers, layer);
            for (int i = 0; i < column.size(); i++) {
                if (chooser.items[layer][i][0] >= 0) {
                    columns.put(column.get(i), columns(chooser.items[layer][i], caps[layer]));
                }
            }
        }
        return columns;
    }

    /** The columns of a box of {@code item} cards and markers under the cap {@code cap}. */
    static int columns(int[] item, int cap) {
        return Math.max(1, Math.min(cap, (item[0] + item[1]) / LEAST_ROWS));
    }

    private int[] fixedCaps(int requested) {
        int[] caps = new int[items.length];
        java.util.Arrays.fill(caps, requested);
        return caps;
    }

    /**
     * The cap of each layer at the least common height {@code T} whose drawing is no wider than a page; one
     * column everywhere when even the drawing of one column per box is wider than that.
     */
    private int[] automaticCaps() {
        double high = 0;
        double low = 0;
        for (int layer = 0; layer < items.length; layer++) {
            high = Math.max(high, height(layer, 1));
            low = Math.max(low, height(layer, most(layer)));
        }
        if (!page(high)) {
            return caps(high);
        }
        if (page(low)) {
            return caps(low);
        }
        for (int probe = 0; probe < PROBES && high - low > 1; probe++) {
            double middle = (low + high) / 2;
            if (page(middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return caps(high);
    }

    /** Whether the drawing with every layer within {@code depth} is no wider than {@link #PAGE} times its height. */
    private boolean page(double depth) {
        int[] caps = caps(depth);
        double width = 2 * Placement.MARGIN;
        for (int layer = 0; layer < caps.length; layer++) {
            width += width(layer, caps[layer]) + Placement.gapBefore(layers, layer);
        }
        double height = 2 * Placement.MARGIN
                + Placement.HEADER
                + depth
                + Placement.BACK_LANE * layers.back().size();
        return width <= PAGE * height;
    }

    /** Each layer's cap: the fewest columns that keep it within {@code depth}, or its most when none does. */
    private int[] caps(double depth) {
        int[] caps = new int[items.length];
        for (int layer = 0; layer < items.length; layer++) {
            int low = 1;
            int high = most(layer);
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (height(layer, middle) <= depth) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            caps[layer] = low;
        }
        return caps;
    }

    /** The most columns any box of {@code layer} can take: more would change nothing. */
    private int most(int layer) {
        int most = 1;
        for (int[] item : items[layer]) {
            most = Math.max(most, columns(item, Integer.MAX_VALUE));
        }
        return most;
    }

    /** The height of {@code layer}'s stack with every box under the cap {@code cap}. */
    private double height(int layer, int cap) {
        double height = 0;
        for (int[] item : items[layer]) {
            height += item[0] < 0
                    ? Placement.SLOT
                    : Placement.boxHeight(item[0], item[1], columns(item, cap)) + Placement.BOX_GAP;
        }
        return height;
    }

    /** The width of {@code layer} with every box under the cap {@code cap}: its widest box. */
    private double width(int layer, int cap) {
        int widest = 1;
        for (int[] item : items[layer]) {
            if (item[0] >= 0) {
                widest = Math.max(widest, columns(item, cap));
            }
        }
        return Placement.boxWidth(widest);
    }
}
