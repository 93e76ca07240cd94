package org.chainmap.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Paint;

/**
 * Solid lines thinner than a pixel on screen, drawn where they run level or upright as thin rectangles: one call
 * each for the software renderer, where a stroked line costs it every row of pixels it crosses, eight sub-rows
 * each, whatever its length across. The routes of supply links are such lines: at 42% a frame of a large chain
 * held some 47,000 rows of link lines, about 3 ms of it. A line w wide from a to b, ended square, is the
 * rectangle w wide around it reaching w/2 beyond a and b; where two such lines meet at a right angle, the two
 * rectangles fill the corner as a mitred join does. One stroke lays a colour once where its lines overlap, as
 * links do on a shared trunk or on tracks a fraction of a map unit apart in a busy channel; the rectangles of
 * overlapping lines are therefore cut into pieces that do not overlap ({@link Pieces}).
 *
 * <p>The pixels are those of the stroke up to how each way rounds an edge pixel's coverage, but: where two lines
 * meet or cross, a translucent colour is laid twice over a square w × w, under a pixel (up to 51/255 darker on
 * that pixel in frames of the 10,000-firm chain from 42% to 85%); where one of overlapping lines ends, the pieces
 * before and after share that row of pixels and each lays its part of it (up to 18/255 lighter); and ends are
 * square, not round (w/2 × w/2; links end under cards).
 *
 * <p>For a pen that draws pixels only ({@link #fit}): a vector pen strokes every line whole.
 *
 * <p>Use: begin the pen's path, {@link #add} the lines of one style (those with a slanting piece go into the
 * path), stroke the path if {@link #stroking()}, then {@link #fill}.
 */
final class Hairlines {

    private final Pen g;
    private final double half;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private final Pieces upright = new Pieces(true);
    private final Pieces level = new Pieces(false);
    private boolean stroking;

    /**
     * Lines of the pen's width, drawn in the part the view sees (and the margin of {@link Strokes#margin}).
     * The pen's lines are solid ({@link #fit}).
     */
    Hairlines(Pen g, Viewport view) {
        this.g = g;
        this.half = g.getLineWidth() / 2;
        double margin = Strokes.margin(view);
        this.left = view.x() - margin;
        this.top = view.y() - margin;
        this.right = view.x() + view.width() / view.scale() + margin;
        this.bottom = view.y() + view.height() / view.scale() + margin;
    }

    /** Whether the pen's lines, as set now, are hairlines in {@code view}: solid, thinner than a pixel, on pixels. */
    static boolean fit(Pen g, Viewport view) {
        return g.pixels() && g.getLineDashes() == null && g.getLineWidth() * view.scale() < 1;
    }

    /**
     * Adds the part of the polyline that the view sees: kept for rectangles when every piece of it is level or
     * upright, else added to the pen's current path as {@link Strokes#add} adds it.
     */
    void add(Viewport view, List<double[]> points) {
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (a[0] != b[0] && a[1] != b[1]) {
                Strokes.add(g, view, points);
                stroking = true;
                return;
            }
        }
        double[] seen = new double[4];
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (Strokes.clip(a[0], a[1], b[0], b[1], left, top, right, bottom, seen)) {
                if (seen[0] == seen[2]) {
                    upright.add(seen[0], seen[1], seen[3]);
                } else {
                    level.add(seen[1], seen[0], seen[2]);
                }
            }
        }
    }

    /** Whether a line was added to the pen's path, to be stroked. */
    boolean stroking() {
        return stroking;
    }

    /** Fills the rectangles of the lines added, in the pen's stroke paint. */
    void fill() {
        Paint fill = g.getFill();
        g.setFill(g.getStroke());
        upright.fill();
        level.fill();
        g.setFill(fill);
    }

    /**
     * The lines of one direction, each at {@code across} (its x if upright, its y if level) and reaching along
     * from {@code from} to {@code to}, ends included; filled as the union of their rectangles. Lines whose
     * rectangles touch across form a bundle; along a bundle, at every place where a rectangle starts or ends,
     * the rectangles at hand are cut into the spans they cover across, and a stretch with the same spans as the
     * one before is drawn with it.
     */
    private final class Pieces {
        private final boolean upright;
        private double[] lines = new double[48];
        private int count;

        Pieces(boolean upright) {
            this.upright = upright;
        }

        void add(double across, double from, double to) {
            if (3 * count + 3 > lines.length) {
                lines = Arrays.copyOf(lines, 2 * lines.length);
            }
            int k = 3 * count++;
            lines[k] = across;
            lines[k + 1] = Math.min(from, to) - half;
            lines[k + 2] = Math.max(from, to) + half;
        }

        void fill() {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(lines[3 * a], lines[3 * b]));
            int first = 0;
            for (int i = 1; i <= count; i++) {
                if (i == count || lines[3 * order[i]] - lines[3 * order[i - 1]] > 2 * half) {
                    bundle(Arrays.copyOfRange(order, first, i));
                    first = i;
                }
            }
        }

        /** Fills the union of the rectangles of the lines of one bundle, given in order across. */
        private void bundle(Integer[] bundle) {
            if (bundle.length == 1) {
                int k = 3 * bundle[0];
                draw(List.of(new double[] {lines[k] - half, lines[k] + half}), lines[k + 1], lines[k + 2]);
                return;
            }
            Integer[] byStart = bundle.clone();
            Arrays.sort(byStart, (a, b) -> Double.compare(lines[3 * a + 1], lines[3 * b + 1]));
            double[] cuts = new double[2 * bundle.length];
            for (int i = 0; i < bundle.length; i++) {
                cuts[2 * i] = lines[3 * bundle[i] + 1];
                cuts[2 * i + 1] = lines[3 * bundle[i] + 2];
            }
            Arrays.sort(cuts);
            List<Integer> atHand = new ArrayList<>();
            int next = 0;
            List<double[]> spans = List.of();
            double spansFrom = cuts[0];
            for (int c = 0; c + 1 < cuts.length; c++) {
                double at = cuts[c];
                if (cuts[c + 1] == at) {
                    continue;
                }
                atHand.removeIf(line -> lines[3 * line + 2] <= at);
                while (next < byStart.length && lines[3 * byStart[next] + 1] <= at) {
                    atHand.add(byStart[next++]);
                }
                atHand.sort((a, b) -> Double.compare(lines[3 * a], lines[3 * b]));
                List<double[]> across = new ArrayList<>();
                for (int line : atHand) {
                    double middle = lines[3 * line];
                    double[] last = across.isEmpty() ? null : across.get(across.size() - 1);
                    if (last != null && middle - half <= last[1]) {
                        last[1] = middle + half;
                    } else {
                        across.add(new double[] {middle - half, middle + half});
                    }
                }
                if (!same(across, spans)) {
                    draw(spans, spansFrom, at);
                    spans = across;
                    spansFrom = at;
                }
            }
            draw(spans, spansFrom, cuts[cuts.length - 1]);
        }

        private void draw(List<double[]> spans, double from, double to) {
            for (double[] span : spans) {
                if (upright) {
                    g.fillRect(span[0], from, span[1] - span[0], to - from);
                } else {
                    g.fillRect(from, span[0], to - from, span[1] - span[0]);
                }
            }
        }

        private static boolean same(List<double[]> a, List<double[]> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!Arrays.equals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
