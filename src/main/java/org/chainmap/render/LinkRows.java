package org.chainmap.render;

import java.util.Collection;
import org.chainmap.layout.ChainGeometry;

/**
 * The links of a {@link LinkPass} in painting order, as rows of flat arrays: each link's route, bounds and ends
 * (eight numbers), the far firm's name of a stub, the hashes of its two firms' ids and what its style reads (in one
 * column, planned, external). Every frame reads the bounds of every link, and from one array they come in order
 * instead of from objects all over the heap (a frame's culling took 1.7 ms for the 32,713 links of a large chain);
 * and a pass made from the one before after an edit copies the rows it keeps in runs ({@link #copy}) and finds the
 * moved firms' rows from the hashes ({@link #rowsOf}), without reading the routes (issue 17 item 9). Filled once, by
 * the pass that makes it, then only read.
 */
final class LinkRows {

    static final byte ONE_COLUMN = 1;
    static final byte PLANNED = 2;
    static final byte EXTERNAL = 4;
    static final byte STUB = 8;
    static final byte IN = 16;

    private final ChainGeometry.LinkRoute[] routes;
    /** Each link's bounds (min x, min y, max x, max y) and ends (start x, y, end x, y). */
    private final double[] bounds;

    private final String[] stubNames;
    /** The hashes of each link's supplier's and customer's ids. */
    private final int[] ends;

    private final byte[] flags;
    private int size;

    LinkRows(int capacity) {
        routes = new ChainGeometry.LinkRoute[capacity];
        bounds = new double[8 * capacity];
        stubNames = new String[capacity];
        ends = new int[2 * capacity];
        flags = new byte[capacity];
    }

    /** Adds {@code route} after the rows so far; {@code flags} of {@link #ONE_COLUMN}, {@link #PLANNED}, ... */
    void add(ChainGeometry.LinkRoute route, String stubName, int flags) {
        routes[size] = route;
        double[] first = route.points().get(0);
        double[] last = route.points().get(route.points().size() - 1);
        int k = 8 * size;
        bounds[k] = Double.MAX_VALUE;
        bounds[k + 1] = Double.MAX_VALUE;
        bounds[k + 2] = -Double.MAX_VALUE;
        bounds[k + 3] = -Double.MAX_VALUE;
        for (double[] point : route.points()) {
            bounds[k] = Math.min(bounds[k], point[0]);
            bounds[k + 1] = Math.min(bounds[k + 1], point[1]);
            bounds[k + 2] = Math.max(bounds[k + 2], point[0]);
            bounds[k + 3] = Math.max(bounds[k + 3], point[1]);
        }
        bounds[k + 4] = first[0];
        bounds[k + 5] = first[1];
        bounds[k + 6] = last[0];
        bounds[k + 7] = last[1];
        stubNames[size] = stubName;
        ends[2 * size] = route.supplier().hashCode();
        ends[2 * size + 1] = route.customer().hashCode();
        int own = flags | (route.external() ? STUB : 0) | (route.kind() == ChainGeometry.Kind.FROM_OUTSIDE ? IN : 0);
        this.flags[size] = (byte) own;
        size++;
    }

    /** Adds the rows {@code start} to {@code end} of {@code other} after the rows so far, as they are. */
    void copy(LinkRows other, int start, int end) {
        int n = end - start;
        if (n <= 0) {
            return;
        }
        System.arraycopy(other.routes, start, routes, size, n);
        System.arraycopy(other.bounds, 8 * start, bounds, 8 * size, 8 * n);
        System.arraycopy(other.stubNames, start, stubNames, size, n);
        System.arraycopy(other.ends, 2 * start, ends, 2 * size, 2 * n);
        System.arraycopy(other.flags, start, flags, size, n);
        size += n;
    }

    /**
     * The rows, in order, of the links one of whose firms is among {@code ids} and which {@code taken} says are: one
     * pass over the ids' hashes, the routes read only where a hash matches.
     */
    int[] rowsOf(Collection<String> ids, java.util.function.Predicate<ChainGeometry.LinkRoute> taken) {
        int[] hashes = ids.stream().mapToInt(String::hashCode).sorted().toArray();
        int[] rows = new int[8];
        int found = 0;
        if (hashes.length == 0) {
            return new int[0];
        }
        int one = hashes[0];
        boolean single = hashes.length == 1;
        for (int i = 0, k = 0; i < size; i++, k += 2) {
            int a = ends[k];
            int b = ends[k + 1];
            boolean hit = single
                    ? a == one || b == one
                    : java.util.Arrays.binarySearch(hashes, a) >= 0 || java.util.Arrays.binarySearch(hashes, b) >= 0;
            if (hit && taken.test(routes[i])) {
                if (found == rows.length) {
                    rows = java.util.Arrays.copyOf(rows, 2 * found);
                }
                rows[found++] = i;
            }
        }
        return java.util.Arrays.copyOf(rows, found);
    }

    int size() {
        return size;
    }

    ChainGeometry.LinkRoute route(int i) {
        return routes[i];
    }

    double[] bounds() {
        return bounds;
    }

    boolean is(int i, byte flag) {
        return (flags[i] & flag) != 0;
    }

    boolean stub(int i) {
        return (flags[i] & STUB) != 0;
    }

    boolean in(int i) {
        return (flags[i] & IN) != 0;
    }

    String stubName(int i) {
        return stubNames[i];
    }

    /** The x of the far end of row {@code i}, where a stub's label stands: its start when it comes in. */
    double farX(int i) {
        return bounds[8 * i + (in(i) ? 4 : 6)];
    }

    double farY(int i) {
        return bounds[8 * i + (in(i) ? 5 : 7)];
    }
}
