package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the screen's pen the middle level is kept as a picture while the view pans (decision 0044): made at the
 * second frame of a scale and drawn again while the view stays inside it, looking as the level drawn directly; a
 * zoom draws the last picture scaled and asks for a frame once it rests, which makes the sharp one; a new focus is
 * drawn directly; a picture's pen (an export) keeps none.
 */
class MiddleLayerTest {

    private static final int W = 640;
    private static final int H = 420;

    @BeforeAll
    static void start() {
        HeadlessFx.start();
    }

    @Test
    void theMiddleLevelIsKeptPerScaleAndLooksAsWhenDrawnDirectly() throws Exception {
        RegionMap map = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        Chain power = map.chain("power").orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(map, power);
        ChainPainter painter =
                new ChainPainter(map, power, geometry, GapAnalysis.of(map).get(0));
        ChainPainter direct =
                new ChainPainter(map, power, geometry, GapAnalysis.of(map).get(0));
        HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(W, H);
            FxPen screen = new FxPen(canvas.getGraphicsContext2D(), true);
            int[] unsettled = {0};
            screen.onUnsettled(() -> unsettled[0]++);
            FxPen once = new FxPen(canvas.getGraphicsContext2D());
            Viewport view = new Viewport(40, 30, 0.75, W, H);
            assertThat(painter.level(view)).isEqualTo(ZoomLevel.MIDDLE);

            frame(painter, screen, view);
            assertThat(painter.middlePictures()[0])
                    .as("the first frame of a scale is drawn directly")
                    .isZero();
            WritableImage kept = frame(painter, screen, view);
            assertThat(painter.middlePictures()[0])
                    .as("the second makes the picture")
                    .isEqualTo(1);
            assertThat(differing(kept, frame(direct, once, view)))
                    .as("pixels differing from the level drawn directly")
                    .isLessThan(W * H / 500);
            assertThat(direct.middlePictures()[0])
                    .as("a pen of one picture keeps none")
                    .isZero();

            Viewport panned = moved(view, 37, -21);
            WritableImage pan = frame(painter, screen, panned);
            assertThat(painter.middlePictures()[0])
                    .as("panning inside the picture")
                    .isEqualTo(1);
            assertThat(differing(pan, frame(direct, once, panned)))
                    .as("after a pan")
                    .isLessThan(W * H / 500);

            Viewport zoomed = new Viewport(60, 50, 0.7, W, H);
            frame(painter, screen, zoomed);
            assertThat(painter.middlePictures())
                    .as("a zoom step draws the picture scaled, making none")
                    .containsExactly(1, 1);
            assertThat(unsettled[0])
                    .as("and asks for a frame once the zoom rests")
                    .isEqualTo(1);
            WritableImage settled = frame(painter, screen, zoomed);
            assertThat(painter.middlePictures())
                    .as("that frame makes the sharp picture")
                    .containsExactly(2, 1);
            assertThat(differing(settled, frame(direct, once, zoomed)))
                    .as("sharp once the zoom rests")
                    .isLessThan(W * H / 500);

            painter.focus(Set.of(power.segments().get(0).id()), Set.of());
            direct.focus(Set.of(power.segments().get(0).id()), Set.of());
            frame(painter, screen, new Viewport(60, 50, 0.72, W, H));
            assertThat(painter.middlePictures())
                    .as("a picture of another focus does not stand in")
                    .containsExactly(2, 1);
            WritableImage focused = frame(painter, screen, new Viewport(60, 50, 0.72, W, H));
            assertThat(painter.middlePictures()[0]).isEqualTo(3);
            assertThat(differing(focused, frame(direct, once, new Viewport(60, 50, 0.72, W, H))))
                    .as("with a focus")
                    .isLessThan(W * H / 500);
            assertThat(unsettled[0]).isEqualTo(1);
            return null;
        });
    }

    private static Viewport moved(Viewport view, double dx, double dy) {
        return new Viewport(
                view.x() + dx / view.scale(), view.y() + dy / view.scale(), view.scale(), view.width(), view.height());
    }

    private static WritableImage frame(ChainPainter painter, FxPen pen, Viewport view) {
        pen.clearRect(0, 0, W, H);
        painter.paint(pen, view, Theme.LIGHT, PaintWords.CHINESE);
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
}
