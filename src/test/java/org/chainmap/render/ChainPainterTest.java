package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Paints the Hengyang power chain headless and checks the picture where the layout says things are. */
@ExtendWith(ApplicationExtension.class)
class ChainPainterTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
    private static final Chain POWER = MAP.chain("power").orElseThrow();

    private static WritableImage paint(ChainGeometry geometry, Viewport view, Theme theme) throws Exception {
        ChainReport report = GapAnalysis.of(MAP).get(0);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(view.width(), view.height());
            new ChainPainter(MAP, POWER, geometry, report)
                    .paint(canvas.getGraphicsContext2D(), view, theme, PaintWords.CHINESE);
            image.set(canvas.snapshot(null, null));
        }));
        return image.get();
    }

    private static java.awt.image.BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        java.awt.image.BufferedImage out =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }

    private static Color at(PixelReader pixels, Viewport view, double mapX, double mapY) {
        return pixels.getColor(
                (int) Math.round((mapX - view.x()) * view.scale()), (int) Math.round((mapY - view.y()) * view.scale()));
    }

    @Test
    void drawsBoxesCardsAndGapsWhereTheLayoutPutsThem() throws Exception {
        ChainGeometry geometry = ChainLayouter.layout(MAP, POWER);
        Viewport view = new Viewport(0, 0, 1, Math.ceil(geometry.width()), Math.ceil(geometry.height()));
        WritableImage image = paint(geometry, view, Theme.LIGHT);
        Path out = Path.of("target/render/power-light.png");
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(toBuffered(image), "png", out.toFile());
        PixelReader pixels = image.getPixelReader();
        // A missing segment (取向硅钢) is framed in the gap colour, dashed: some of its top edge is red.
        Rect steel = geometry.segments().get("power.silicon-steel");
        long red = 0;
        for (double x = steel.x() + 10; x < steel.right() - 10; x++) {
            Color c = at(pixels, view, x, steel.y());
            if (c.getRed() > 0.6 && c.getGreen() < 0.35) {
                red++;
            }
        }
        assertThat(red).isGreaterThan(20);
        // A local firm's card is filled with the card colour, away from its text.
        Rect tbea = geometry.cards().get("tbea-hy");
        assertThat(at(pixels, view, tbea.right() - 3, tbea.centerY())).isEqualTo(Theme.LIGHT.card());
        // The background shows outside the columns.
        assertThat(at(pixels, view, 2, 2)).isEqualTo(Theme.LIGHT.background());
    }

    @Test
    void drawsOnlyWhatTheViewportSeesAndDropsUnreadableText() throws Exception {
        ChainGeometry geometry = ChainLayouter.layout(MAP, POWER);
        Viewport far = Viewport.fit(geometry.width(), geometry.height(), 200, 120);
        assertThat(far.scale()).isLessThan(0.4);
        WritableImage image = paint(geometry, far, Theme.DARK);
        assertThat(image.getWidth()).isEqualTo(200);
        Rect outside = new Rect(geometry.width() + 100, 0, 10, 10);
        assertThat(far.sees(outside.x(), outside.y(), outside.width(), outside.height()))
                .isFalse();
    }
}
