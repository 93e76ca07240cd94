package org.chainmap.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Canvas snapshots of the painter tests, written as PNGs to look at. */
final class Snapshots {

    private Snapshots() {}

    /** The snapshot as an AWT image (javafx.swing is not on the class path). */
    static BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }

    /** Writes the snapshot to {@code file} as a PNG, making its folder. */
    static void write(WritableImage image, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(toBuffered(image), "png", file.toFile());
    }

    /**
     * What {@code drawing} paints through {@code view} with an {@link FxPen} on a white canvas of the view's size:
     * the map's transform set and round line ends, as a painter starts.
     */
    static WritableImage paint(Viewport view, BiConsumer<Pen, Viewport> drawing) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(view.width(), view.height());
            Pen g = new FxPen(canvas.getGraphicsContext2D());
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, view.width(), view.height());
            g.translate(-view.x() * view.scale(), -view.y() * view.scale());
            g.scale(view.scale(), view.scale());
            g.setLineCap(StrokeLineCap.ROUND);
            drawing.accept(g, view);
            image.set(canvas.snapshot(null, null));
        }));
        return image.get();
    }

    /** The largest difference of a colour channel (alpha included) between the two pictures, in 1/255. */
    static int largestDifference(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int largest = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int ca = pa.getArgb(x, y);
                int cb = pb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs((ca >> shift & 0xff) - (cb >> shift & 0xff)));
                }
            }
        }
        return largest;
    }
}
