package org.chainmap.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
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
            throw new IllegalArgumentException(
                    "a picture of " + size.width() + " × " + size.height() + " px is larger than " + MAX_SIDE
                            + " px: choose a smaller scale, or at scale 1 a vector export (SVG, PDF)");
        }
        Theme painted = transparent ? theme.withBackground(Color.TRANSPARENT) : theme;
        writeTiles(
                size.width(),
                size.height(),
                BASE_DPI * scale,
                text,
                out,
                progress,
                (g, x, y, width, height) -> picture.paint(g, x, y, width, height, scale, painted));
    }

    /**
     * Writes {@code drawing} whole at {@code scale} pixels per unit, in {@code theme}, to {@code out}. Called from the
     * JavaFX thread, it paints there at once.
     */
    public static void write(Drawing drawing, double scale, Theme theme, OutputStream out) throws IOException {
        int width = (int) Math.ceil(drawing.width() * scale);
        int height = (int) Math.ceil(drawing.height() * scale);
        Viewport whole = new Viewport(0, 0, scale, width, height);
        writeTiles(
                width,
                height,
                BASE_DPI * scale,
                Map.of(),
                out,
                done -> {},
                (g, x, y, tileWidth, tileHeight) -> drawing.paint(
                        g,
                        new Viewport(x / scale, y / scale, scale, tileWidth, tileHeight).tileOf(whole),
                        theme,
                        null));
    }

    /** Paints the tile of a picture's pixels whose top left corner is at (x, y), {@code width} × {@code height}. */
    interface TilePainter {
        /** Paints with {@code g}, whose origin is the tile's top left corner. */
        void paint(Pen g, int x, int y, double width, double height);
    }

    /**
     * Writes a picture of {@code width} × {@code height} pixels at {@code dpi} to {@code out}: {@code painter}
     * paints it on the JavaFX thread a tile at a time, and the rows are encoded here as they come, so that
     * only one strip of tiles is ever in memory. The one way every PNG of ChainMap is made.
     */
    static void writeTiles(
            int width,
            int height,
            double dpi,
            Map<String, String> text,
            OutputStream out,
            Progress progress,
            TilePainter painter)
            throws IOException {
        Map<String, String> chunks = new LinkedHashMap<>(text);
        chunks.putIfAbsent("Software", "ChainMap");
        PngEncoder png = new PngEncoder(out, width, height, dpi, chunks);
        int tileWidth = Math.min(TILE_WIDTH, width);
        int stripHeight = Math.min(STRIP_HEIGHT, height);
        Tiles tiles = HeadlessFx.await(() -> new Tiles(tileWidth, stripHeight));
        byte[] strip = new byte[width * stripHeight * 4];
        for (int top = 0; top < height; top += stripHeight) {
            if (progress.cancelled()) {
                throw new CancellationException("the export was cancelled");
            }
            int rows = Math.min(stripHeight, height - top);
            for (int left = 0; left < width; left += tileWidth) {
                int x = left;
                int y = top;
                int columns = Math.min(tileWidth, width - left);
                HeadlessFx.await(() -> tiles.paint(painter, x, y, columns, rows, strip, width));
            }
            toRgba(strip, width * rows);
            for (int row = 0; row < rows; row++) {
                png.row(strip, row * width * 4);
            }
            progress.worked((double) (top + rows) / height);
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

    /** The canvas a picture is painted on, tile by tile, and its pen; lives on the JavaFX thread. */
    private static final class Tiles {
        private final Canvas canvas;
        private final Pen pen;
        private final WritableImage image;
        private final SnapshotParameters parameters = new SnapshotParameters();

        Tiles(int width, int height) {
            canvas = new Canvas(width, height);
            pen = new FxPen(canvas.getGraphicsContext2D());
            image = new WritableImage(width, height);
            parameters.setFill(Color.TRANSPARENT);
        }

        /** Paints the tile at (x, y) and copies its pixels into {@code strip} at column x. */
        Void paint(TilePainter painter, int x, int y, int columns, int rows, byte[] strip, int stripWidth) {
            painter.paint(pen, x, y, canvas.getWidth(), canvas.getHeight());
            canvas.snapshot(parameters, image);
            image.getPixelReader()
                    .getPixels(0, 0, columns, rows, PixelFormat.getByteBgraInstance(), strip, x * 4, stripWidth * 4);
            return null;
        }
    }
}
