package org.chainmap.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts edge crossings between two adjacent layers drawn as straight lines: edges (a, b) and (c, d), with
 * a, c positions in the upper layer and b, d in the lower, cross when (a − c)(b − d) &lt; 0. Edges that
 * share an end do not cross. O(E log V) with a Fenwick tree (Barth, Jünger and Mutzel's method).
 */
public final class Crossings {

    private Crossings() {}

    /**
     * The crossings of the edges {@code (upper[i], lower[i])}, positions in their layers counted from 0.
     *
     * @param upper the upper end of each edge
     * @param lower the lower end of each edge
     * @param lowerSize the number of positions in the lower layer
     */
    public static long between(int[] upper, int[] lower, int lowerSize) {
        int edges = upper.length;
        long[] sorted = new long[edges]; // by upper, then lower: both packed into one number
        for (int i = 0; i < edges; i++) {
            sorted[i] = ((long) upper[i] << 32) | lower[i];
        }
        java.util.Arrays.sort(sorted);
        long[] tree = new long[lowerSize + 1];
        long crossings = 0;
        int seen = 0;
        int i = 0;
        while (i < edges) {
            // Edges from the same upper position do not cross each other: count them against earlier
            // positions only, then add them all.
            int j = i;
            while (j < edges && (sorted[j] >>> 32) == (sorted[i] >>> 32)) {
                crossings += seen - prefix(tree, (int) sorted[j] + 1);
                j++;
            }
            for (int k = i; k < j; k++) {
                add(tree, (int) sorted[k] + 1);
                seen++;
            }
            i = j;
        }
        return crossings;
    }

    /**
     * The pairs of straight lines that cross properly: each has the ends of the other strictly on opposite
     * sides (lines that share an end or lie on one line do not). Sweeps the lines by their left end and tests
     * only those whose extents overlap.
     *
     * @param lines each line as {@code {x1, y1, x2, y2}}
     */
    public static long ofLines(List<double[]> lines) {
        int n = lines.size();
        double[][] sorted = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] l = lines.get(i);
            sorted[i] = l[0] <= l[2] ? l.clone() : new double[] {l[2], l[3], l[0], l[1]};
        }
        java.util.Arrays.sort(sorted, (p, q) -> Double.compare(p[0], q[0]));
        long count = 0;
        for (int i = 0; i < n; i++) {
            double[] p = sorted[i];
            double low = Math.min(p[1], p[3]);
            double high = Math.max(p[1], p[3]);
            for (int j = i + 1; j < n && sorted[j][0] <= p[2]; j++) {
                double[] q = sorted[j];
                if (Math.max(q[1], q[3]) >= low && Math.min(q[1], q[3]) <= high && cross(p, q)) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The crossings of orthogonal routes: every point where a horizontal piece of one route and a vertical
     * piece of another meet strictly inside both. Pieces of one route do not count against each other; pieces
     * that overlap along a line (shared trunks) do not cross. O(P log P) in the pieces.
     *
     * @param routes each route as its corner points, consecutive points differing in x or in y
     */
    public static long ofRoutes(List<List<double[]>> routes) {
        List<double[]> level = new ArrayList<>(); // {y, x1, x2, route}
        List<double[]> upright = new ArrayList<>(); // {x, y1, y2, route}
        for (int r = 0; r < routes.size(); r++) {
            List<double[]> points = routes.get(r);
            for (int i = 0; i + 1 < points.size(); i++) {
                double[] a = points.get(i);
                double[] b = points.get(i + 1);
                if (a[1] == b[1] && a[0] != b[0]) {
                    level.add(new double[] {a[1], Math.min(a[0], b[0]), Math.max(a[0], b[0]), r});
                } else if (a[0] == b[0] && a[1] != b[1]) {
                    upright.add(new double[] {a[0], Math.min(a[1], b[1]), Math.max(a[1], b[1]), r});
                }
            }
        }
        // Sweep in x: a level piece is open strictly between its ends; an upright one counts the open level
        // pieces strictly between its ends (a Fenwick tree over the levels' heights).
        double[] heights = level.stream()
                .mapToDouble(piece -> piece[0])
                .sorted()
                .distinct()
                .toArray();
        List<double[]> events = new ArrayList<>(); // {x, kind (0 close, 1 count, 2 open), index}
        for (int i = 0; i < level.size(); i++) {
            events.add(new double[] {level.get(i)[1], 2, i});
            events.add(new double[] {level.get(i)[2], 0, i});
        }
        for (int i = 0; i < upright.size(); i++) {
            events.add(new double[] {upright.get(i)[0], 1, i});
        }
        events.sort((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(p[1], q[1]));
        long[] tree = new long[heights.length + 1];
        long count = 0;
        for (double[] event : events) {
            int index = (int) event[2];
            if (event[1] == 1) {
                double[] piece = upright.get(index);
                int below = java.util.Arrays.binarySearch(heights, piece[1]);
                int above = java.util.Arrays.binarySearch(heights, piece[2]);
                int from = below >= 0 ? below + 1 : -below - 1; // first height strictly above y1
                int to = above >= 0 ? above : -above - 1; // first height at or above y2
                count += prefix(tree, to) - prefix(tree, from);
            } else {
                double[] piece = level.get(index);
                int at = java.util.Arrays.binarySearch(heights, piece[0]) + 1;
                for (int i = at; i < tree.length; i += i & -i) {
                    tree[i] += event[1] == 2 ? 1 : -1;
                }
            }
        }
        return count;
    }

    private static boolean cross(double[] p, double[] q) {
        double d1 = side(p, q[0], q[1]);
        double d2 = side(p, q[2], q[3]);
        double d3 = side(q, p[0], p[1]);
        double d4 = side(q, p[2], p[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    /** Which side of the line {@code l} the point is on: positive, negative, or 0 on the line. */
    private static double side(double[] l, double x, double y) {
        return Math.signum((l[2] - l[0]) * (y - l[1]) - (l[3] - l[1]) * (x - l[0]));
    }

    private static long prefix(long[] tree, int index) {
        long sum = 0;
        for (int i = index; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    private static void add(long[] tree, int index) {
        for (int i = index; i < tree.length; i += i & -i) {
            tree[i]++;
        }
    }
}
