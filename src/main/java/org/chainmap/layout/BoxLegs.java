package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The part of each supply-link route inside a box of several columns of cards ({@link BoxColumns}): from a
 * card that is not in the box's last column out to the box's right side, and from the box's left side into a
 * card that is not in its first column. {@link LinkRouting} routes between the boxes as before and joins these
 * legs on.
 *
 * <p>A leg runs from the card's side level into the gap between its column and the next, vertically in that
 * gap to the gap between its row and the next (an exit goes down to the gap below its row, an entry comes
 * from the gap above it), and level along that row gap out of the box. The lanes of one gap between rows are
 * stacked so that no two links' legs cross: the exits of the row above, the card further right higher, then
 * the entries of the row below, the card further right higher. The stubs to firms outside the chain of one
 * row share a lane, at the top of the gap below the row (out) or at the bottom of the gap above it (in), so
 * that they end at one point and the drawing labels them once ("name +n"); links' legs may cross those lanes.
 * In a gap between columns each of the four kinds (link and stub, out and in) has its own vertical, stubs
 * nearest their card. Derived from the geometry alone (the cards' places in their box), like
 * {@link FreeSpace}; a box of one column has no legs, so its routes are those of a one-column layout.
 */
final class BoxLegs {

    /** What a leg is for: a link or a stub, leaving or entering a card. */
    enum Role {
        /** A route to a card of the chain leaves. */
        EXIT,
        /** A stub to a firm outside the chain leaves. */
        STUB_OUT,
        /** A route from a card of the chain enters. */
        ENTRY,
        /** A stub from a firm outside the chain enters. */
        STUB_IN;

        boolean out() {
            return this == EXIT || this == STUB_OUT;
        }

        /** The height at which the route meets the card, from its middle: exits above, entries below. */
        double offset() {
            return this == EXIT || this == STUB_IN ? -LinkRouting.OFFSET : LinkRouting.OFFSET;
        }

        /** The place of this role's vertical in a gap between columns, in fifths of the gap from its left. */
        int fifth() {
            return switch (this) {
                case STUB_OUT -> 1;
                case EXIT -> 2;
                case ENTRY -> 3;
                case STUB_IN -> 4;
            };
        }
    }

    /** The least distance between a lane and a card above or below it. */
    private static final double CLEARANCE = 2;

    private static final Role[] ROLES = Role.values();

    /** Each end's leg by {@code 4 * end + role}: its points from card to box side or back; null for none. */
    private final double[][][] legs;

    /**
     * The legs of the ends {@code rects} (by end id) in the boxes of {@code geometry}.
     *
     * @param used which legs are wanted, by {@code 4 * end + role.ordinal()}
     */
    BoxLegs(ChainGeometry geometry, FreeSpace space, List<Rect> rects, boolean[] used) {
        legs = new double[4 * rects.size()][][];
        List<List<Integer>> byBox = byBox(geometry, space, rects);
        for (List<Integer> inBox : byBox) {
            if (inBox.size() > 1) {
                grid(inBox, rects, used);
            }
        }
    }

    /**
     * The points of an end's leg: for a leaving role from the card's right side to where it meets the lane
     * (the route goes on level to the right from the last point), for an entering role from the lane to the
     * card's left side (the route comes level from the left to the first point); null when the card is at the
     * box's side (last column out, first column in), so that the route meets the card directly.
     */
    double[][] leg(int end, Role role) {
        return legs[4 * end + role.ordinal()];
    }

    /** The ends of each box, by the box that contains them. */
    private static List<List<Integer>> byBox(ChainGeometry geometry, FreeSpace space, List<Rect> rects) {
        List<List<Rect>> columns = new ArrayList<>();
        for (int c = 0; c < space.columns(); c++) {
            columns.add(new ArrayList<>());
        }
        for (Rect box : geometry.segments().values()) {
            columns.get(space.columnOf(box)).add(box);
        }
        List<List<Integer>> byBox = new ArrayList<>();
        List<double[]> tops = new ArrayList<>();
        int[] firstBox = new int[columns.size()];
        int index = 0;
        for (List<Rect> column : columns) {
            column.sort(Comparator.comparingDouble(Rect::y));
            double[] columnTops = new double[column.size()];
            for (int i = 0; i < column.size(); i++) {
                columnTops[i] = column.get(i).y();
                byBox.add(new ArrayList<>());
            }
            tops.add(columnTops);
            firstBox[tops.size() - 1] = index;
            index += column.size();
        }
        for (int end = 0; end < rects.size(); end++) {
            Rect rect = rects.get(end);
            int column = space.columnOf(rect);
            int found = Arrays.binarySearch(tops.get(column), rect.y());
            int box = found >= 0 ? found : -found - 2;
            if (box >= 0 && columns.get(column).get(box).contains(rect)) {
                byBox.get(firstBox[column] + box).add(end);
            }
        }
        return byBox;
    }

    /** The legs of the ends of one box, when they stand in more than one column. */
    private void grid(List<Integer> inBox, List<Rect> rects, boolean[] used) {
        double[] xs = inBox.stream()
                .mapToDouble(end -> rects.get(end).x())
                .sorted()
                .distinct()
                .toArray();
        if (xs.length < 2) {
            return;
        }
        double[] ys = inBox.stream()
                .mapToDouble(end -> rects.get(end).y())
                .sorted()
                .distinct()
                .toArray();
        int columns = xs.length;
        int rows = ys.length;
        // Each row's ends by column, and the rows' extents.
        int[][] at = new int[rows][columns];
        for (int[] row : at) {
            Arrays.fill(row, -1);
        }
        double[] bottoms = new double[rows];
        for (int end : inBox) {
            Rect rect = rects.get(end);
            int row = Arrays.binarySearch(ys, rect.y());
            at[row][Arrays.binarySearch(xs, rect.x())] = end;
            bottoms[row] = Math.max(bottoms[row], rect.bottom());
        }
        double width = rects.get(inBox.get(0)).width();
        double gap = xs[1] - xs[0] - width;
        // Row gap b lies above row b: gap 0 above the first row, gap `rows` below the last.
        for (int band = 0; band <= rows; band++) {
            double top = band == 0 ? ys[0] - Placement.ROW_GAP : bottoms[band - 1];
            double bottom = band == rows ? bottoms[rows - 1] + Placement.ROW_GAP : ys[band];
            List<List<int[]>> lanes = new ArrayList<>();
            if (band > 0) {
                List<int[]> stubs = new ArrayList<>();
                for (int column = columns - 2; column >= 0; column--) {
                    lane(stubs, at[band - 1][column], Role.STUB_OUT, used);
                }
                add(lanes, stubs);
                for (int column = columns - 2; column >= 0; column--) {
                    add(lanes, lane(new ArrayList<>(), at[band - 1][column], Role.EXIT, used));
                }
            }
            if (band < rows) {
                List<int[]> stubs = new ArrayList<>();
                for (int column = columns - 1; column >= 1; column--) {
                    add(lanes, lane(new ArrayList<>(), at[band][column], Role.ENTRY, used));
                    lane(stubs, at[band][column], Role.STUB_IN, used);
                }
                add(lanes, stubs);
            }
            double low = top + CLEARANCE;
            double spacing = (bottom - CLEARANCE - low) / (lanes.size() + 1);
            for (int i = 0; i < lanes.size(); i++) {
                double laneY = low + (i + 1) * spacing;
                for (int[] lane : lanes.get(i)) {
                    int end = lane[0];
                    Role role = ROLES[lane[1]];
                    Rect card = rects.get(end);
                    double cardY = card.centerY() + role.offset();
                    int column = Arrays.binarySearch(xs, card.x());
                    double gapLeft = role.out() ? card.right() : xs[column - 1] + width;
                    double x = gapLeft + gap * role.fifth() / 5;
                    legs[4 * end + role.ordinal()] = role.out()
                            ? new double[][] {{card.right(), cardY}, {x, cardY}, {x, laneY}}
                            : new double[][] {{x, laneY}, {x, cardY}, {card.x(), cardY}};
                }
            }
        }
    }

    private static void add(List<List<int[]>> lanes, List<int[]> lane) {
        if (!lane.isEmpty()) {
            lanes.add(lane);
        }
    }

    /** Adds {@code end}'s {@code role} to {@code lane} when there is such an end and it is used; the lane. */
    private static List<int[]> lane(List<int[]> lane, int end, Role role, boolean[] used) {
        if (end >= 0 && used[4 * end + role.ordinal()]) {
            lane.add(new int[] {end, role.ordinal()});
        }
        return lane;
    }
}
