package org.chainmap.render;

import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapKind;
import org.chainmap.compare.Change;
import org.chainmap.compare.ComparedMap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.OverviewGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;

/**
 * Paints a compared chain: the chain of a {@link ComparedMap} as {@link ChainPainter} paints any chain, then its
 * {@link CompareMarks} over it: ghosts (what only the old map had) washed out and outlined red and dashed, added
 * firms, segments and links green, changed ones outlined blue, and on each box the gap changes, a closed gap ticked
 * green, an opened one flagged red, a changed one marked ~. At the overview zoom only the boxes' marks are drawn.
 */
public final class ComparePainter {

    /** The colour of what was added. */
    public static final Color ADDED = Color.web("#1e9e3e");

    /** The colour of what was removed. */
    public static final Color REMOVED = Color.web("#d7263d");

    /** The colour of what changed. */
    public static final Color CHANGED = Color.web("#2f6fdb");

    /** How much of the background a ghost is washed with. */
    static final double WASH = 0.6;

    private final ChainPainter chain;
    private final ChainGeometry geometry;
    private final CompareMarks marks;
    private final OverviewGeometry overview;

    /** A painter of {@code chain} of {@code compared}'s map laid out as {@code geometry}, with the new gaps. */
    public ComparePainter(ComparedMap compared, Chain chain, ChainGeometry geometry, ChainReport report) {
        this.chain = new ChainPainter(compared.map(), chain, geometry, report, compared.ghostFirms());
        this.geometry = geometry;
        this.marks = CompareMarks.of(compared, chain, geometry);
        this.overview = OverviewGeometry.of(geometry, chain, geometry.width(), geometry.height());
    }

    /** The chain's own painter, which this one paints over (zoom levels, focus). */
    public ChainPainter chain() {
        return chain;
    }

    /** The marks painted. */
    public CompareMarks marks() {
        return marks;
    }

    /** The compared chain as a drawing. */
    public Drawing drawing() {
        return Drawing.of(geometry.width(), geometry.height(), this::paint);
    }

    /** Paints the chain, then the marks, as {@code view} sees them. */
    public void paint(Pen g, Viewport view, Theme theme, PaintWords words) {
        chain.paint(g, view, theme, words);
        ZoomLevel level = chain.level(view);
        g.save();
        g.translate(-view.x() * view.scale(), -view.y() * view.scale());
        g.scale(view.scale(), view.scale());
        g.setLineCap(StrokeLineCap.ROUND);
        Map<String, Rect> boxes = level == ZoomLevel.OVERVIEW ? overview.boxes() : geometry.segments();
        if (level == ZoomLevel.CARDS) {
            paintLinks(g, view);
            marks.cards().forEach((id, change) -> {
                Rect r = geometry.cards().get(id);
                if (r != null && view.sees(r.x(), r.y(), r.width(), r.height())) {
                    outline(g, view, r, change, theme, 6);
                }
            });
        }
        marks.boxes().forEach((id, change) -> {
            Rect r = boxes.get(id);
            if (r != null && view.sees(r.x(), r.y(), r.width(), r.height())) {
                outline(g, view, r, change, theme, 8);
            }
        });
        marks.gaps().forEach((id, list) -> {
            Rect r = boxes.get(id);
            if (r != null) {
                gapMarks(g, view, r, markRow(r, list.size(), view.scale(), List.of()), list, theme);
            }
        });
        g.setGlobalAlpha(1);
        g.restore();
    }

    private void paintLinks(Pen g, Viewport view) {
        double width = Math.max(2, 2.5 / view.scale());
        marks.links().forEach((index, change) -> {
            List<double[]> points = geometry.links().get(index).points();
            g.setStroke(change == Change.ADDED ? ADDED : REMOVED);
            g.setLineWidth(width);
            Strokes.dashes(g, view, change == Change.REMOVED ? new double[] {3 * width, 2 * width} : null);
            g.beginPath();
            Strokes.add(g, view, points);
            g.stroke();
            Strokes.dashes(g, view, null);
        });
    }

    /** A card's or box's mark: a ghost washed out and outlined red, dashed; an added or changed one outlined. */
    static void outline(Pen g, Viewport view, Rect r, Change change, Theme theme, double arc) {
        double width = Math.max(2.5, 2.5 / view.scale());
        if (change == Change.REMOVED) {
            g.setGlobalAlpha(WASH);
            g.setFill(theme.background());
            RoundRects.fill(g, view, r, arc);
            g.setGlobalAlpha(1);
            g.setStroke(REMOVED);
            g.setLineWidth(width);
            Strokes.dashes(g, view, new double[] {2.5 * width, 1.6 * width});
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            Strokes.dashes(g, view, null);
            return;
        }
        g.setStroke(change == Change.ADDED ? ADDED : CHANGED);
        g.setLineWidth(change == Change.ADDED ? width * 1.4 : width);
        double inset = -width / 2;
        g.strokeRoundRect(
                r.x() + inset, r.y() + inset, r.width() - 2 * inset, r.height() - 2 * inset, arc + width, arc + width);
    }

    /** The radius of a gap change's mark at {@code scale}: 8 px on the screen, 9 units at least. */
    static double markRadius(double scale) {
        return Math.max(9, 8 / scale);
    }

    /**
     * Where the row of {@code count} gap marks of box {@code r} goes at {@code scale}, each mark's ring included:
     * along the box's top edge from the left, astride it; where that covers one of {@code clear} (the panorama's
     * stage titles over its first band), to the right of it if the row still fits over the box, else below it.
     */
    static Rect markRow(Rect r, int count, double scale, List<Rect> clear) {
        double radius = markRadius(scale);
        double ring = radius * 1.15;
        int shown = shown(r, count, radius);
        double width = Math.max(0, shown * (2 * radius + 3) - 3) + 2 * (ring - radius);
        Rect row = new Rect(r.x() + 4 + radius - ring, r.y() - radius * 0.5 - ring, width, 2 * ring);
        for (Rect title : clear) {
            if (overlap(row, title)) {
                Rect right = new Rect(title.right() + 2, row.y(), row.width(), row.height());
                row = right.right() <= r.right() + ring
                        ? right
                        : new Rect(row.x(), title.bottom() + 2, row.width(), row.height());
            }
        }
        return row;
    }

    /** How many of {@code count} marks fit from the box's left edge to its right (the last one astride it). */
    private static int shown(Rect r, int count, double radius) {
        double span = r.width() - radius - 4;
        return span < 0 ? 0 : Math.min(count, (int) Math.floor(span / (2 * radius + 3)) + 1);
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    /**
     * The gap changes of a box as round marks along its top edge from the left: a tick on green for a gap closed,
     * ! on red for one opened, ~ on blue for one changed; in {@code row}, as {@link #markRow} placed it.
     */
    static void gapMarks(Pen g, Viewport view, Rect r, Rect row, List<CompareMarks.GapMark> list, Theme theme) {
        double radius = markRadius(view.scale());
        double ring = radius * 1.15;
        double x = row.x() + ring;
        double y = row.centerY(); // above the edge, clear of the box's name
        int shown = shown(r, list.size(), radius);
        for (CompareMarks.GapMark mark : list.subList(0, shown)) {
            Color colour = mark.change() == Change.REMOVED ? ADDED : mark.change() == Change.ADDED ? REMOVED : CHANGED;
            g.setFill(theme.background());
            g.fillOval(x - ring, y - ring, 2 * ring, 2 * ring);
            if (mark.other() == GapKind.WEAK) {
                // closed, weak now: the tick on the weak colour in a green ring; opened, weak before: ! ringed weak
                g.setFill(mark.change() == Change.REMOVED ? ADDED : theme.weak());
                g.fillOval(x - radius * 1.12, y - radius * 1.12, 2.24 * radius, 2.24 * radius);
                colour = mark.change() == Change.REMOVED ? theme.weak() : REMOVED;
                radius *= 0.82;
            }
            g.setFill(colour);
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            if (mark.change() == Change.REMOVED) {
                g.setStroke(mark.other() == GapKind.WEAK ? theme.onGap() : Color.WHITE);
                g.setLineWidth(radius / 3.5);
                g.beginPath();
                g.moveTo(x - radius * 0.45, y + radius * 0.02);
                g.lineTo(x - radius * 0.1, y + radius * 0.38);
                g.lineTo(x + radius * 0.5, y - radius * 0.35);
                g.stroke();
            } else {
                g.setFill(Color.WHITE);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(javafx.geometry.VPos.CENTER);
                Lettering.fill(g, mark.change() == Change.ADDED ? "!" : "~", x, y, radius * 1.5, FontWeight.BOLD);
            }
            radius = markRadius(view.scale());
            x += 2 * radius + 3;
        }
    }
}
