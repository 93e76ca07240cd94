package org.chainmap.render;

import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Affine;
import org.chainmap.layout.Rect;

/**
 * Rounded rectangles drawn so that what the view does not see of them costs nothing. The software renderer
 * fills or strokes a curved path row by row of pixels, with a call into its native blender for each row, and
 * blends every pixel between the path's left and right edge in that row; a plain rectangle it fills in one call.
 * A segment box or a stage column taller than the screen cost a frame at 100% a pass over its whole area on
 * screen to fill, and another to outline, though only two thin lines of the outline show. Where the view sees
 * none of a rectangle's rounded corners, what it sees is a plain rectangle: it is filled as one, and its outline
 * side by side, a solid side as a thin rectangle, a dashed one as a line with the dashes where the rounded
 * outline has them. Where the view sees a corner of a rectangle taller than a few dozen rows of pixels, only
 * the rounded ends go through the rasteriser, over the rows they take, and the rows between are a plain
 * rectangle (filled) or two thin ones (a solid outline's sides), the two cut on a boundary between rows of
 * pixels, where they share no pixel. The pixels are those of the rounded rectangle, up to how each way rounds
 * an edge pixel's coverage.
 *
 * <p>All this is for a pen that draws pixels: a vector pen ({@code !pixels()}) is given each rectangle the
 * view sees whole, as one {@code fillRoundRect} or {@code strokeRoundRect}.
 */
final class RoundRects {

    private RoundRects() {}

    /** Fills {@code r} with corners rounded as {@link Pen#fillRoundRect} with {@code arc} does. */
    static void fill(Pen g, Viewport view, Rect r, double arc) {
        if (!g.pixels()) {
            if (view.sees(r.x(), r.y(), r.width(), r.height())) {
                g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            }
            return;
        }
        if (!seesACorner(view, r, arc, 0)) {
            plain(g, view, r.x(), r.y(), r.right(), r.bottom());
            return;
        }
        double[] rows = rows(g, r, arc);
        if (rows == null) {
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            return;
        }
        // The rounded ends as paths over the rows they take, the rows between as a plain rectangle.
        if (view.sees(r.x(), r.y(), r.width(), rows[0] - r.y())) {
            g.beginPath();
            end(g, r, arc, rows[0], true);
            g.closePath();
            g.fill();
        }
        plain(g, view, r.x(), rows[0], r.right(), rows[1]);
        if (view.sees(r.x(), rows[1], r.width(), r.bottom() - rows[1])) {
            g.beginPath();
            end(g, r, arc, rows[1], false);
            g.closePath();
            g.fill();
        }
    }

    /** Fills the part of the rectangle from (x0, y0) to (x1, y1) within a margin of the view. */
    private static void plain(Pen g, Viewport view, double x0, double y0, double x1, double y1) {
        // Kept within a margin of the view: the renderer's rectangles take pixel coordinates of 16 bits.
        double margin = Strokes.margin(view);
        double left = Math.max(x0, view.x() - margin);
        double top = Math.max(y0, view.y() - margin);
        double right = Math.min(x1, right(view) + margin);
        double bottom = Math.min(y1, bottom(view) + margin);
        if (left < right && top < bottom) {
            g.fillRect(left, top, right - left, bottom - top);
        }
    }

    /**
     * Where a tall rounded rectangle's straight middle begins and ends, on whole rows of pixels of the pen:
     * a row boundary below the top corners and one above the bottom ones, in map units; {@code
     * null} when the middle is under 16 rows, or the pen's transform turns or stretches. Parts drawn on either side of
     * a row boundary share no pixel.
     */
    private static double[] rows(Pen g, Rect r, double arc) {
        Affine t = g.getTransform();
        double scale = t.getMyy();
        if (t.getMxy() != 0 || t.getMyx() != 0 || scale <= 0) {
            return null;
        }
        double ry = Math.min(arc, r.height()) / 2;
        // A row clear of the curves: a stroked curve's edges may reach a little beyond its end.
        double first = Math.ceil(scale * (r.y() + ry) + t.getTy()) + 1;
        double last = Math.floor(scale * (r.bottom() - ry) + t.getTy()) - 1;
        if (last - first < 16) {
            return null;
        }
        return new double[] {(first - t.getTy()) / scale, (last - t.getTy()) / scale};
    }

    /**
     * Adds to the current path the outline of {@code r}'s top end ({@code top}) or bottom end, rounded as
     * {@code RoundRectangle2D} rounds it, from row {@code cut} on its left side round to row {@code cut} on its
     * right side.
     */
    private static void end(Pen g, Rect r, double arc, double cut, boolean top) {
        double rx = Math.min(arc, r.width()) / 2;
        double ry = Math.min(arc, r.height()) / 2;
        // The control points' distance from a curve's ends, as a fraction of the radius (RoundRectIterator's).
        double k = 1 - control();
        double edge = top ? r.y() : r.bottom();
        double side = top ? r.y() + ry : r.bottom() - ry;
        double sign = top ? 1 : -1;
        g.moveTo(r.x(), cut);
        g.lineTo(r.x(), side);
        g.bezierCurveTo(r.x(), side - sign * k * ry, r.x() + rx - k * rx, edge, r.x() + rx, edge);
        g.lineTo(r.right() - rx, edge);
        g.bezierCurveTo(r.right() - rx + k * rx, edge, r.right(), side - sign * k * ry, r.right(), side);
        g.lineTo(r.right(), cut);
    }

    /**
     * Strokes the outline of {@code r} with corners rounded as {@link Pen#strokeRoundRect} with
     * {@code arc} does, in the pen's line width and dash pattern.
     */
    static void stroke(Pen g, Viewport view, Rect r, double arc) {
        double reach = g.getLineWidth() / 2 + 1 / view.scale();
        if (!g.pixels()) {
            if (view.sees(r.x() - reach, r.y() - reach, r.width() + 2 * reach, r.height() + 2 * reach)) {
                g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            }
            return;
        }
        if (seesACorner(view, r, arc, reach)) {
            double[] rows = g.getLineDashes() == null ? rows(g, r, arc) : null;
            if (rows == null) {
                g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
                return;
            }
            // The rounded ends as open paths cut square at a row boundary, the sides between as thin rectangles.
            StrokeLineCap cap = g.getLineCap();
            g.setLineCap(StrokeLineCap.BUTT);
            if (view.sees(r.x() - reach, r.y() - reach, r.width() + 2 * reach, rows[0] - r.y() + reach)) {
                g.beginPath();
                end(g, r, arc, rows[0], true);
                g.stroke();
            }
            if (view.sees(r.x() - reach, rows[1], r.width() + 2 * reach, r.bottom() - rows[1] + reach)) {
                g.beginPath();
                end(g, r, arc, rows[1], false);
                g.stroke();
            }
            g.setLineCap(cap);
            solidSide(g, view, r.x(), rows[0], r.x(), rows[1]);
            solidSide(g, view, r.right(), rows[0], r.right(), rows[1]);
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
            Pen g,
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
            solidSide(g, view, x0, y0, x1, y1);
            return;
        }
        double from = along + Math.hypot(seen[0] - x0, seen[1] - y0);
        g.setLineDashOffset((offset + from) % period);
        g.strokeLine(seen[0], seen[1], seen[2], seen[3]);
    }

    /**
     * Draws the part the view sees of a solid side from (x0, y0) to (x1, y1), level or upright, as a thin
     * rectangle as wide as the line: one call for the renderer instead of one per row of pixels. Its ends are
     * cut square; where they lie in view, the caller draws what meets them.
     */
    private static void solidSide(Pen g, Viewport view, double x0, double y0, double x1, double y1) {
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
        double half = g.getLineWidth() / 2;
        Paint fill = g.getFill();
        g.setFill(g.getStroke());
        if (seen[0] == seen[2]) {
            g.fillRect(seen[0] - half, Math.min(seen[1], seen[3]), 2 * half, Math.abs(seen[3] - seen[1]));
        } else {
            g.fillRect(Math.min(seen[0], seen[2]), seen[1] - half, Math.abs(seen[2] - seen[0]), 2 * half);
        }
        g.setFill(fill);
    }

    /**
     * Outlines the rounded rectangle {@code r}, small, with a solid line thinner than a pixel, in the pen's stroke
     * paint and line width: its sides between the corners as four thin rectangles, and each corner's curve, at a
     * radius of a pixel or two on screen, as two dots of the line's width on it, a third and two thirds round.
     * The rasteriser fills a rectangle in one call, where it strokes the rounded outline row by row. For a pen of
     * pixels; a corner's pixels differ from the stroked curve's by up to 37/255 in the line's colour.
     */
    static void hairline(Pen g, Rect r, double arc) {
        double half = g.getLineWidth() / 2;
        double rx = Math.min(arc, r.width()) / 2;
        double ry = Math.min(arc, r.height()) / 2;
        Paint fill = g.getFill();
        g.setFill(g.getStroke());
        g.fillRect(r.x() + rx, r.y() - half, r.width() - 2 * rx, 2 * half);
        g.fillRect(r.x() + rx, r.bottom() - half, r.width() - 2 * rx, 2 * half);
        g.fillRect(r.x() - half, r.y() + ry, 2 * half, r.height() - 2 * ry);
        g.fillRect(r.right() - half, r.y() + ry, 2 * half, r.height() - 2 * ry);
        // Points of a quarter curve from (0, ry) to (rx, 0) round the corner (0, 0).
        for (double angle : new double[] {Math.PI / 6, Math.PI / 3}) {
            double dx = rx * (1 - Math.cos(angle));
            double dy = ry * (1 - Math.sin(angle));
            g.fillRect(r.x() + dx - half, r.y() + dy - half, 2 * half, 2 * half);
            g.fillRect(r.right() - dx - half, r.y() + dy - half, 2 * half, 2 * half);
            g.fillRect(r.x() + dx - half, r.bottom() - dy - half, 2 * half, 2 * half);
            g.fillRect(r.right() - dx - half, r.bottom() - dy - half, 2 * half, 2 * half);
        }
        g.setFill(fill);
    }

    /**
     * The length of the curve the rounded outline turns a corner with: a cubic Bézier (that of {@code
     * RoundRectangle2D}) from (0, ry) to (rx, 0), summed over short chords.
     */
    static double quarterLength(double rx, double ry) {
        double control = control();
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

    /** The control points' distance from the corner, as a fraction of the radius (RoundRectIterator's). */
    private static double control() {
        double a = 1 - Math.cos(Math.PI / 4);
        double b = Math.tan(Math.PI / 4);
        double c = Math.sqrt(1 + b * b) - 1 + a;
        return 1 - 4.0 / 3 * a * b / c;
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
