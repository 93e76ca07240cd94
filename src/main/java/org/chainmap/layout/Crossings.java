package org.chainmap.layout;

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
