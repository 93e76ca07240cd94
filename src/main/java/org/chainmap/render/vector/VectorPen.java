package org.chainmap.render.vector;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.chainmap.render.Pen;

/**
 * A pen that writes a vector document instead of pixels: it keeps the state a JavaFX canvas keeps and turns
 * each call into a shape, a line or a run of glyphs in the document's units (the units of the identity
 * transform), which a subclass writes out. Paths take the transform as their points are added, lines the one in
 * effect when they are stroked, as on a canvas.
 *
 * <p>The transforms the painters use move and scale alike in both directions; a line's width and a font's size
 * are scaled by the transform's mean scale, so a transform that stretches one way only would draw lines and
 * text as though it scaled both ways by their mean.
 */
public abstract class VectorPen implements Pen {

    /** How a line is drawn, in document units. */
    public record Line(double width, double[] dashes, double dashOffset, StrokeLineCap cap, StrokeLineJoin join) {}

    private State state = new State();
    private final Deque<State> saved = new ArrayDeque<>();
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    private final MapFaces faces;

    /** A pen that sets text in {@code faces}. */
    protected VectorPen(MapFaces faces) {
        this.faces = faces;
    }

    /** Writes {@code shape}, in document units, filled with {@code color} (its opacity includes the pen's alpha). */
    protected abstract void fillShape(Path2D.Double shape, Color color);

    /** Writes {@code shape}, in document units, stroked with {@code line} in {@code color}. */
    protected abstract void strokeShape(Path2D.Double shape, Color color, Line line);

    /**
     * Writes a run of glyphs of {@code face}: the em square is {@code size} document units, the run's first
     * glyph's origin at ({@code x}, {@code y}) on the baseline; glyph {@code i} is {@code cids[i]}, whose own
     * advance is {@code advances[i]} font units (1000 to the em), the next glyph set that far after it;
     * {@code text} is what they spell.
     */
    protected abstract void glyphs(
            MapFace face, double size, double x, double y, int[] cids, int[] advances, String text, Color color);

    @Override
    public final boolean pixels() {
        return false;
    }

    @Override
    public void save() {
        saved.push(state.copy());
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            state = saved.pop();
        }
    }

    @Override
    public void translate(double x, double y) {
        State s = state;
        s.tx += s.mxx * x + s.mxy * y;
        s.ty += s.myx * x + s.myy * y;
    }

    @Override
    public void scale(double x, double y) {
        State s = state;
        s.mxx *= x;
        s.myx *= x;
        s.mxy *= y;
        s.myy *= y;
    }

    @Override
    public Affine getTransform() {
        State s = state;
        return new Affine(s.mxx, s.mxy, s.tx, s.myx, s.myy, s.ty);
    }

    @Override
    public void setTransform(Affine t) {
        setTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        State s = state;
        s.mxx = mxx;
        s.myx = myx;
        s.mxy = mxy;
        s.myy = myy;
        s.tx = tx;
        s.ty = ty;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        state.alpha = Math.max(0, Math.min(1, alpha));
    }

    @Override
    public void setFill(Paint paint) {
        state.fill = paint;
    }

    @Override
    public Paint getFill() {
        return state.fill;
    }

    @Override
    public void setStroke(Paint paint) {
        state.stroke = paint;
    }

    @Override
    public Paint getStroke() {
        return state.stroke;
    }

    @Override
    public void setLineWidth(double width) {
        if (width > 0 && Double.isFinite(width)) {
            state.lineWidth = width;
        }
    }

    @Override
    public double getLineWidth() {
        return state.lineWidth;
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public double[] getLineDashes() {
        return state.dashes == null ? null : state.dashes.clone();
    }

    @Override
    public void setLineDashOffset(double offset) {
        state.dashOffset = offset;
    }

    @Override
    public double getLineDashOffset() {
        return state.dashOffset;
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        if (cap != null) {
            state.cap = cap;
        }
    }

    @Override
    public StrokeLineCap getLineCap() {
        return state.cap;
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        if (join != null) {
            state.join = join;
        }
    }

    @Override
    public void setFont(Font font) {
        if (font != null) {
            state.font = font;
        }
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        if (align != null) {
            state.align = align;
        }
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        if (baseline != null) {
            state.baseline = baseline;
        }
    }

    @Override
    public void fillText(String text, double x, double y) {
        Color color = fillColor();
        if (text == null || text.isEmpty() || color == null || state.font == null) {
            return;
        }
        MapFace face = faces.of(state.font);
        double size = state.font.getSize();
        TextRun run = TextRun.of(face, text);
        double width = run.width(size);
        double left =
                switch (state.align) {
                    case CENTER -> x - width / 2;
                    case RIGHT -> x - width;
                    default -> x;
                };
        double base =
                switch (state.baseline) {
                    case TOP -> y + face.ascent() * size;
                    case CENTER -> y + (face.ascent() - (face.ascent() + face.descent()) / 2) * size;
                    case BOTTOM -> y - face.descent() * size;
                    default -> y;
                };
        State s = state;
        double scale = scale();
        double dx = s.mxx * left + s.mxy * base + s.tx;
        double dy = s.myx * left + s.myy * base + s.ty;
        run.draw(this, face, size * scale, dx, dy, color);
    }

    /** Writes the glyphs a run takes from the shipped face; called back by {@link TextRun#draw}. */
    void shippedGlyphs(
            MapFace face, double size, double x, double y, int[] cids, int[] advances, String text, Color c) {
        glyphs(face, size, x, y, cids, advances, text, c);
    }

    /** Fills an outline in document units; called back by {@link TextRun#draw} for a glyph of another font. */
    void outline(Path2D.Double shape, Color color) {
        fillShape(shape, color);
    }

    @Override
    public void clearRect(double x, double y, double width, double height) {
        // A vector document starts transparent: there is nothing to clear.
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fillShape(placed(new Rectangle2D.Double(x, y, width, height)), fillColor());
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        strokeShape(placed(new Rectangle2D.Double(x, y, width, height)), strokeColor(), line());
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        fillShape(placed(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight)), fillColor());
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        strokeShape(
                placed(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight)), strokeColor(), line());
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fillShape(placed(new Ellipse2D.Double(x, y, width, height)), fillColor());
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        strokeShape(placed(new Line2D.Double(x0, y0, x1, y1)), strokeColor(), line());
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        if (points < 2) {
            return;
        }
        Path2D.Double shape = new Path2D.Double();
        move(shape, xs[0], ys[0]);
        for (int i = 1; i < points; i++) {
            line(shape, xs[i], ys[i]);
        }
        shape.closePath();
        fillShape(shape, fillColor());
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    }

    @Override
    public void moveTo(double x, double y) {
        move(path, x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            move(path, x, y);
        } else {
            line(path, x, y);
        }
    }

    @Override
    public void bezierCurveTo(double x1, double y1, double x2, double y2, double x, double y) {
        if (path.getCurrentPoint() == null) {
            move(path, x1, y1);
        }
        curve(path, x1, y1, x2, y2, x, y);
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void fill() {
        if (path.getCurrentPoint() != null) {
            fillShape((Path2D.Double) path.clone(), fillColor());
        }
    }

    @Override
    public void stroke() {
        if (path.getCurrentPoint() != null) {
            strokeShape((Path2D.Double) path.clone(), strokeColor(), line());
        }
    }

    /** The fill's colour with the pen's alpha, or {@code null} when nothing would show. */
    private Color fillColor() {
        return painted(state.fill);
    }

    private Color strokeColor() {
        return painted(state.stroke);
    }

    private Color painted(Paint paint) {
        if (!(paint instanceof Color color)) {
            return null;
        }
        double opacity = color.getOpacity() * state.alpha;
        if (opacity <= 0) {
            return null;
        }
        return opacity == color.getOpacity()
                ? color
                : Color.color(color.getRed(), color.getGreen(), color.getBlue(), opacity);
    }

    /** The line as it is drawn now, in document units. */
    private Line line() {
        State s = state;
        double scale = scale();
        double[] dashes = null;
        if (s.dashes != null) {
            dashes = new double[s.dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] = s.dashes[i] * scale;
            }
        }
        return new Line(s.lineWidth * scale, dashes, s.dashOffset * scale, s.cap, s.join);
    }

    /** The transform's mean scale: the square root of its determinant. */
    private double scale() {
        State s = state;
        return Math.sqrt(Math.abs(s.mxx * s.myy - s.mxy * s.myx));
    }

    /** {@code shape} in document units: through the current transform. The shapes of JavaFX's canvas are AWT's. */
    private Path2D.Double placed(Shape shape) {
        State s = state;
        return new Path2D.Double(shape, new AffineTransform(s.mxx, s.myx, s.mxy, s.myy, s.tx, s.ty));
    }

    private void move(Path2D.Double shape, double x, double y) {
        State s = state;
        shape.moveTo(s.mxx * x + s.mxy * y + s.tx, s.myx * x + s.myy * y + s.ty);
    }

    private void line(Path2D.Double shape, double x, double y) {
        State s = state;
        shape.lineTo(s.mxx * x + s.mxy * y + s.tx, s.myx * x + s.myy * y + s.ty);
    }

    private void curve(Path2D.Double shape, double x1, double y1, double x2, double y2, double x, double y) {
        State s = state;
        shape.curveTo(
                s.mxx * x1 + s.mxy * y1 + s.tx,
                s.myx * x1 + s.myy * y1 + s.ty,
                s.mxx * x2 + s.mxy * y2 + s.tx,
                s.myx * x2 + s.myy * y2 + s.ty,
                s.mxx * x + s.mxy * y + s.tx,
                s.myx * x + s.myy * y + s.ty);
    }

    /** What {@link #save} keeps: a canvas's state, with its defaults. */
    private static final class State {
        double mxx = 1;
        double myx;
        double mxy;
        double myy = 1;
        double tx;
        double ty;
        double alpha = 1;
        Paint fill = Color.BLACK;
        Paint stroke = Color.BLACK;
        double lineWidth = 1;
        double[] dashes;
        double dashOffset;
        StrokeLineCap cap = StrokeLineCap.SQUARE;
        StrokeLineJoin join = StrokeLineJoin.MITER;
        Font font;
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;

        State copy() {
            State c = new State();
            c.mxx = mxx;
            c.myx = myx;
            c.mxy = mxy;
            c.myy = myy;
            c.tx = tx;
            c.ty = ty;
            c.alpha = alpha;
            c.fill = fill;
            c.stroke = stroke;
            c.lineWidth = lineWidth;
            c.dashes = dashes;
            c.dashOffset = dashOffset;
            c.cap = cap;
            c.join = join;
            c.font = font;
            c.align = align;
            c.baseline = baseline;
            return c;
        }
    }
}
