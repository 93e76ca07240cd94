package org.chainmap.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import org.chainmap.layout.Rect;

/**
 * Rounded rectangles drawn so that what the view does not see of them costs nothing. The software renderer
 * fills or strokes a curved path row by row of pixels, with a call into its native blender for each row, and
 * blends every pixel between the path's left and right edge in that row; a plain rectangle it fills in one call.
 * A segment box or a stage column taller than the screen cost a frame at 100% a pass over its whole area on
 * screen to fill, and another to outline, though only two thin lines of the outline show. Where the view sees
 * none of a rectangle's rounded corners, what it sees is a plain rectangle: it is filled as one, and its outline
 * side by side, a solid side as a thin rectangle, a dashed one as a line with the dashes where the rounded
 * outline has them. The pixels are those of the rounded rectangle, up to how each way rounds an edge pixel's
 * coverage.
 */
final class RoundRects {

    private RoundRects() {}

    /** Fills {@code r} with corners rounded as {@code GraphicsContext.fillRoundRect} with {@code arc} does. */
    static void fill(GraphicsContext g, Viewport view, Rect r, double arc) {
        if (seesACorner(view, r, arc, 0)) {
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            return;
        }
        // Kept within a margin of the view: the renderer's rectangles take pixel coordinates of 16 bits.
        double margin = Strokes.margin(view);
        double left = Math.max(r.x(), view.x() - margin);
        double top = Math.max(r.y(), view.y() - margin);
        double right = Math.min(r.right(), right(view) + margin);
        double bottom = Math.min(r.bottom(), bottom(view) + margin);
        if (left < right && top < bottom) {
            g.fillRect(left, top, right - left, bottom - top);
        }
    }

    /**
     * Strokes the outline of {@code r} with corners rounded as {@code GraphicsContext.strokeRoundRect} with
     * {@code arc} does, in the context's line width and dash pattern.
     */
    static void stroke(GraphicsContext g, Viewport view, Rect r, double arc) {
        double reach = g.getLineWidth() / 2 + 1 / view.scale();
        if (seesACorner(view, r, arc, reach)) {
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            return;
        }
        // The rounded outline's path: from the top of the left side down, along the bottom to the right, up the
        // right side, and back along the top, a quarter curve between two sides; dashes are laid along it.
        double rx = Math.min(arc, r.width()) / 2;
        double ry = Math.min(arc, r.height()) / 2;
        double[] dashes = g.getLineDashes();
        double period = 0;
        if (dashes != null) {
            for (double dash : dashes) {
                period += dash;
            }
        }
        double offset = g.getLineDashOffset();
        double quarter = quarterLength(rx, ry);
        double down = r.height() - 2 * ry;
        double across = r.width() - 2 * rx;
        side(g, view, r.x(), r.y() + ry, r.x(), r.bottom() - ry, 0, period, offset);
        side(g, view, r.x() + rx, r.bottom(), r.right() - rx, r.bottom(), down + quarter, period, offset);
        side(g, view, r.right(), r.bottom() - ry, r.right(), r.y() + ry, down + across + 2 * quarter, period, offset);
        side(g, view, r.right() - rx, r.y(), r.x() + rx, r.y(), 2 * down + across + 3 * quarter, period, offset);
        g.setLineDashOffset(offset);
    }

    /**
     * Strokes the part the view sees of the side from (x0, y0) to (x1, y1), which starts {@code along} the
     * rounded outline's path, dashes in step with the path's.
     */
    private static void side(
            GraphicsContext g,
            Viewport view,
            double x0,
            double y0,
            double x1,
            double y1,
            double along,
            double period,
            double offset) {
        double margin = Strokes.margin(view);
        double[] seen = new double[4];
        if (!Strokes.clip(
                x0,
                y0,
                x1,
                y1,
                view.x() - margin,
                view.y() - margin,
                right(view) + margin,
                bottom(view) + margin,
                seen)) {
            return;
        }
        if (period == 0) {
            // A solid side is a thin rectangle: one call for the renderer instead of one per row of pixels.
            double half = g.getLineWidth() / 2;
            Paint fill = g.getFill();
            g.setFill(g.getStroke());
            g.fillRect(
                    Math.min(seen[0], seen[2]) - half,
                    Math.min(seen[1], seen[3]) - half,
                    Math.abs(seen[2] - seen[0]) + 2 * half,
                    Math.abs(seen[3] - seen[1]) + 2 * half);
            g.setFill(fill);
            return;
        }
        double from = along + Math.hypot(seen[0] - x0, seen[1] - y0);
        g.setLineDashOffset((offset + from) % period);
        g.strokeLine(seen[0], seen[1], seen[2], seen[3]);
    }

    /**
     * The length of the curve the rounded outline turns a corner with: a cubic Bézier (that of {@code
     * RoundRectangle2D}) from (0, ry) to (rx, 0), summed over short chords.
     */
    static double quarterLength(double rx, double ry) {
        // The control points' distance from the corner, as a fraction of the radius (RoundRectIterator's).
        double a = 1 - Math.cos(Math.PI / 4);
        double b = Math.tan(Math.PI / 4);
        double c = Math.sqrt(1 + b * b) - 1 + a;
        double control = 1 - 4.0 / 3 * a * b / c;
        double length = 0;
        double lastX = 0;
        double lastY = ry;
        int steps = 64;
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            double u = 1 - t;
            // Points: (0, ry), (0, ry·control), (rx·control, 0), (rx, 0).
            double x = 3 * u * t * t * rx * control + t * t * t * rx;
            double y = u * u * u * ry + 3 * u * u * t * ry * control;
            length += Math.hypot(x - lastX, y - lastY);
            lastX = x;
            lastY = y;
        }
        return length;
    }

    /** Whether the view sees any of the corners' rounded parts, or the ink within {@code reach} of them. */
    private static boolean seesACorner(Viewport view, Rect r, double arc, double reach) {
        double w = Math.min(arc, r.width()) / 2 + 2 * reach;
        double h = Math.min(arc, r.height()) / 2 + 2 * reach;
        double left = r.x() - reach;
        double top = r.y() - reach;
        double right = r.right() + reach - w;
        double bottom = r.bottom() + reach - h;
        return view.sees(left, top, w, h)
                || view.sees(right, top, w, h)
                || view.sees(left, bottom, w, h)
                || view.sees(right, bottom, w, h);
    }

    private static double right(Viewport view) {
        return view.x() + view.width() / view.scale();
    }

    private static double bottom(Viewport view) {
        return view.y() + view.height() / view.scale();
    }
}
