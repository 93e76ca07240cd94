package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The free space of a placed chain that {@link LinkRouting} routes through: the <em>columns</em> (the runs of
 * boxes that overlap horizontally, left to right), the <em>channels</em> between them (channel c right of
 * column c; channel −1 the left margin, the last channel the right margin), and the free vertical
 * <em>gaps</em> of each column (between its boxes and the level runs of feeds through its slots, and above and
 * below them), each shrunk by {@link #CLEARANCE}. Derived from the geometry alone, so that it holds whatever
 * {@link Placement} does inside a column.
 */
final class FreeSpace {

    /** The least distance between a lane and a box or a feed. */
    static final double CLEARANCE = 3;

    private final ChainGeometry geometry;
    private final double[] columnLeft;
    private final double[] columnRight;
    /** The free gaps of each column, as ascending {@code [top, bottom]} pairs after the clearance. */
    private final double[][][] gaps;

    FreeSpace(ChainGeometry geometry) {
        this.geometry = geometry;
        List<Rect> boxes = new ArrayList<>(geometry.segments().values());
        boxes.sort(Comparator.comparingDouble(Rect::x));
        List<double[]> columns = new ArrayList<>();
        for (Rect box : boxes) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && box.x() < last[1]) {
                last[1] = Math.max(last[1], box.right());
            } else {
                columns.add(new double[] {box.x(), box.right()});
            }
        }
        columnLeft = columns.stream().mapToDouble(c -> c[0]).toArray();
        columnRight = columns.stream().mapToDouble(c -> c[1]).toArray();
        gaps = findGaps(boxes);
    }

    /** The number of columns. */
    int columns() {
        return columnLeft.length;
    }

    /** The left edge of a column. */
    double left(int column) {
        return columnLeft[column];
    }

    /** The right edge of a column. */
    double right(int column) {
        return columnRight[column];
    }

    /** The left edge of channel {@code c}: the right edge of column c, or 0. */
    double channelLeft(int c) {
        return c < 0 ? 0 : columnRight[c];
    }

    /** The right edge of channel {@code c}: the left edge of column c + 1, or the drawing's width. */
    double channelRight(int c) {
        return c + 1 < columnLeft.length ? columnLeft[c + 1] : geometry.width();
    }

    /** The {@code index}-th free gap of {@code column}, top to bottom, as {@code [top, bottom]}. */
    double[] gap(int column, int index) {
        return gaps[column][index];
    }

    /** The column of a rectangle inside one. */
    int columnOf(Rect rect) {
        int found = Arrays.binarySearch(columnLeft, rect.x());
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    /** The gap of {@code column} nearest the height {@code y}. */
    int nearestGap(int column, double y) {
        double[][] free = gaps[column];
        int low = 0;
        int high = free.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (free[mid][0] <= y) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int best = low;
        if (low + 1 < free.length && distance(free[low + 1], y) < distance(free[low], y)) {
            best = low + 1;
        }
        return best;
    }

    private static double distance(double[] gap, double y) {
        return y < gap[0] ? gap[0] - y : y > gap[1] ? y - gap[1] : 0;
    }

    /**
     * Moves the ascending heights {@code ys} into {@code [low, high]}, each as near its wish as keeps them
     * {@code least} apart; evenly spread over the whole range when they do not fit so.
     */
    static void settle(double[] ys, double low, double high, double least) {
        int n = ys.length;
        if (n > 1 && high - low < least * (n - 1)) {
            double spacing = (high - low) / (n - 1);
            for (int i = 0; i < n; i++) {
                ys[i] = low + i * spacing;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            ys[i] = Math.max(i == 0 ? low : ys[i - 1] + least, Math.min(high, ys[i]));
        }
        for (int i = n - 1; i >= 0; i--) {
            ys[i] = Math.min(i == n - 1 ? high : ys[i + 1] - least, ys[i]);
        }
    }

    /** {@code n} positions in {@code [low, high]}, at most {@code most} apart, centred on {@code centre} if room. */
    static double[] spread(int n, double centre, double low, double high, double most) {
        double spacing = n <= 1 ? 0 : Math.min(most, (high - low) / (n - 1));
        double block = spacing * (n - 1);
        double start = Math.max(low, Math.min(high - block, centre - block / 2));
        double[] at = new double[n];
        for (int i = 0; i < n; i++) {
            at[i] = start + i * spacing;
        }
        return at;
    }

    /** The free vertical gaps of each column: between its boxes and the level runs of feeds through it. */
    private double[][][] findGaps(List<Rect> boxes) {
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        List<List<double[]>> blocked = new ArrayList<>();
        for (int c = 0; c < columnLeft.length; c++) {
            blocked.add(new ArrayList<>());
        }
        for (Rect box : boxes) {
            top = Math.min(top, box.y());
            bottom = Math.max(bottom, box.bottom());
            blocked.get(columnOf(box)).add(new double[] {box.y(), box.bottom()});
        }
        for (ChainGeometry.FeedRoute feed : geometry.feeds()) {
            List<double[]> points = feed.points();
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                double middle = (a[0] + b[0]) / 2;
                int column = columnLeft.length == 0 ? -1 : columnOf(new Rect(middle, 0, 0, 0));
                if (a[1] == b[1] && column >= 0 && middle >= columnLeft[column] && middle <= columnRight[column]) {
                    blocked.get(column).add(new double[] {a[1], a[1]});
                }
            }
        }
        double ceiling = top - Placement.BOX_GAP;
        double floor = Math.min(geometry.height(), bottom + Placement.BOX_GAP);
        double[][][] result = new double[columnLeft.length][][];
        for (int c = 0; c < columnLeft.length; c++) {
            List<double[]> taken = blocked.get(c);
            taken.sort(Comparator.comparingDouble(span -> span[0]));
            List<double[]> free = new ArrayList<>();
            double from = ceiling;
            for (double[] span : taken) {
                if (span[0] - CLEARANCE >= from + CLEARANCE) {
                    free.add(new double[] {from + CLEARANCE, span[0] - CLEARANCE});
                }
                from = Math.max(from, span[1]);
            }
            if (floor - CLEARANCE >= from + CLEARANCE) {
                free.add(new double[] {from + CLEARANCE, floor - CLEARANCE});
            } else {
                free.add(new double[] {from + CLEARANCE, from + CLEARANCE});
            }
            result[c] = free.toArray(double[][]::new);
        }
        return result;
    }
}
