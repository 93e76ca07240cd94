package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Solid lines thinner than a pixel: their level and upright pieces are rectangles, with the stroke's pixels. */
@ExtendWith(ApplicationExtension.class)
class HairlinesTest {

    /** The links' colour, translucent as theirs is, where laying it twice shows. */
    private static final Color LINK = Color.web("#1e63b5b2");

    private static final Viewport HALF = new Viewport(0, 0, 0.5, 400, 300);

    /** A pen under the map's transform of {@code view}, as the painters set it, with links' lines. */
    private static RecordingPen recording(boolean pixels, Viewport view, double width) {
        RecordingPen pen = new RecordingPen(pixels);
        pen.translate(-view.x() * view.scale(), -view.y() * view.scale());
        pen.scale(view.scale(), view.scale());
        pen.setLineWidth(width);
        pen.setStroke(LINK);
        return pen;
    }

    private static List<double[]> route(double... xy) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new double[] {xy[i], xy[i + 1]});
        }
        return points;
    }

    @Test
    void onlySolidLinesThinnerThanAPixelOnAPenOfPixels() {
        assertThat(Hairlines.fit(recording(true, HALF, 1), HALF)).isTrue();
        assertThat(Hairlines.fit(recording(true, HALF, 1.9), HALF)).isTrue();
        assertThat(Hairlines.fit(recording(true, HALF, 2), HALF))
                .as("a pixel wide")
                .isFalse();
        Viewport full = new Viewport(0, 0, 1, 400, 300);
        assertThat(Hairlines.fit(recording(true, full, 1), full))
                .as("a pixel wide at 100%")
                .isFalse();
        assertThat(Hairlines.fit(recording(true, full, 0.8), full)).isTrue();
        assertThat(Hairlines.fit(recording(false, HALF, 1), HALF))
                .as("a vector pen")
                .isFalse();
        RecordingPen dashed = recording(true, HALF, 1);
        dashed.setLineDashes(3, 3);
        assertThat(Hairlines.fit(dashed, HALF)).as("dashed").isFalse();
    }

    @Test
    void levelAndUprightPiecesAreRectanglesAndASlantingLineIsStroked() {
        RecordingPen pen = recording(true, HALF, 1);
        Hairlines lines = new Hairlines(pen, HALF);
        lines.add(HALF, route(10, 10, 10, 200, 300, 200));
        assertThat(lines.stroking()).isFalse();
        lines.fill();
        assertThat(pen.calls()).containsExactly("fillRect", "fillRect");
        assertThat(pen.getFill()).as("the pen's fill is kept").isEqualTo(Color.BLACK);
        Hairlines slanting = new Hairlines(pen, HALF);
        slanting.add(HALF, route(10, 10, 300, 200));
        assertThat(slanting.stroking()).isTrue();
        assertThat(pen.calls()).endsWith("moveTo", "lineTo");
    }

    @Test
    void linesSharingATrackAreLaidOnce() {
        RecordingPen pen = recording(true, HALF, 1);
        Hairlines lines = new Hairlines(pen, HALF);
        // Two links down one trunk, leaving it at two heights; and two more on tracks a fifth of a unit apart.
        lines.add(HALF, route(10, 0, 10, 100, 50, 100));
        lines.add(HALF, route(10, 0, 10, 60, 50, 60));
        lines.add(HALF, route(100, 0, 100, 400));
        lines.add(HALF, route(100.2, 100, 100.2, 300));
        lines.fill();
        // The trunk once; the tracks as one rectangle above and below, two spans merged in the middle; the
        // two level pieces.
        assertThat(pen.count("fillRect")).isEqualTo(1 + 3 + 2);
    }

    private static WritableImage paint(Viewport view, boolean hairlines, List<List<double[]>> routes) throws Exception {
        return Snapshots.paint(view, (g, v) -> {
            g.setStroke(LINK);
            g.setLineWidth(1);
            Hairlines lines = new Hairlines(g, v);
            g.beginPath();
            for (List<double[]> route : routes) {
                if (hairlines) {
                    lines.add(v, route);
                } else {
                    Strokes.add(g, v, route);
                }
            }
            if (hairlines) {
                lines.fill();
            } else {
                g.stroke();
            }
        });
    }

    /** Views at the zooms where links are hairlines, at fractions of a pixel. */
    private static final Viewport[] VIEWS = {
        new Viewport(0, 0, 0.5, 320, 200),
        new Viewport(-3.3, 7.7, 0.42, 320, 200),
        new Viewport(12.25, -40.4, 0.6, 320, 200),
        new Viewport(-1.1, 0.45, 0.75, 320, 200),
        new Viewport(-500.5, -300.2, 0.13, 320, 200),
    };

    @Test
    void tracksOfABusyChannelGiveTheStrokesPixels() throws Exception {
        // Upright tracks 0.14 units apart, as in a channel of the 10,000-firm chain, of different lengths, some
        // on one track, and some beyond the view.
        List<List<double[]>> routes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double x = 100 + 0.14 * i + (i > 6 ? 3.3 : 0);
            routes.add(route(x, 20 + 17.3 * i, x, 180 + 31.1 * i));
            routes.add(route(x, 40 + 11.9 * i, x, 90 + 13.7 * i));
        }
        routes.add(route(250.6, -1000, 250.6, 2000));
        routes.add(route(-1000, 10.3, 240, 10.3));
        for (Viewport view : VIEWS) {
            int difference = Snapshots.largestDifference(paint(view, false, routes), paint(view, true, routes));
            // Up to how each rounds an edge pixel's coverage, the square ends of the tracks (round ones stroked),
            // and where a track ends beside others: the pieces above and below share that row of pixels, and
            // each lays its part of it (up to 18/255 lighter).
            assertThat(difference).as(view.toString()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void whereLinesMeetOrCrossTheyAreAFractionOfAPixelDarker() throws Exception {
        List<List<double[]>> routes = List.of(
                route(20.5, 30.2, 120.5, 30.2, 120.5, 250.7, 300.1, 250.7),
                route(20.5, 80.6, 120.5, 80.6),
                route(60.3, 10, 60.3, 300));
        for (Viewport view : VIEWS) {
            int difference = Snapshots.largestDifference(paint(view, false, routes), paint(view, true, routes));
            assertThat(difference).as(view.toString()).isLessThanOrEqualTo(48);
        }
    }
}
