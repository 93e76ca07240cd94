package org.chainmap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.shape.StrokeLineCap;
import org.chainmap.layout.Rect;
import org.chainmap.layout.SegmentBands;

/**
 * Paints the flows of a chain between its segment boxes as bands ({@link SegmentBands}): one curve per pair of
 * segments, from the supplier's box to the customer's, as wide as its number of links (the square root of its
 * share of the largest band's), red where the feed is broken (断链), thin and dashed for a feed without links;
 * with an arrowhead. A box's bands leave and enter it spread along its side, in the order of the other boxes'
 * heights, so that they do not all meet at one point.
 */
final class BandPainter {

    /** The widest band, as a share of the median box's height. */
    static final double WIDEST = 0.22;

    /** The least width of a band on the surface, in pixels. */
    static final double THINNEST = 1.5;

    /**
     * A band as drawn: its curve's ends and control points and its width in map units.
     *
     * @param band the band
     * @param points start, first control, second control, end: x and y of each
     * @param width the line width
     */
    record Curve(SegmentBands.Band band, double[] points, double width) {}

    /**
     * How a band looks: bands that look alike are stroked as one path. Filled outlines (width 0) are grouped also by
     * their left and right ends on the surface ({@code span}, in steps of {@link #SPAN} pixels): the rasteriser
     * blends every pixel of a row between a path's leftmost and rightmost edge, so one path of all the bands of a
     * colour costs the whole screen, one path per pair of layers only the channel between them.
     */
    private record BandStyle(javafx.scene.paint.Color color, double alpha, double width, boolean dashed, long span) {}

    /** The step, in pixels on the surface, in which the outlines' ends are grouped into paths. */
    static final double SPAN = 64;

    private final List<SegmentBands.Band> bands;

    /** The bands kept as a picture while a screen's view pans. */
    private final FrameLayer layer = new FrameLayer();

    /** What the bands' picture depends on besides the view. */
    private record Content(Theme theme, Map<String, Rect> boxes, Set<String> focus) {
        Content {
            focus = focus == null ? null : Set.copyOf(focus);
        }
    }

    BandPainter(List<SegmentBands.Band> bands) {
        this.bands = List.copyOf(bands);
    }

    /** The bands between {@code boxes} (those whose boxes are both there), as drawn at {@code scale}. */
    List<Curve> curves(Map<String, Rect> boxes, double scale) {
        List<Double> heights = new ArrayList<>();
        boxes.values().forEach(box -> heights.add(box.height()));
        heights.sort(null);
        // A fifth of the median box, but never more than 0.4 of the lowest: a box of many cards does not make
        // the bands wider than the small boxes they meet.
        double widest =
                heights.isEmpty() ? 1 : Math.min(WIDEST * heights.get(heights.size() / 2), 0.4 * heights.get(0));
        double thinnest = Math.min(widest, THINNEST / scale);
        int most = 1;
        for (SegmentBands.Band band : bands) {
            most = Math.max(most, band.count());
        }
        Map<String, List<SegmentBands.Band>> out = new HashMap<>();
        Map<String, List<SegmentBands.Band>> in = new HashMap<>();
        for (SegmentBands.Band band : bands) {
            if (boxes.containsKey(band.from()) && boxes.containsKey(band.to())) {
                out.computeIfAbsent(band.from(), id -> new ArrayList<>()).add(band);
                in.computeIfAbsent(band.to(), id -> new ArrayList<>()).add(band);
            }
        }
        out.values()
                .forEach(list -> list.sort(
                        Comparator.comparingDouble(b -> boxes.get(b.to()).centerY())));
        in.values()
                .forEach(list -> list.sort(
                        Comparator.comparingDouble(b -> boxes.get(b.from()).centerY())));
        List<Curve> curves = new ArrayList<>();
        for (SegmentBands.Band band : bands) {
            Rect a = boxes.get(band.from());
            Rect b = boxes.get(band.to());
            if (a == null || b == null) {
                continue;
            }
            double ya = spread(
                    a, out.get(band.from()).indexOf(band), out.get(band.from()).size());
            double yb =
                    spread(b, in.get(band.to()).indexOf(band), in.get(band.to()).size());
            double width = band.count() == 0
                    ? thinnest
                    : thinnest + (widest - thinnest) * Math.sqrt((double) band.count() / most);
            double[] points;
            if (b.x() >= a.right()) {
                double d = (b.x() - a.right()) / 2;
                points = new double[] {a.right(), ya, a.right() + d, ya, b.x() - d, yb, b.x(), yb};
            } else if (b.right() <= a.x()) {
                double d = Math.max((a.x() - b.right()) / 2, a.width() / 3);
                points = new double[] {a.x(), ya, a.x() - d, ya, b.right() + d, yb, b.right(), yb};
            } else {
                double d = Math.max(a.width(), b.width()) * 0.35;
                points = new double[] {a.right(), ya, a.right() + d, ya, b.right() + d, yb, b.right(), yb};
            }
            curves.add(new Curve(band, points, width));
        }
        return curves;
    }

    /** The height on {@code box}'s side of the {@code i}th of {@code n} bands there. */
    private static double spread(Rect box, int i, int n) {
        return box.y() + box.height() * (0.2 + 0.6 * (i + 1) / (n + 1));
    }

    /**
     * Paints the bands between {@code boxes} that {@code view} sees, in {@code theme}'s colours; with a {@code
     * focus} (segment ids), the bands not between two of them dimmed. On a pen of frames, from a picture kept while
     * the view pans ({@link FrameLayer}).
     */
    void paint(Pen g, Viewport view, Theme theme, Map<String, Rect> boxes, Set<String> focus) {
        if (g instanceof FxPen fx
                && fx.frames()
                && layer.paint(
                        fx,
                        view,
                        new Content(theme, boxes, focus),
                        (pen, seen) -> draw(pen, seen, theme, boxes, focus))) {
            // The pen left as drawing the bands leaves it: what is drawn next (dashed frames) looks the same.
            g.setGlobalAlpha(1);
            g.setLineCap(StrokeLineCap.ROUND);
            return;
        }
        draw(g, view, theme, boxes, focus);
    }

    /** The pictures of bands made so far for frames ({@link FrameLayer}). */
    int pictures() {
        return layer.made();
    }

    /** The frames that drew the bands from a picture of another scale ({@link FrameLayer}). */
    int stoodIn() {
        return layer.stoodIn();
    }

    private void draw(Pen g, Viewport view, Theme theme, Map<String, Rect> boxes, Set<String> focus) {
        // Bands of one look are one path, stroked once: the software rasteriser pays for every row of pixels of
        // every shape, so 200 wide curves stroked one by one cost 20-35 ms a frame, and a path of them about
        // what one costs. Widths are rounded to steps of a fifth on the screen, so that few looks remain. On
        // pixels the bands with links go further: their outlines, filled, one path per colour and pair of ends
        // (BandOutlines, BandStyle).
        Map<BandStyle, List<Curve>> byStyle = new LinkedHashMap<>();
        for (Curve curve : curves(boxes, view.scale())) {
            double[] p = curve.points();
            double left = Math.min(Math.min(p[0], p[2]), Math.min(p[4], p[6]));
            double top = Math.min(Math.min(p[1], p[3]), Math.min(p[5], p[7]));
            double right = Math.max(Math.max(p[0], p[2]), Math.max(p[4], p[6]));
            double bottom = Math.max(Math.max(p[1], p[3]), Math.max(p[5], p[7]));
            if (!view.sees(left, top - curve.width(), right - left, bottom - top + 2 * curve.width())) {
                continue;
            }
            SegmentBands.Band band = curve.band();
            boolean inFocus = focus == null || focus.contains(band.from()) && focus.contains(band.to());
            double alpha = inFocus ? 0.55 : 0.55 * ChainPainter.DIMMED;
            javafx.scene.paint.Color color = band.broken() ? theme.broken() : theme.feed();
            double step = Math.round(Math.log(curve.width() * view.scale()) / Math.log(1.2));
            // On pixels, the bands with links are outlines filled, one path per colour: their widths are kept.
            boolean outlined = g.pixels() && band.count() > 0;
            long span = outlined
                    ? Math.round((left - view.x()) * view.scale() / SPAN) * 100_000
                            + Math.round((right - view.x()) * view.scale() / SPAN)
                    : 0;
            BandStyle style = new BandStyle(
                    color,
                    band.broken() ? Math.min(1, alpha * 1.5) : alpha,
                    outlined ? 0 : Math.pow(1.2, step) / view.scale(),
                    band.count() == 0,
                    span);
            byStyle.computeIfAbsent(style, key -> new ArrayList<>()).add(curve);
        }
        g.setLineCap(StrokeLineCap.BUTT);
        for (Map.Entry<BandStyle, List<Curve>> entry : byStyle.entrySet()) {
            BandStyle style = entry.getKey();
            if (style.width() == 0) {
                g.setGlobalAlpha(style.alpha());
                g.setFill(style.color());
                g.beginPath();
                for (Curve curve : entry.getValue()) {
                    double head = Math.max(curve.width() * 1.4, 7 / view.scale());
                    BandOutlines.add(g, curve.points(), curve.width(), head, view.scale());
                }
                g.fill();
                continue;
            }
            double width = style.width();
            double head = Math.max(width * 1.4, 7 / view.scale());
            g.setGlobalAlpha(style.alpha());
            g.setStroke(style.color());
            g.setLineWidth(width);
            g.setLineDashes(style.dashed() ? new double[] {6 / view.scale(), 4 / view.scale()} : null);
            g.beginPath();
            for (Curve curve : entry.getValue()) {
                double[] p = curve.points();
                double back = p[6] >= p[4] ? -head : head;
                g.moveTo(p[0], p[1]);
                g.bezierCurveTo(p[2], p[3], p[4], p[5], p[6] + back, p[7]);
            }
            g.stroke();
            g.setLineDashes((double[]) null);
            g.setFill(style.color());
            g.beginPath();
            for (Curve curve : entry.getValue()) {
                double[] p = curve.points();
                double back = p[6] >= p[4] ? -head : head;
                g.moveTo(p[6] + back, p[7] - head * 0.75);
                g.lineTo(p[6], p[7]);
                g.lineTo(p[6] + back, p[7] + head * 0.75);
                g.closePath();
            }
            g.fill();
        }
        g.setGlobalAlpha(1);
        g.setLineCap(StrokeLineCap.ROUND);
    }
}
