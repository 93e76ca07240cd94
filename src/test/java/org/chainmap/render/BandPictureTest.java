package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.chainmap.layout.Rect;
import org.chainmap.layout.SegmentBands;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the screen's pen the bands are kept as a picture while the view pans at one scale: made at the second frame of
 * a scale, drawn again while the view stays inside it, made again when it leaves it; a frame of a new scale draws
 * them directly. The picture looks as the bands drawn directly do.
 */
class BandPictureTest {

    private static final int W = 400;
    private static final int H = 300;

    @BeforeAll
    static void start() {
        HeadlessFx.start();
    }

    @Test
    void thePictureIsMadeOncePerScaleAndPlaceAndLooksAsTheBandsDo() throws Exception {
        BandPainter painter = new BandPainter(bands());
        BandPainter direct = new BandPainter(bands());
        Map<String, Rect> boxes = boxes();
        HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(W, H);
            FxPen screen = new FxPen(canvas.getGraphicsContext2D(), true);
            FxPen once = new FxPen(canvas.getGraphicsContext2D());
            Viewport view = new Viewport(-10, -10, 0.8, W, H);

            frame(painter, screen, view, boxes);
            assertThat(painter.pictures())
                    .as("the first frame of a scale is drawn directly")
                    .isZero();
            WritableImage kept = frame(painter, screen, view, boxes);
            assertThat(painter.pictures()).as("the second makes the picture").isEqualTo(1);
            WritableImage drawn = frame(direct, once, view, boxes);
            assertThat(direct.pictures()).as("a pen of one picture keeps none").isZero();
            assertThat(differing(kept, drawn))
                    .as("pixels differing from the bands drawn directly")
                    .isLessThan(W * H / 500);

            frame(painter, screen, moved(view, 40, 25), boxes);
            frame(painter, screen, moved(view, -60, 0), boxes);
            assertThat(painter.pictures()).as("panning inside the picture").isEqualTo(1);
            frame(painter, screen, moved(view, 150, 0), boxes);
            assertThat(painter.pictures()).as("panning out of it makes another").isEqualTo(2);
            frame(painter, screen, new Viewport(190, 0, 0.9, W, H), boxes);
            assertThat(painter.pictures()).as("a new scale makes no picture").isEqualTo(2);
            assertThat(painter.stoodIn())
                    .as("the last picture, which holds the view, stands in scaled")
                    .isEqualTo(1);
            frame(painter, screen, new Viewport(-400, -300, 0.5, W, H), boxes);
            assertThat(painter.stoodIn())
                    .as("a view the last picture does not hold is drawn directly")
                    .isEqualTo(1);
            frame(painter, screen, moved(view, 30, 30), boxes);
            assertThat(painter.pictures())
                    .as("back to the first scale, away from its picture")
                    .isEqualTo(2);
            WritableImage panned = frame(painter, screen, moved(view, 30, 30), boxes);
            assertThat(painter.pictures()).isEqualTo(3);
            assertThat(differing(panned, frame(direct, once, moved(view, 30, 30), boxes)))
                    .as("after a pan too")
                    .isLessThan(W * H / 500);
            return null;
        });
    }

    private static Viewport moved(Viewport view, double dx, double dy) {
        return new Viewport(
                view.x() + dx / view.scale(), view.y() + dy / view.scale(), view.scale(), view.width(), view.height());
    }

    private static WritableImage frame(BandPainter painter, FxPen pen, Viewport view, Map<String, Rect> boxes) {
        pen.save();
        pen.setFill(Theme.LIGHT.background());
        pen.fillRect(0, 0, W, H);
        pen.translate(-view.x() * view.scale(), -view.y() * view.scale());
        pen.scale(view.scale(), view.scale());
        painter.paint(pen, view, Theme.LIGHT, boxes, null);
        pen.restore();
        return pen.context().getCanvas().snapshot(null, null);
    }

    /** How many pixels differ by more than 8 in a channel. */
    private static int differing(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = ra.getArgb(x, y);
                int q = rb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > 8) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    private static Map<String, Rect> boxes() {
        Map<String, Rect> boxes = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            boxes.put("a" + i, new Rect(0, i * 120, 90, 70));
            boxes.put("b" + i, new Rect(420, i * 120, 90, 70));
        }
        return boxes;
    }

    private static List<SegmentBands.Band> bands() {
        List<SegmentBands.Band> bands = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bands.add(new SegmentBands.Band("a" + i, "b" + (3 - i), 2 + 5 * i, 0, true, false));
        }
        bands.add(new SegmentBands.Band("a0", "b1", 7, 0, true, true));
        return bands;
    }
}
