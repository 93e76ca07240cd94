package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chooses between two orders of a chain's cards the one whose drawing, one column per box, has fewer crossings of
 * its links as straight lines between card centres: the count {@code export --box-columns 1} and the comparison
 * with dot make. {@link CardSweeps} searches against a model of that drawing, which can disagree with it (on our
 * own generator's 9,990-card chain the search's order drew 36.0M crossings, the sweeps' order it started from
 * 33.2M); this holds the layout to the drawing itself.
 */
final class DrawnOrder {

    private DrawnOrder() {}

    /**
     * {@code first}, unless {@code second}, placed one column per box, draws fewer crossings of {@code links} (pairs
     * of card ids, from and to, both cards of the orders).
     */
    static CardOrdering fewer(CardOrdering first, CardOrdering second, List<String[]> links) {
        return crossings(first, links) <= crossings(second, links) ? first : second;
    }

    /** The crossings of {@code links} as straight lines in the drawing of {@code order}, one column per box. */
    static long crossings(CardOrdering order, List<String[]> links) {
        Map<String, Rect> cards = Placement.place(order.layers(), order, 1).cards();
        List<double[]> lines = new ArrayList<>(links.size());
        for (String[] link : links) {
            Rect a = cards.get(link[0]);
            Rect b = cards.get(link[1]);
            if (a != null && b != null) {
                lines.add(new double[] {a.centerX(), a.centerY(), b.centerX(), b.centerY()});
            }
        }
        return inStrips(lines);
    }

    /**
     * The pairs of straight lines that cross properly, as {@link Crossings#ofLines} counts them, in O(S · E log E)
     * for S distinct x of the lines' ends rather than pair by pair: between two neighbouring such x every line that
     * spans the strip is straight across it, and two cross inside it exactly when their order at its left edge and
     * at its right edge differ; an upright line crosses those that pass its x strictly between its ends. Lines that
     * meet on a strip's edge without ending there are not counted (a measure-zero case for cards' centres).
     *
     * @param lines each line as {@code {x1, y1, x2, y2}}
     */
    static long inStrips(List<double[]> lines) {
        TreeSet<Double> xs = new TreeSet<>();
        for (double[] l : lines) {
            xs.add(l[0]);
            xs.add(l[2]);
        }
        double[] edges = xs.stream().mapToDouble(Double::doubleValue).toArray();
        List<List<double[]>> spanning = new ArrayList<>();
        for (int s = 0; s + 1 < edges.length; s++) {
            spanning.add(new ArrayList<>());
        }
        List<double[]> upright = new ArrayList<>();
        for (double[] l : lines) {
            double x0 = Math.min(l[0], l[2]);
            double x1 = Math.max(l[0], l[2]);
            if (x0 == x1) {
                upright.add(l);
                continue;
            }
            for (int s = Arrays.binarySearch(edges, x0); edges[s] < x1; s++) {
                spanning.get(s).add(l);
            }
        }
        long count = upright.isEmpty() ? 0 : throughUprights(upright, edges, spanning);
        for (int s = 0; s < spanning.size(); s++) {
            List<double[]> strip = spanning.get(s);
            int n = strip.size();
            double[] left = new double[n];
            double[] right = new double[n];
            for (int i = 0; i < n; i++) {
                double[] l = strip.get(i);
                left[i] = at(l, edges[s]);
                right[i] = at(l, edges[s + 1]);
            }
            count += Crossings.between(ranks(left), ranks(right), n + 1);
        }
        return count;
    }

    /**
     * The crossings of upright lines (a link between two cards of one column) with the lines that pass their x
     * without ending there, strictly between the upright's ends; uprights on one x lie on one line and do not cross.
     */
    private static long throughUprights(List<double[]> upright, double[] edges, List<List<double[]>> spanning) {
        long count = 0;
        for (double[] u : upright) {
            int k = Arrays.binarySearch(edges, u[0]);
            if (k == 0 || k == edges.length - 1) {
                continue; // nothing passes the first or the last x
            }
            double low = Math.min(u[1], u[3]);
            double high = Math.max(u[1], u[3]);
            for (double[] l : spanning.get(k)) {
                // In the strip right of x and not ending on x: it passes x.
                if (Math.min(l[0], l[2]) < u[0]) {
                    double y = at(l, u[0]);
                    if (y > low && y < high) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** The height of line {@code l} at {@code x}: its end's own where it ends there. */
    private static double at(double[] l, double x) {
        if (x == l[0]) {
            return l[1];
        }
        if (x == l[2]) {
            return l[3];
        }
        return l[1] + (x - l[0]) / (l[2] - l[0]) * (l[3] - l[1]);
    }

    /** Each value's place among the distinct values, from 0. */
    private static int[] ranks(double[] values) {
        double[] distinct = values.clone();
        Arrays.sort(distinct);
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = Arrays.binarySearch(distinct, values[i]);
            while (ranks[i] > 0 && distinct[ranks[i] - 1] == values[i]) {
                ranks[i]--;
            }
        }
        return ranks;
    }
}
