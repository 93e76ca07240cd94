package org.chainmap.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javafx.application.Platform;

/**
 * Writes a {@link Slide} as a PNG of a screen's size (1920 × 1080 at 96 dpi, larger at a higher density,
 * the same slide in finer pixels): painted on the JavaFX thread a tile at a time, as the screen paints it,
 * and encoded on the calling thread.
 */
public final class SlideExport {

    /** A slide's width at 96 dpi, in pixels: a full-HD screen's. */
    public static final int WIDTH = 1920;

    /** A slide's height at 96 dpi, in pixels. */
    public static final int HEIGHT = 1080;

    private static final int TILE_WIDTH = 2048;
    private static final int STRIP_HEIGHT = 540;

    private SlideExport() {}

    /** The size in pixels of a slide at {@code dpi}: {@code [width, height]}. */
    public static int[] size(double dpi) {
        double scale = dpi / PngExport.BASE_DPI;
        return new int[] {(int) Math.round(WIDTH * scale), (int) Math.round(HEIGHT * scale)};
    }

    /**
     * Writes {@code slide} at {@code dpi} in {@code theme} with {@code words} to {@code out}, with the PNG text
     * chunks {@code text}. Call it off the JavaFX thread, with the toolkit running.
     */
    public static void write(
            Slide slide, double dpi, Theme theme, Words words, Map<String, String> text, OutputStream out)
            throws IOException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a slide is written off the JavaFX thread");
        }
        int[] size = size(dpi);
        int width = size[0];
        int height = size[1];
        Viewport view = slide.viewport(width, height);
        PaintWords paintWords = words.paintWords();
        PngExport.writeTiles(width, height, dpi, text, out, done -> {}, (g, x, y, tileWidth, tileHeight) -> {
            g.clearRect(0, 0, tileWidth, tileHeight);
            g.save();
            g.translate(-x, -y);
            slide.paint(g, view, theme, paintWords);
            g.restore();
        });
    }
}
