package org.chainmap.render;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.chainmap.layout.Rect;

/**
 * The bands of one zoom kept as a picture while the view only pans (decision 0029): on a pen of {@linkplain
 * FxPen#frames() frames}, the software rasteriser paid for every band's rows again each frame (8-10 ms of a 14-20 ms
 * frame at fit and 25%), for the same pixels. The picture covers the view and a quarter of it on every side, and is
 * drawn again as it is for every frame of the same scale, theme and focus that stays inside it; a frame at a scale
 * not seen in the frame before (a zoom under way) draws its bands directly, so that zooming costs what it did, and
 * the next frame at that scale makes the picture. Bands are composited as one layer, which is what drawing them one
 * after the other over the background gives (source-over is associative).
 */
final class BandLayer {

    /** The share of the view's width and height the picture reaches beyond it on every side. */
    static final double MARGIN = 0.25;

    /** What a picture depends on besides the part of the map it covers. */
    private record Key(
            double scale, double width, double height, double pixels, Theme theme, Set<String> focus, Object boxes) {}

    private Key seen;
    private Key made;
    private WritableImage image;
    private Canvas canvas;
    /** The map area the picture covers, at its scale: left, top (map units). */
    private double left;

    private double top;
    /** Pictures made, for tests. */
    private int pictures;

    /**
     * Draws the bands {@code draw} paints (on a pen, seen through a view) as the picture for {@code view} on {@code
     * pen}, in the map units {@code pen} is set to, making the picture when the view left it; returns {@code false},
     * drawing nothing, for the first frame of a scale.
     */
    boolean paint(
            FxPen pen,
            Viewport view,
            Theme theme,
            Map<String, Rect> boxes,
            Set<String> focus,
            BiConsumer<Pen, Viewport> draw) {
        double pixels = pixelScale(pen.context());
        Key key = new Key(
                view.scale(),
                view.width(),
                view.height(),
                pixels,
                theme,
                focus == null ? null : Set.copyOf(focus),
                boxes);
        boolean again = key.equals(seen);
        seen = key;
        double s = view.scale();
        boolean inside = image != null
                && key.equals(made)
                && view.x() >= left
                && view.y() >= top
                && view.x() + view.width() / s <= left + image.getWidth() / pixels / s
                && view.y() + view.height() / s <= top + image.getHeight() / pixels / s;
        if (!inside) {
            if (!again) {
                return false;
            }
            make(view, pixels, draw);
            made = key;
        }
        GraphicsContext g = pen.context();
        g.drawImage(image, left, top, image.getWidth() / pixels / s, image.getHeight() / pixels / s);
        return true;
    }

    /** How many pictures were made so far. */
    int made() {
        return pictures;
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
