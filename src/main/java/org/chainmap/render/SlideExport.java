package org.chainmap.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

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
        Map<String, String> chunks = new LinkedHashMap<>(text);
        chunks.putIfAbsent("Software", "ChainMap");
        PngEncoder png = new PngEncoder(out, width, height, dpi, chunks);
        Viewport view = slide.viewport(width, height);
        int tileWidth = Math.min(TILE_WIDTH, width);
        int stripHeight = Math.min(STRIP_HEIGHT, height);
        Tiles tiles = onFx(() -> new Tiles(tileWidth, stripHeight));
        byte[] strip = new byte[width * stripHeight * 4];
        for (int top = 0; top < height; top += stripHeight) {
            int rows = Math.min(stripHeight, height - top);
            for (int left = 0; left < width; left += tileWidth) {
                int x = left;
                int y = top;
                int columns = Math.min(tileWidth, width - left);
                onFx(() -> tiles.paint(slide, view, theme, words, x, y, columns, rows, strip, width));
            }
            for (int i = 0; i < width * rows * 4; i += 4) {
                byte blue = strip[i];
                strip[i] = strip[i + 2];
                strip[i + 2] = blue;
            }
            for (int row = 0; row < rows; row++) {
                png.row(strip, row * width * 4);
            }
        }
        png.finish();
    }

    private interface FxWork<T> {
        T run();
    }

    private static <T> T onFx(FxWork<T> work) throws IOException {
        try {
            return HeadlessFx.call(work::run);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the slide was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("the slide could not be painted: " + e.getCause(), e.getCause());
        }
    }

    /** The canvas a slide is painted on, tile by tile; lives on the JavaFX thread. */
    private static final class Tiles {
        private final Canvas canvas;
        private final WritableImage image;
        private final SnapshotParameters parameters = new SnapshotParameters();

        Tiles(int width, int height) {
            canvas = new Canvas(width, height);
            image = new WritableImage(width, height);
            parameters.setFill(Color.TRANSPARENT);
        }

        Void paint(
                Slide slide,
                Viewport view,
                Theme theme,
                Words words,
                int x,
                int y,
                int columns,
                int rows,
                byte[] strip,
                int stripWidth) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.save();
            g.translate(-x, -y);
            slide.paint(g, view, theme, words.paintWords());
            g.restore();
            canvas.snapshot(parameters, image);
            image.getPixelReader()
                    .getPixels(0, 0, columns, rows, PixelFormat.getByteBgraInstance(), strip, x * 4, stripWidth * 4);
            return null;
        }
    }
}
