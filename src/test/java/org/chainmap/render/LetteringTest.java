package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Affine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Text on a scaled map is set in screen pixels, where the map's transform would have put it. */
@ExtendWith(ApplicationExtension.class)
class LetteringTest {

    private static WritableImage paint(Consumer<GraphicsContext> drawing) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(240, 120);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, 240, 120);
            g.setFill(Color.BLACK);
            g.setTextBaseline(VPos.CENTER);
            drawing.accept(g);
            image.set(canvas.snapshot(null, null));
        }));
        return image.get();
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inked(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (pixels.getArgb(x, y) != 0xffffffff) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void textOnAScaledMapIsTheScreenTextOfTheScaledFont() throws Exception {
        double scale = 1.75;
        WritableImage onMap = paint(g -> {
            g.translate(-12.5, -30.25);
            g.scale(scale, scale);
            Lettering.fill(new FxPen(g), "恒通电子 Ltd", 20, 40, 12, FontWeight.NORMAL);
        });
        WritableImage onScreen = paint(g -> {
            g.setFont(Fonts.of(12 * scale, FontWeight.NORMAL));
            g.fillText("恒通电子 Ltd", scale * 20 - 12.5, scale * 40 - 30.25);
        });
        assertThat(inked(onMap)).isTrue();
        assertThat(samePixels(onMap, onScreen)).isTrue();
    }

    @Test
    void theMapsTransformIsKeptForWhatComesAfter() throws Exception {
        AtomicReference<Affine> after = new AtomicReference<>();
        paint(g -> {
            g.translate(5, 7);
            g.scale(0.5, 0.5);
            Lettering.fill(new FxPen(g), "电子", 20, 40, 12, FontWeight.BOLD);
            after.set(g.getTransform());
        });
        assertThat(after.get().getMxx()).isEqualTo(0.5);
        assertThat(after.get().getTx()).isEqualTo(5);
        assertThat(after.get().getTy()).isEqualTo(7);
    }

    @Test
    void aTurnedMapKeepsItsTransformForTheText() throws Exception {
        WritableImage turned = paint(g -> {
            g.translate(120, 60);
            g.rotate(30);
            Lettering.fill(new FxPen(g), "电子", 0, 0, 16, FontWeight.NORMAL);
        });
        WritableImage plain = paint(g -> {
            g.translate(120, 60);
            g.rotate(30);
            g.setFont(Fonts.of(16, FontWeight.NORMAL));
            g.fillText("电子", 0, 0);
        });
        assertThat(samePixels(turned, plain)).isTrue();
    }

    @Test
    void aVectorPenGetsTheTextInMapUnitsUnderTheMapsTransform() throws Exception {
        AtomicReference<RecordingPen> pen = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            RecordingPen vector = new RecordingPen(false);
            vector.translate(-12.5, -30.25);
            vector.scale(1.75, 1.75);
            Lettering.fill(vector, "恒通电子 Ltd", 20, 40, 12, FontWeight.NORMAL);
            pen.set(vector);
        }));
        assertThat(pen.get().calls()).containsExactly("fillText");
        assertThat(pen.get().texts().get(0)).containsExactly("恒通电子 Ltd", 20.0, 40.0, 12.0);
        assertThat(pen.get().getTransform().getMxx()).isEqualTo(1.75);
    }
}
