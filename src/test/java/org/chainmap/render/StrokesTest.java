package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.shape.StrokeLineCap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Clipping a segment to the view: what is kept lies inside and on the segment; how dashes end. */
@ExtendWith(ApplicationExtension.class)
class StrokesTest {

    private final double[] out = new double[4];

    @Test
    void keepsThePartInsideTheRectangle() {
        assertThat(Strokes.clip(-10, 5, 30, 5, 0, 0, 20, 10, out)).isTrue();
        assertThat(out).containsExactly(new double[] {0, 5, 20, 5}, within(1e-9));
        assertThat(Strokes.clip(5, -100, 5, 100, 0, 0, 20, 10, out)).isTrue();
        assertThat(out).containsExactly(new double[] {5, 0, 5, 10}, within(1e-9));
        // A diagonal through a corner region: both ends move onto the edges, on the line.
        assertThat(Strokes.clip(-10, -10, 30, 30, 0, 0, 20, 10, out)).isTrue();
        assertThat(out).containsExactly(new double[] {0, 0, 10, 10}, within(1e-9));
    }

    @Test
    void dropsWhatLiesOutsideAndKeepsWhatLiesInside() {
        assertThat(Strokes.clip(-10, 20, 30, 20, 0, 0, 20, 10, out)).isFalse();
        assertThat(Strokes.clip(25, 0, 25, 10, 0, 0, 20, 10, out)).isFalse();
        assertThat(Strokes.clip(2, 3, 4, 5, 0, 0, 20, 10, out)).isTrue();
        assertThat(out).containsExactly(2, 3, 4, 5);
    }

    private static StrokeLineCap endsOfDashes(double width, double scale, double[] pattern) throws Exception {
        AtomicReference<StrokeLineCap> cap = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Pen g = new FxPen(new Canvas(10, 10).getGraphicsContext2D());
            g.setLineWidth(width);
            Strokes.dashes(g, new Viewport(0, 0, scale, 10, 10), pattern);
            cap.set(g.getLineCap());
        }));
        return cap.get();
    }

    @Test
    void dashesOfAThinLineEndSquareAndTheRestRound() throws Exception {
        double[] dashes = {3, 3};
        assertThat(endsOfDashes(1, 1, dashes)).isEqualTo(StrokeLineCap.SQUARE);
        assertThat(endsOfDashes(0.8, 1.8, dashes)).isEqualTo(StrokeLineCap.SQUARE);
        assertThat(endsOfDashes(1, 2, dashes)).as("two pixels wide").isEqualTo(StrokeLineCap.ROUND);
        assertThat(endsOfDashes(2.2, 1, dashes)).isEqualTo(StrokeLineCap.ROUND);
        assertThat(endsOfDashes(1, 1, null)).as("solid").isEqualTo(StrokeLineCap.ROUND);
    }

    @Test
    void aVectorPenKeepsRoundEndsAndDashesUnderAPixel() {
        RecordingPen vector = new RecordingPen(false);
        vector.setLineWidth(1);
        Strokes.dashes(vector, new Viewport(0, 0, 1, 10, 10), new double[] {3, 3});
        assertThat(vector.getLineCap()).isEqualTo(StrokeLineCap.ROUND);
        Viewport far = new Viewport(0, 0, 0.1, 10, 10);
        assertThat(Strokes.dashed(vector, far, 3)).isTrue();
        assertThat(Strokes.dashed(new RecordingPen(true), far, 3)).isFalse();
        assertThat(Strokes.dashed(new RecordingPen(true), new Viewport(0, 0, 0.5, 10, 10), 3))
                .isTrue();
    }
}
