package org.chainmap.render;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * A pen that draws everything another pen draws but the text set smaller than {@code smallest} pixels on the
 * surface (its font's size times the transform's scale): what a slide shows of a map from across a room
 * (the panorama's) is only the words one can read there, and the slide's panel says the rest.
 */
final class LegiblePen implements Pen {

    private final Pen pen;
    private final double smallest;
    private final Deque<Font> saved = new ArrayDeque<>();
    private Font font;

    /** Draws on {@code pen}, leaving out text smaller than {@code smallest} pixels. */
    LegiblePen(Pen pen, double smallest) {
        this.pen = pen;
        this.smallest = smallest;
    }

    @Override
    public void save() {
        saved.push(font == null ? Font.getDefault() : font);
        pen.save();
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            font = saved.pop();
        }
        pen.restore();
    }

    @Override
    public void setFont(Font newFont) {
        font = newFont;
        pen.setFont(newFont);
    }

    @Override
    public void fillText(String text, double x, double y) {
        Affine t = pen.getTransform();
        double scale = Math.sqrt(Math.abs(t.getMxx() * t.getMyy() - t.getMxy() * t.getMyx()));
        double size = (font == null ? Font.getDefault().getSize() : font.getSize()) * scale;
        if (size >= smallest - 1e-6) {
            pen.fillText(text, x, y);
        }
    }

    @Override
    public boolean pixels() {
        return pen.pixels();
    }

    @Override
    public void translate(double x, double y) {
        pen.translate(x, y);
    }

    @Override
    public void scale(double x, double y) {
        pen.scale(x, y);
    }

    @Override
    public Affine getTransform() {
        return pen.getTransform();
    }

    @Override
    public void setTransform(Affine transform) {
        pen.setTransform(transform);
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        pen.setTransform(mxx, myx, mxy, myy, tx, ty);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        pen.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Paint paint) {
        pen.setFill(paint);
    }

    @Override
    public Paint getFill() {
        return pen.getFill();
    }

    @Override
    public void setStroke(Paint paint) {
        pen.setStroke(paint);
    }

    @Override
    public Paint getStroke() {
        return pen.getStroke();
    }

    @Override
    public void setLineWidth(double width) {
        pen.setLineWidth(width);
    }

    @Override
    public double getLineWidth() {
        return pen.getLineWidth();
    }

    @Override
    public void setLineDashes(double... dashes) {
        pen.setLineDashes(dashes);
    }

    @Override
    public double[] getLineDashes() {
        return pen.getLineDashes();
    }

    @Override
    public void setLineDashOffset(double offset) {
        pen.setLineDashOffset(offset);
    }

    @Override
    public double getLineDashOffset() {
        return pen.getLineDashOffset();
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        pen.setLineCap(cap);
    }

    @Override
    public StrokeLineCap getLineCap() {
        return pen.getLineCap();
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        pen.setLineJoin(join);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        pen.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        pen.setTextBaseline(baseline);
    }

    @Override
    public void clearRect(double x, double y, double width, double height) {
        pen.clearRect(x, y, width, height);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        pen.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        pen.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        pen.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight) {
        pen.strokeRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        pen.fillOval(x, y, width, height);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        pen.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        pen.fillPolygon(xs, ys, points);
    }

    @Override
    public void beginPath() {
        pen.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        pen.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        pen.lineTo(x, y);
    }

    @Override
    public void bezierCurveTo(double x1, double y1, double x2, double y2, double x, double y) {
        pen.bezierCurveTo(x1, y1, x2, y2, x, y);
    }

    @Override
    public void closePath() {
        pen.closePath();
    }

    @Override
    public void fill() {
        pen.fill();
    }

    @Override
    public void stroke() {
        pen.stroke();
    }
}
