package org.chainmap.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Writes a {@link Picture} as a PNG of any size: painted on the JavaFX thread a tile at a time into a
 * small canvas, and encoded a strip of rows at a time on the calling thread, so that neither the memory
 * nor the JavaFX thread is held for long. A 16,000 px picture needs about 16,000 × 512 × 4 bytes at once.
 */
public final class PngExport {

    /** The largest side a picture may have, in pixels. */
    public static final int MAX_SIDE = 100_000;

    /** The pixel density of scale 1: what the screen shows at 100%. */
    public static final double BASE_DPI = 96;

    private static final int TILE_WIDTH = 2048;
    private static final int STRIP_HEIGHT = 512;

    /** How an export reports what it has done and learns that it should stop. */
    public interface Progress {
        /** The share of the picture written so far, from 0 to 1. */
        void worked(double done);

        /** Whether the export should stop (it then throws {@link CancellationException}). */
        default boolean cancelled() {
            return false;
        }
    }

    /**
     * A picture's size in pixels.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     */
    public record Size(int width, int height) {

        /** Whether the picture fits {@link #MAX_SIDE}. */
        public boolean fits() {
            return width <= MAX_SIDE && height <= MAX_SIDE;
        }
    }

    private PngExport() {}

    /** The size of {@code picture} at {@code scale} pixels per map unit. */
    public static Size size(Picture picture, double scale) {
        return new Size((int) Math.ceil(picture.width() * scale), (int) Math.ceil(picture.height() * scale));
    }

    /**
     * Writes {@code picture} at {@code scale} pixels per map unit, in {@code theme}, to {@code out}; with
     * {@code transparent}, the background is left transparent. Call it from any thread but the JavaFX one
     * (the toolkit must be running): the painting goes to the JavaFX thread, the encoding stays here.
     *
     * @throws IllegalArgumentException when the picture would be larger than {@link #MAX_SIDE}
     * @throws CancellationException when {@code progress} asks to stop
     */
    public static void write(
            Picture picture,
            double scale,
            Theme theme,
            boolean transparent,
            Map<String, String> text,
            OutputStream out,
            Progress progress)
            throws IOException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a picture is written off the JavaFX thread");
        }
        Size size = size(picture, scale);
        if (!size.fits()) {
            throw new IllegalArgumentException("a picture of " + size.width() + " × " + size.height()
                    + " px is larger than " + MAX_SIDE + " px: choose a smaller scale");
        }
        Theme painted = transparent ? theme.withBackground(Color.TRANSPARENT) : theme;
        Map<String, String> chunks = new LinkedHashMap<>(text);
        chunks.putIfAbsent("Software", "ChainMap");
        PngEncoder png = new PngEncoder(out, size.width(), size.height(), BASE_DPI * scale, chunks);
        int tileWidth = Math.min(TILE_WIDTH, size.width());
        int stripHeight = Math.min(STRIP_HEIGHT, size.height());
        Tiles tiles = onFx(() -> new Tiles(tileWidth, stripHeight));
        byte[] strip = new byte[size.width() * stripHeight * 4];
        for (int top = 0; top < size.height(); top += stripHeight) {
            if (progress.cancelled()) {
                throw new CancellationException("the export was cancelled");
            }
            int rows = Math.min(stripHeight, size.height() - top);
            for (int left = 0; left < size.width(); left += tileWidth) {
                int x = left;
                int y = top;
                int columns = Math.min(tileWidth, size.width() - left);
                onFx(() -> tiles.paint(picture, painted, scale, x, y, columns, rows, strip, size.width()));
            }
            toRgba(strip, size.width() * rows);
            for (int row = 0; row < rows; row++) {
                png.row(strip, row * size.width() * 4);
            }
            progress.worked((double) (top + rows) / size.height());
        }
        png.finish();
    }

    /** JavaFX gives BGRA; PNG wants RGBA. */
    private static void toRgba(byte[] pixels, int count) {
        for (int i = 0; i < count * 4; i += 4) {
            byte blue = pixels[i];
            pixels[i] = pixels[i + 2];
            pixels[i + 2] = blue;
        }
    }

    private static <T> T onFx(Supplier<T> work) throws IOException {
        try {
            return HeadlessFx.call(work::get);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the export was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("the picture could not be painted: " + e.getCause(), e.getCause());
        }
    }

    /** The canvas a picture is painted on, tile by tile; lives on the JavaFX thread. */
    private static final class Tiles {
        private final Canvas canvas;
        private final WritableImage image;
        private final SnapshotParameters parameters = new SnapshotParameters();

        Tiles(int width, int height) {
            canvas = new Canvas(width, height);
            image = new WritableImage(width, height);
            parameters.setFill(Color.TRANSPARENT);
        }

        /** Paints the tile at (x, y) and copies its pixels into {@code strip} at column x. */
        Void paint(
                Picture picture,
                Theme theme,
                double scale,
                int x,
                int y,
                int columns,
                int rows,
                byte[] strip,
                int stripWidth) {
            picture.paint(canvas.getGraphicsContext2D(), x, y, canvas.getWidth(), canvas.getHeight(), scale, theme);
            canvas.snapshot(parameters, image);
            image.getPixelReader()
                    .getPixels(0, 0, columns, rows, PixelFormat.getByteBgraInstance(), strip, x * 4, stripWidth * 4);
            return null;
        }
    }
}
