package org.chainmap.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * What the one drawing routine draws with: the calls of JavaFX's {@code GraphicsContext} that the painters make,
 * with its meaning, so that the same routine paints the screen and the pictures ({@link FxPen}) and writes the
 * vector documents (SVG and PDF pens). A pen keeps a state (transform, paints, line, font, alpha) that
 * {@link #save} and {@link #restore} push and pop, and one current path; as in JavaFX, the transform in effect
 * when a path point is added applies to that point, and the one in effect at {@link #stroke} to the line width.
 */
public interface Pen {

    /**
     * Whether the pen draws pixels: then a painter may draw a shape in the pieces that a rasteriser fills fastest
     * (a tall rounded box as its two ends and a rectangle, text set in screen pixels). A vector pen draws each
     * shape whole, as one element of its document.
     */
    boolean pixels();

    /** Pushes the state. */
    void save();

    /** Pops the state {@link #save} pushed. */
    void restore();

    /** Moves the origin by ({@code x}, {@code y}) in the current units. */
    void translate(double x, double y);

    /** Scales the current units. */
    void scale(double x, double y);

    /** A copy of the current transform. */
    Affine getTransform();

    /** Sets the current transform. */
    void setTransform(Affine transform);

    /** Sets the current transform to the matrix of the six numbers, as {@code Affine} names them. */
    void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty);

    /** Sets the opacity everything drawn from now on is drawn with, from 0 to 1. */
    void setGlobalAlpha(double alpha);

    /** Sets the paint of fills and text. */
    void setFill(Paint paint);

    /** The paint of fills and text. */
    Paint getFill();

    /** Sets the paint of lines. */
    void setStroke(Paint paint);

    /** The paint of lines. */
    Paint getStroke();

    /** Sets the width of lines, in the units in effect when they are stroked. */
    void setLineWidth(double width);

    /** The width of lines. */
    double getLineWidth();

    /** Sets the dash pattern of lines; {@code null} or nothing for solid lines. */
    void setLineDashes(double... dashes);

    /** The dash pattern of lines, {@code null} for solid lines. */
    double[] getLineDashes();

    /** Sets how far into the dash pattern lines start. */
    void setLineDashOffset(double offset);

    /** How far into the dash pattern lines start. */
    double getLineDashOffset();

    /** Sets how lines end. */
    void setLineCap(StrokeLineCap cap);

    /** How lines end. */
    StrokeLineCap getLineCap();

    /** Sets how lines join. */
    void setLineJoin(StrokeLineJoin join);

    /** Sets the font of text. */
    void setFont(Font font);

    /** Sets where text lies across from the point it is drawn at. */
    void setTextAlign(TextAlignment align);

    /** Sets where text lies up and down from the point it is drawn at. */
    void setTextBaseline(VPos baseline);

    /** Fills {@code text} at ({@code x}, {@code y}) in the font, fill, alignment and baseline. */
    void fillText(String text, double x, double y);

    /** Makes the rectangle transparent (a vector document starts transparent and has nothing to clear). */
    void clearRect(double x, double y, double width, double height);

    /** Fills the rectangle. */
    void fillRect(double x, double y, double width, double height);

    /** Strokes the rectangle's outline. */
    void strokeRect(double x, double y, double width, double height);

    /** Fills the rectangle with its corners rounded by ellipses of {@code arcWidth} × {@code arcHeight}. */
    void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight);

    /** Strokes the outline {@link #fillRoundRect} fills. */
    void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight);

    /** Fills the ellipse in the rectangle. */
    void fillOval(double x, double y, double width, double height);

    /** Strokes the line from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}). */
    void strokeLine(double x0, double y0, double x1, double y1);

    /** Fills the polygon of the first {@code points} corners. */
    void fillPolygon(double[] xs, double[] ys, int points);

    /** Starts a new current path. */
    void beginPath();

    /** Starts a new figure of the current path at the point. */
    void moveTo(double x, double y);

    /** Adds a line to the point to the current path. */
    void lineTo(double x, double y);

    /** Adds a cubic Bézier curve to the current path. */
    void bezierCurveTo(double x1, double y1, double x2, double y2, double x, double y);

    /** Closes the current figure of the current path. */
    void closePath();

    /** Fills the current path (non-zero winding). */
    void fill();

    /** Strokes the current path. */
    void stroke();
}
