package org.chainmap.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * A pen that draws nothing and writes down the name of every drawing call, for tests of what a painter asks a
 * pen for; it keeps the state a painter reads back (transform, paints, line, font) as a real pen does. It
 * says it draws pixels, as {@link FxPen}, or not, as a vector pen.
 */
final class RecordingPen implements Pen {

    /** The state {@link #save} pushes. */
    private record State(
            Affine transform,
            Paint fill,
            Paint stroke,
            double lineWidth,
            double[] dashes,
            double dashOffset,
            StrokeLineCap cap,
            Font font) {}

    private final boolean pixels;
    private final List<String> calls = new ArrayList<>();
    private final Deque<State> saved = new ArrayDeque<>();

    private Affine transform = new Affine();
    private Paint fill = Color.BLACK;
    private Paint stroke = Color.BLACK;
    private double lineWidth = 1;
    private double[] dashes;
    private double dashOffset;
    private StrokeLineCap cap = StrokeLineCap.SQUARE;
    private Font font;
    /** Every {@code fillText}: the text, x, y and the font's size then. */
    private final List<Object[]> texts = new ArrayList<>();
    /** Every call that strokes, with the stroke paint and the dash pattern then. */
    private final List<Stroke> strokes = new ArrayList<>();

    /** Every rectangle filled, with the fill and the alpha then. */
    private final List<Fill> fills = new ArrayList<>();

    /** The fill of every oval filled, in order. */
    private final List<Paint> ovals = new ArrayList<>();

    /** The fills of the ovals filled, in order. */
    List<Paint> ovals() {
        return ovals;
    }

    private double alpha = 1;

    /**
     * A rectangle filled.
     *
     * @param paint the fill
     * @param alpha the global alpha
     */
    record Fill(Paint paint, double alpha) {}

    /** The rectangles filled, in order. */
    List<Fill> fills() {
        return fills;
    }

    /**
     * A call that strokes.
     *
     * @param call its name
     * @param paint the stroke paint
     * @param dashes the dash pattern, {@code null} for a solid line
     */
    record Stroke(String call, Paint paint, double[] dashes) {
        /** Whether the line was dashed. */
        boolean dashed() {
            return dashes != null;
        }
    }

    /** A pen that says it draws pixels ({@code pixels}), or is a vector pen. */
    RecordingPen(boolean pixels) {
        this.pixels = pixels;
    }

    /** The names of the drawing calls made so far, in order (the state's setters and getters left out). */
    List<String> calls() {
        return calls;
    }

    /** How many times {@code call} was made. */
    long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    /** Every {@code fillText} so far: the text, x, y, and the font's size. */
    List<Object[]> texts() {
        return texts;
    }

    /** Every call that stroked so far: stroke, strokeRect, strokeRoundRect, strokeLine. */
    List<Stroke> strokes() {
        return strokes;
    }

    private void stroked(String call) {
        calls.add(call);
        strokes.add(new Stroke(call, stroke, dashes == null ? null : dashes.clone()));
    }

    @Override
    public boolean pixels() {
        return pixels;
    }

    @Override
    public void save() {
        saved.push(new State(transform.clone(), fill, stroke, lineWidth, dashes, dashOffset, cap, font));
    }

    @Override
    public void restore() {
        State state = saved.pop();
        transform = state.transform();
        fill = state.fill();
        stroke = state.stroke();
        lineWidth = state.lineWidth();
        dashes = state.dashes();
        dashOffset = state.dashOffset();
        cap = state.cap();
        font = state.font();
    }

    @Override
    public void translate(double x, double y) {
        transform.appendTranslation(x, y);
    }

    @Override
    public void scale(double x, double y) {
        transform.appendScale(x, y);
    }

    @Override
    public Affine getTransform() {
        return transform.clone();
    }

    @Override
    public void setTransform(Affine newTransform) {
        calls.add("setTransform");
        transform = newTransform.clone();
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        calls.add("setTransform");
        transform = new Affine(mxx, mxy, tx, myx, myy, ty);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public void setFill(Paint paint) {
        fill = paint;
    }

    @Override
    public Paint getFill() {
        return fill;
    }

    @Override
    public void setStroke(Paint paint) {
        stroke = paint;
    }

    @Override
    public Paint getStroke() {
        return stroke;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public double getLineWidth() {
        return lineWidth;
    }

    @Override
    public void setLineDashes(double... pattern) {
        dashes = pattern == null || pattern.length == 0 ? null : pattern.clone();
    }

    @Override
    public double[] getLineDashes() {
        return dashes == null ? null : dashes.clone();
    }

    @Override
    public void setLineDashOffset(double offset) {
        dashOffset = offset;
    }

    @Override
    public double getLineDashOffset() {
        return dashOffset;
    }

    @Override
    public void setLineCap(StrokeLineCap newCap) {
        cap = newCap;
    }

    @Override
    public StrokeLineCap getLineCap() {
        return cap;
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {}

    @Override
    public void setFont(Font newFont) {
        font = newFont;
    }

    @Override
    public void setTextAlign(TextAlignment align) {}

    @Override
    public void setTextBaseline(VPos baseline) {}

    @Override
    public void fillText(String text, double x, double y) {
        calls.add("fillText");
        texts.add(new Object[] {text, x, y, font == null ? Double.NaN : font.getSize()});
    }

    @Override
    public void clearRect(double x, double y, double width, double height) {
        calls.add("clearRect");
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fills.add(new Fill(fill, alpha));
        calls.add("fillRect");
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        stroked("strokeRect");
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        calls.add("fillRoundRect");
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        stroked("strokeRoundRect");
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        calls.add("fillOval");
        ovals.add(fill);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        stroked("strokeLine");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        calls.add("fillPolygon");
    }

    @Override
    public void beginPath() {
        calls.add("beginPath");
    }

    @Override
    public void moveTo(double x, double y) {
        calls.add("moveTo");
    }

    @Override
    public void lineTo(double x, double y) {
        calls.add("lineTo");
    }

    @Override
    public void bezierCurveTo(double x1, double y1, double x2, double y2, double x, double y) {
        calls.add("bezierCurveTo");
    }

    @Override
    public void closePath() {
        calls.add("closePath");
    }

    @Override
    public void fill() {
        calls.add("fill");
    }

    @Override
    public void stroke() {
        stroked("stroke");
    }
}
