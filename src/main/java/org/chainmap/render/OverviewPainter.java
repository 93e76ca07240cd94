package org.chainmap.render;

import java.util.Arrays;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.OverviewGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;

/**
 * Paints the overview of a chain (decision 0018): its segments as a diagram laid out by {@link
 * OverviewGeometry}, every box with its full name, its local and external firm counts and its gap marks at a
 * size readable on the surface, and the flows between segments as bands ({@link BandPainter}); no card and no
 * single link. The window shows it when the cards are too small to read; {@code export --overview} draws it.
 */
final class OverviewPainter {

    private final Chain chain;
    private final OverviewGeometry geometry;
    private final ChainMarks marks;
    private final BandPainter bands;
    /** The overview kept as a picture on the screen while the view pans, scaled while it zooms. */
    private final FrameLayer picture = new FrameLayer();

    OverviewPainter(Chain chain, OverviewGeometry geometry, ChainMarks marks) {
        this.chain = chain;
        this.geometry = geometry;
        this.marks = marks;
        this.bands = new BandPainter(marks.bands());
    }

    /** The layout painted. */
    OverviewGeometry geometry() {
        return geometry;
    }

    /**
     * Paints the overview as {@code view} sees it (background included), in {@code theme}'s colours, with
     * {@code words}; with a {@code focus} (segment ids), the rest dimmed. On a pen of frames, from a picture kept
     * while the view pans and scaled while it zooms ({@link FrameLayer}, decision 0050), as the middle level.
     */
    void paint(Pen g, Viewport view, Theme theme, PaintWords words, Set<String> focus) {
        g.save();
        boolean kept = g instanceof FxPen fx && fx.frames() && kept(fx, view, theme, words, focus);
        if (!kept) {
            g.setFill(theme.background());
            g.fillRect(0, 0, view.width(), view.height());
            g.translate(-view.x() * view.scale(), -view.y() * view.scale());
            g.scale(view.scale(), view.scale());
            paintInMapUnits(g, view, theme, words, focus);
        }
        g.setGlobalAlpha(1);
        g.restore();
    }

    /** The overview on the screen from its picture ({@link FrameLayer}); whether it was drawn. */
    private boolean kept(FxPen g, Viewport view, Theme theme, PaintWords words, Set<String> focus) {
        g.save();
        g.translate(-view.x() * view.scale(), -view.y() * view.scale());
        g.scale(view.scale(), view.scale());
        Object content = Arrays.asList(theme, words, focus == null ? null : Set.copyOf(focus));
        boolean kept = picture.paint(g, view, content, (pen, seen) -> {
            double pad = 2 / seen.scale();
            pen.setFill(theme.background());
            pen.fillRect(
                    seen.x() - pad,
                    seen.y() - pad,
                    seen.width() / seen.scale() + 2 * pad,
                    seen.height() / seen.scale() + 2 * pad);
            paintInMapUnits(pen, seen, theme, words, focus);
        });
        g.restore();
        return kept;
    }

    /** The pictures of the overview made for frames so far, and the frames drawn from one of another scale. */
    int[] pictures() {
        return new int[] {picture.made(), picture.stoodIn()};
    }

    /** The columns, bands and boxes, on a pen set to map units. */
    private void paintInMapUnits(Pen g, Viewport view, Theme theme, PaintWords words, Set<String> focus) {
        g.setTextBaseline(VPos.CENTER);
        double title = ZoomLevel.READABLE;
        for (ChainGeometry.Column column : geometry.columns()) {
            title = Math.max(title, column.bounds().width() * view.scale() * 0.05);
        }
        title = Math.max(
                ZoomLevel.READABLE,
                Math.min(title, OverviewGeometry.TITLE_SHARE * geometry.height() * view.scale() * 0.4));
        for (ChainGeometry.Column column : geometry.columns()) {
            Rect r = column.bounds();
            g.setFill(theme.column());
            RoundRects.fill(g, view, r, Math.min(12, r.width() * 0.05));
            String name = column.stage() == Stage.UPSTREAM
                    ? words.upstream()
                    : column.stage() == Stage.MIDSTREAM ? words.midstream() : words.downstream();
            ChainPainter.text(
                    g,
                    view,
                    name,
                    r.x() + title / view.scale(),
                    r.y() + title / view.scale(),
                    title / view.scale(),
                    theme.subtle(),
                    FontWeight.BOLD,
                    FontPosture.REGULAR);
        }
        bands.paint(g, view, theme, geometry.boxes(), focus);
        for (Segment segment : chain.segments()) {
            Rect r = geometry.boxes().get(segment.id());
            if (r == null || !view.sees(r.x(), r.y() - r.height(), r.width(), 2 * r.height())) {
                continue;
            }
            g.setGlobalAlpha(focus == null || focus.contains(segment.id()) ? 1 : ChainPainter.DIMMED);
            paintBox(g, view, theme, words, segment, r);
        }
        g.setGlobalAlpha(1);
    }

    private void paintBox(Pen g, Viewport view, Theme theme, PaintWords words, Segment segment, Rect r) {
        boolean missing = marks.missing().contains(segment.id());
        double round = Math.min(8, r.height() * 0.1);
        g.setFill(theme.box());
        // In pieces on pixels (RoundRects): a box's rounded outline costs a pass over its whole area otherwise.
        RoundRects.fill(g, view, r, round);
        g.setStroke(missing ? theme.gap() : theme.boxBorder());
        g.setLineWidth((missing ? 2 : 1.2) / view.scale());
        g.setLineDashes(missing ? new double[] {6 / view.scale(), 4 / view.scale()} : null);
        RoundRects.stroke(g, view, r, round);
        g.setLineDashes((double[]) null);
        BoxLabel.paint(
                g,
                view,
                theme,
                r,
                words.name(segment),
                marks.countLines(segment.id(), words),
                Double.MAX_VALUE,
                6,
                true,
                0,
                0);
        marks.badges(
                g,
                view,
                r,
                segment.id(),
                words.name(segment),
                words,
                theme,
                Math.min(r.height(), r.width()) * view.scale() * 0.14);
    }
}
