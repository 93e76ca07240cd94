package org.chainmap.render;

import java.util.List;
import javafx.scene.shape.StrokeLineCap;

/**
 * Lines drawn so that what lies outside the view costs nothing. The shortcuts for the rasteriser alone (square
 * ends on thin dashes, dashes under a pixel drawn solid) are not taken for a vector pen ({@code !pixels()}).
 */
final class Strokes {

    /** Below this width on screen, in pixels, dashes end square instead of round. */
    static final double THIN = 1.5;

    /** Below this length on screen, in pixels, dashes are {@link #fine}. */
    static final double FINE = 2.5;

    private Strokes() {}

    /**
     * Adds to the current path the part of the polyline that the view sees (and a margin), each piece clipped
     * to it. A link of
     * a large chain can run through the whole drawing: stroked whole, its dashes would be computed over its
     * full length, visible or not, and a frame of a 10,000-firm chain would take seconds instead of
     * milliseconds. The caller begins and strokes the path, so that many lines of one style are one stroke.
     */
    static void add(Pen g, Viewport view, List<double[]> points) {
        double margin = margin(view);
        double left = view.x() - margin;
        double top = view.y() - margin;
        double right = view.x() + view.width() / view.scale() + margin;
        double bottom = view.y() + view.height() / view.scale() + margin;
        double[] clipped = new double[4];
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (!clip(a[0], a[1], b[0], b[1], left, top, right, bottom, clipped)) {
                continue;
            }
            if (clipped[0] != lastX || clipped[1] != lastY) {
                g.moveTo(clipped[0], clipped[1]);
            }
            g.lineTo(clipped[2], clipped[3]);
            lastX = clipped[2];
            lastY = clipped[3];
        }
    }

    /**
     * Sets the dash pattern of the strokes to come, {@code null} for solid lines, and how their ends look:
     * round, but square for dashes on a line under {@value #THIN} pixels wide on screen. A square end reaches
     * as far beyond the dash as a round one, half the line's width, and on so thin a line the two differ by a
     * fraction of a corner pixel; but a round end is a curve, which the software renderer cuts into many short
     * edges, and a dashed line has two ends per dash (the markers' outlines at 100%, for one). A vector pen's
     * dashes end round: its document is read at any size. Set the line's width first.
     */
    static void dashes(Pen g, Viewport view, double[] pattern) {
        g.setLineDashes(pattern);
        g.setLineCap(
                pattern != null && g.pixels() && g.getLineWidth() * view.scale() < THIN
                        ? StrokeLineCap.SQUARE
                        : StrokeLineCap.ROUND);
    }

    /**
     * Whether a dash pattern whose dashes are {@code dash} map units long is drawn as one, or the line solid: a
     * dash under a pixel on screen shows as no dash, and costs the rasteriser as much as one that shows. A
     * vector pen always draws the pattern.
     */
    static boolean dashed(Pen g, Viewport view, double dash) {
        return !g.pixels() || dash * view.scale() >= 1;
    }

    /**
     * Whether dashes {@code dash} map units long are too fine on screen to read as dashes: under {@value #FINE}
     * pixels, on a pen of pixels. A painter may then draw a dashed outline as a solid line with the ink of its
     * dashes, as the markers' are below 83%: there their dashes took 2–3 ms of a frame of a large chain, and at
     * 1.3–2.5 pixels each with gaps as long, on a line under a pixel wide, they show as a faint dotted line, which
     * a faint solid one resembles. A vector pen's dashes are always drawn.
     */
    static boolean fine(Pen g, Viewport view, double dash) {
        return g.pixels() && dash * view.scale() < FINE;
    }

    /** How far beyond the view, in map units, {@link #add} keeps a line: 8 pixels, so that no end shows. */
    static double margin(Viewport view) {
        return 8 / view.scale();
    }

    /** Adds an arrowhead at {@code to}, pointing away from {@code from}, to the current path (to be filled). */
    static void arrowHead(Pen g, double[] from, double[] to, double size) {
        double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
        g.moveTo(to[0], to[1]);
        g.lineTo(to[0] - size * Math.cos(angle - 0.4), to[1] - size * Math.sin(angle - 0.4));
        g.lineTo(to[0] - size * Math.cos(angle + 0.4), to[1] - size * Math.sin(angle + 0.4));
        g.closePath();
    }

    /**
     * Clips the segment (x0, y0)–(x1, y1) to the rectangle (Liang–Barsky); writes the visible part into
     * {@code out} and says whether there is one.
     */
    static boolean clip(
            double x0,
            double y0,
            double x1,
            double y1,
            double left,
            double top,
            double right,
            double bottom,
            double[] out) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - left, right - x0, y0 - top, bottom - y0};
        double from = 0;
        double to = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    from = Math.max(from, t);
                } else {
                    to = Math.min(to, t);
                }
            }
        }
        if (from > to) {
            return false;
        }
        out[0] = x0 + from * dx;
        out[1] = y0 + from * dy;
        out[2] = x0 + to * dx;
        out[3] = y0 + to * dy;
        return true;
    }
}
