package org.chainmap.render;

/**
 * A band's curve with its width and its arrowhead as closed polygons, all turning the same way, so that the bands
 * of one colour are one path filled once (decision 0029). The software rasteriser pays for a stroked path twice:
 * it works out the outline of every curve and then covers the whole box around the path; each look of band (there
 * were a dozen widths) was such a path across the screen. Filled outlines of any width are one path per colour;
 * where they overlap, the non-zero rule fills them once.
 */
final class BandOutlines {

    /** The greatest distance on the surface, in pixels, between two points of an outline along its curve. */
    static final double STEP = 14;

    private BandOutlines() {}

    /**
     * Adds to {@code g}'s path the outline of the curve {@code p} (start, two control points, end: x and y of each)
     * stroked {@code width} wide and ended {@code head} before its end, and the arrowhead from there to the end,
     * {@code head} long and 1.5 · {@code head} wide; {@code scale} is the surface's pixels per map unit.
     */
    static void add(Pen g, double[] p, double width, double head, double scale) {
        double back = p[6] >= p[4] ? -head : head;
        double[] c = {p[0], p[1], p[2], p[3], p[4], p[5], p[6] + back, p[7]};
        double length = Math.hypot(c[2] - c[0], c[3] - c[1])
                + Math.hypot(c[4] - c[2], c[5] - c[3])
                + Math.hypot(c[6] - c[4], c[7] - c[5]);
        int n = (int) Math.max(4, Math.min(64, Math.ceil(length * scale / STEP)));
        double[] xs = new double[2 * (n + 1)];
        double[] ys = new double[2 * (n + 1)];
        double h = width / 2;
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double u = 1 - t;
            double x = u * u * u * c[0] + 3 * u * u * t * c[2] + 3 * u * t * t * c[4] + t * t * t * c[6];
            double y = u * u * u * c[1] + 3 * u * u * t * c[3] + 3 * u * t * t * c[5] + t * t * t * c[7];
            double dx = 3 * u * u * (c[2] - c[0]) + 6 * u * t * (c[4] - c[2]) + 3 * t * t * (c[6] - c[4]);
            double dy = 3 * u * u * (c[3] - c[1]) + 6 * u * t * (c[5] - c[3]) + 3 * t * t * (c[7] - c[5]);
            double d = Math.hypot(dx, dy);
            double nx = d == 0 ? 0 : -dy / d;
            double ny = d == 0 ? 1 : dx / d;
            xs[i] = x + h * nx;
            ys[i] = y + h * ny;
            xs[2 * n + 1 - i] = x - h * nx;
            ys[2 * n + 1 - i] = y - h * ny;
        }
        polygon(g, xs, ys);
        polygon(g, new double[] {p[6] + back, p[6], p[6] + back}, new double[] {
            p[7] - head * 0.75, p[7], p[7] + head * 0.75
        });
    }

    /** Adds the closed polygon to {@code g}'s path, turned so that its signed area is positive. */
    static void polygon(Pen g, double[] xs, double[] ys) {
        double area = 0;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            area += xs[j] * ys[i] - xs[i] * ys[j];
        }
        int n = xs.length;
        boolean reversed = area < 0;
        for (int k = 0; k < n; k++) {
            int i = reversed ? n - 1 - k : k;
            if (k == 0) {
                g.moveTo(xs[i], ys[i]);
            } else {
                g.lineTo(xs[i], ys[i]);
            }
        }
        g.closePath();
    }
}
