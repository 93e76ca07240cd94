package org.chainmap.render;

import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.stage.Window;

/**
 * A part of a drawing kept as a picture while the screen's view pans (decisions 0038 and 0044): the bands of a
 * summary ({@link BandPainter}), the whole middle level ({@link ChainPainter}). On a pen of {@linkplain
 * FxPen#frames() frames} the software rasteriser pays for every shape's rows and every letter again each frame,
 * for the same pixels. The picture covers the view and a quarter of it on every side, and is drawn again as it is
 * for every frame of the same scale, surface and content (theme, focus, language: what the caller puts in its key)
 * that stays inside it, on whole pixels of the surface, so that it looks as the drawing done directly.
 *
 * <p>A frame at a scale not seen in the frame before (a zoom under way) makes no picture, which a next notch
 * would throw away: when the last picture of the same content covers the view it draws the part of it under the
 * view scaled (unsmoothed: coarse pixels for a moment), and asks the pen for a frame once the zoom stops ({@link
 * FxPen#unsettled()}), which makes the picture at the new scale; else it draws directly ({@code paint} answers
 * {@code false}).
 */
final class FrameLayer {

    /** The share of the view's width and height the picture reaches beyond it on every side. */
    static final double MARGIN = 0.25;

    /** What a picture depends on besides the part of the map it covers and its scale. */
    private record Look(double width, double height, double pixels, Object content) {}

    /** What a picture depends on besides the part of the map it covers. */
    private record Key(double scale, Look look) {}

    private Key seen;
    private Key made;
    private WritableImage image;
    private Canvas canvas;
    /** The map area the picture covers, at its scale: left, top (map units). */
    private double left;

    private double top;
    /** Pictures made, for tests. */
    private int pictures;
    /** Frames that drew the picture of another scale, for tests. */
    private int stand;

    /**
     * Draws what {@code draw} paints (on a pen in map units, seen through a view) for {@code view} on {@code pen},
     * which is set to map units, from the picture, making it when the view left it; {@code content}: what else the
     * drawing depends on (equal values, equal drawings). Returns {@code false}, drawing nothing, when the caller
     * should draw directly: the first frame of a scale without a picture to stand in.
     */
    boolean paint(FxPen pen, Viewport view, Object content, BiConsumer<Pen, Viewport> draw) {
        double pixels = pixelScale(pen.context());
        Key key = new Key(view.scale(), new Look(view.width(), view.height(), pixels, content));
        boolean again = key.equals(seen);
        seen = key;
        if (!covers(key, view)) {
            if (!again) {
                if (made == null || !made.look().equals(key.look()) || !covers(made, view)) {
                    return false;
                }
                // A zoom under way: the last picture, scaled, until the zoom stops.
                draw(pen, view);
                stand++;
                pen.unsettled();
                return true;
            }
            make(view, pixels, draw);
            made = key;
        }
        draw(pen, view);
        return true;
    }

    /** Whether the picture made for {@code key}'s scale and look holds {@code view}, at the scale {@code key}. */
    private boolean covers(Key key, Viewport view) {
        if (image == null || made == null || !made.equals(key)) {
            return false;
        }
        double s = made.scale();
        double pixels = made.look().pixels();
        return view.x() >= left - 1e-9
                && view.y() >= top - 1e-9
                && view.x() + view.width() / view.scale() <= left + image.getWidth() / pixels / s + 1e-9
                && view.y() + view.height() / view.scale() <= top + image.getHeight() / pixels / s + 1e-9;
    }

    /**
     * Draws the part of the picture that {@code view} shows on {@code pen}; at the picture's own scale moved by less
     * than half a pixel so that its pixels fall on the surface's (a pan by a fraction of a pixel would blur it).
     * Scaled (a zoom under way), without smoothing: the software rasteriser's filtered scaling cost more than the
     * drawing it stands in for, and the frame is drawn sharp once the zoom rests.
     */
    private void draw(FxPen pen, Viewport view) {
        double s = made.scale();
        double pixels = made.look().pixels();
        double unit = s * pixels;
        double x = left;
        double y = top;
        boolean scaled = s != view.scale();
        if (!scaled) {
            x = view.x() + Math.round((left - view.x()) * unit) / unit;
            y = view.y() + Math.round((top - view.y()) * unit) / unit;
        }
        // Only the picture's pixels under the view, and two more on every side: the rasteriser pays for the whole
        // image drawn, on the surface or not.
        double sx = Math.max(0, Math.floor((view.x() - x) * unit) - 2);
        double sy = Math.max(0, Math.floor((view.y() - y) * unit) - 2);
        double ex = Math.min(image.getWidth(), Math.ceil((view.x() + view.width() / view.scale() - x) * unit) + 2);
        double ey = Math.min(image.getHeight(), Math.ceil((view.y() + view.height() / view.scale() - y) * unit) + 2);
        if (ex <= sx || ey <= sy) {
            return;
        }
        GraphicsContext g = pen.context();
        if (!scaled) {
            // On the surface's own pixels, by whole ones: a transform a rounding error off a translation by whole
            // pixels sends the rasteriser down its path for images transformed (at fit, any scale is such).
            Affine was = g.getTransform();
            Point2D at = was.transform(x + sx / unit, y + sy / unit);
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.drawImage(
                    image,
                    sx,
                    sy,
                    ex - sx,
                    ey - sy,
                    Math.round(at.getX() * pixels) / pixels,
                    Math.round(at.getY() * pixels) / pixels,
                    (ex - sx) / pixels,
                    (ey - sy) / pixels);
            g.setTransform(was);
            return;
        }
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(image, sx, sy, ex - sx, ey - sy, x + sx / unit, y + sy / unit, (ex - sx) / unit, (ey - sy) / unit);
        g.setImageSmoothing(smooth);
    }

    /** How many pictures were made so far. */
    int made() {
        return pictures;
    }

    /** How many frames drew a picture of another scale, standing in during a zoom. */
    int stoodIn() {
        return stand;
    }

    private void make(Viewport view, double pixels, BiConsumer<Pen, Viewport> draw) {
        double s = view.scale();
        // Whole pixels from the view's corner, so that the picture's pixels fall on the surface's.
        double marginX = Math.round(view.width() * MARGIN);
        double marginY = Math.round(view.height() * MARGIN);
        int w = (int) Math.ceil((view.width() + 2 * marginX) * pixels);
        int h = (int) Math.ceil((view.height() + 2 * marginY) * pixels);
        left = view.x() - marginX / s;
        top = view.y() - marginY / s;
        if (canvas == null || canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas = new Canvas(w, h);
            image = new WritableImage(w, h);
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.save();
        g.scale(pixels * s, pixels * s);
        g.translate(-left, -top);
        draw.accept(new FxPen(g), new Viewport(left, top, s, w / pixels, h / pixels));
        g.restore();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        canvas.snapshot(parameters, image);
        pictures++;
    }

    /** The surface's pixels per unit of the canvas: its window's output scale, 1 off screen. */
    private static double pixelScale(GraphicsContext g) {
        var scene = g.getCanvas().getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }
}
