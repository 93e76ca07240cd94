package org.chainmap.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/** The pen of a JavaFX canvas: the screen's, and the PNG export's tiles. Each call is the context's own. */
public final class FxPen implements Pen {

    private final GraphicsContext g;

    private final boolean frames;

    /** What to do when a frame was drawn in haste (a picture scaled during a zoom): ask for another soon. */
    private Runnable settle = () -> {};

    /** The pen that draws on {@code g} once (a picture, a tile of one). */
    public FxPen(GraphicsContext g) {
        this(g, false);
    }

    /**
     * The pen that draws on {@code g}; with {@code frames}, frame after frame of a view that pans and zooms (the
     * screen's), so that what stays the same while it pans may be kept as a picture ({@link FrameLayer}).
     */
    public FxPen(GraphicsContext g, boolean frames) {
        this.g = g;
        this.frames = frames;
    }

    /** Whether this pen draws frame after frame on screen, rather than a picture once. */
    public boolean frames() {
        return frames;
    }

    /**
     * Calls {@code then} whenever a frame drew part of the drawing from a picture of another scale ({@link
     * FrameLayer}, during a zoom): the screen should paint one more frame once the zoom stops, which draws it sharp.
     */
    public void onUnsettled(Runnable then) {
        settle = then;
    }

    /** Says that the frame painted now is to be painted again once the view rests ({@link #onUnsettled}). */
    void unsettled() {
        settle.run();
    }

    /** The context drawn on, for what only a screen draws (gesture overlays). */
    public GraphicsContext context() {
        return g;
    }

    @Override
    public boolean pixels() {
        return true;
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void scale(double x, double y) {
        g.scale(x, y);
    }

    @Override
    public Affine getTransform() {
        return g.getTransform();
    }

    @Override
    public void setTransform(Affine transform) {
        g.setTransform(transform);
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        g.setTransform(mxx, myx, mxy, myy, tx, ty);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        g.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Paint paint) {
        g.setFill(paint);
    }

    @Override
    public Paint getFill() {
        return g.getFill();
    }

    @Override
    public void setStroke(Paint paint) {
        g.setStroke(paint);
    }

    @Override
    public Paint getStroke() {
        return g.getStroke();
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public double getLineWidth() {
        return g.getLineWidth();
    }

    @Override
    public void setLineDashes(double... dashes) {
        g.setLineDashes(dashes);
    }

    @Override
    public double[] getLineDashes() {
        return g.getLineDashes();
    }

    @Override
    public void setLineDashOffset(double offset) {
        g.setLineDashOffset(offset);
    }

    @Override
    public double getLineDashOffset() {
        return g.getLineDashOffset();
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        g.setLineCap(cap);
    }

    @Override
    public StrokeLineCap getLineCap() {
        return g.getLineCap();
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        g.setLineJoin(join);
    }

    @Override
    public void setFont(Font font) {
        g.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        g.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        g.setTextBaseline(baseline);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void clearRect(double x, double y, double width, double height) {
        g.clearRect(x, y, width, height);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        g.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        g.strokeRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        g.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        g.fillPolygon(xs, ys, points);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void bezierCurveTo(double x1, double y1, double x2, double y2, double x, double y) {
        g.bezierCurveTo(x1, y1, x2, y2, x, y);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void fill() {
        g.fill();
    }

    @Override
    public void stroke() {
        g.stroke();
    }
}
