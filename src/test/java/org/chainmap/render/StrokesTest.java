package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Clipping a segment to the view: what is kept lies inside and on the segment. */
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
}
