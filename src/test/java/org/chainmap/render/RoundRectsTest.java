package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiConsumer;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.chainmap.layout.Rect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A rounded rectangle whose corners the view does not see draws the pixels of the rounded one, cheaper. */
@ExtendWith(ApplicationExtension.class)
class RoundRectsTest {

    /** A segment box far taller than the view, as in the middle of a chain of thousands of firms. */
    private static final Rect TALL = new Rect(20.3, -40_000, 196, 90_000);

    /** Views of its middle, and of its ends: at 100%, zoomed in and out, at fractions of a pixel. */
    private static final Viewport[] VIEWS = {
        new Viewport(0, 0, 1, 320, 200),
        new Viewport(-13.7, 1234.56, 1, 320, 200),
        new Viewport(5.25, 777.125, 2, 320, 200),
        new Viewport(-60.4, -3001.3, 0.5, 320, 200),
        new Viewport(10.1, 42.42, 1.37, 320, 200),
        new Viewport(-13.7, -40_050.3, 1, 320, 200),
        new Viewport(0.4, -40_010.6, 2.5, 320, 200),
        new Viewport(-30.2, 49_900.45, 1, 320, 200),
        new Viewport(-250.5, 49_700.2, 0.42, 320, 200),
    };

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
    void fillsWhatTheRoundedRectangleFills() throws Exception {
        for (Viewport view : VIEWS) {
            WritableImage rounded = Snapshots.paint(view, (g, v) -> {
                g.setFill(Color.web("#1e63b5"));
                g.fillRoundRect(TALL.x(), TALL.y(), TALL.width(), TALL.height(), 8, 8);
            });
            WritableImage cheap = Snapshots.paint(view, (g, v) -> {
                g.setFill(Color.web("#1e63b5"));
                RoundRects.fill(g, v, TALL, 8);
            });
            assertThat(inked(rounded)).as(view.toString()).isTrue();
            // Both renderers cover an edge pixel by the part the edge leaves inside it, rounded their own way.
            assertThat(Snapshots.largestDifference(rounded, cheap))
                    .as(view.toString())
                    .isLessThanOrEqualTo(2);
        }
    }

    @Test
    void outlinesWhatTheRoundedRectangleOutlinesSolidOrDashed() throws Exception {
        double[][] patterns = {null, {5, 4}, {3, 3}};
        for (double[] pattern : patterns) {
            for (double width : new double[] {1, 1.8}) {
                for (Viewport view : VIEWS) {
                    BiConsumer<Pen, Viewport> style = (g, v) -> {
                        g.setStroke(Color.web("#c62828"));
                        g.setLineWidth(width);
                        g.setLineDashes(pattern);
                    };
                    WritableImage rounded = Snapshots.paint(view, (g, v) -> {
                        style.accept(g, v);
                        g.strokeRoundRect(TALL.x(), TALL.y(), TALL.width(), TALL.height(), 8, 8);
                    });
                    WritableImage cheap = Snapshots.paint(view, (g, v) -> {
                        style.accept(g, v);
                        RoundRects.stroke(g, v, TALL, 8);
                    });
                    String what = view + ", width " + width + ", dashes " + java.util.Arrays.toString(pattern);
                    assertThat(inked(rounded)).as(what).isTrue();
                    assertThat(Snapshots.largestDifference(rounded, cheap))
                            .as(what)
                            .isLessThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void aRectangleWiderThanTheViewKeepsItsTopAndBottomDashesInStep() throws Exception {
        Rect wide = new Rect(-5_000.5, 10.25, 20_000, 150);
        Viewport view = new Viewport(0, 0, 1, 320, 200);
        for (double[] pattern : new double[][] {null, {5, 4}}) {
            WritableImage rounded = Snapshots.paint(view, (g, v) -> {
                g.setStroke(Color.BLACK);
                g.setLineDashes(pattern);
                g.strokeRoundRect(wide.x(), wide.y(), wide.width(), wide.height(), 8, 8);
            });
            WritableImage cheap = Snapshots.paint(view, (g, v) -> {
                g.setStroke(Color.BLACK);
                g.setLineDashes(pattern);
                RoundRects.stroke(g, v, wide, 8);
            });
            assertThat(Snapshots.largestDifference(rounded, cheap)).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aCornerInViewIsDrawnRounded() throws Exception {
        Rect card = new Rect(10.5, 20.5, 180, 20);
        Viewport view = new Viewport(0, 0, 1, 320, 200);
        WritableImage rounded = Snapshots.paint(view, (g, v) -> {
            g.setFill(Color.LIGHTBLUE);
            g.fillRoundRect(card.x(), card.y(), card.width(), card.height(), 6, 6);
            g.strokeRoundRect(card.x(), card.y(), card.width(), card.height(), 6, 6);
        });
        WritableImage cheap = Snapshots.paint(view, (g, v) -> {
            g.setFill(Color.LIGHTBLUE);
            RoundRects.fill(g, v, card, 6);
            RoundRects.stroke(g, v, card, 6);
        });
        assertThat(Snapshots.largestDifference(rounded, cheap)).isZero();
    }

    @Test
    void aSmallOutlineInAHairlineIsItsSidesAndTwoDotsAtEachCorner() throws Exception {
        Rect marker = new Rect(10.3, 20.6, 180, 20);
        for (double scale : new double[] {0.42, 0.5, 0.66, 0.83}) {
            Viewport view = new Viewport(-3.1, 1.7, scale, 120, 40);
            RecordingPen pen = recording(true, view);
            RoundRects.hairline(pen, marker, 6);
            assertThat(pen.calls()).containsOnly("fillRect").hasSize(12);
            BiConsumer<Pen, Viewport> style = (g, v) -> g.setStroke(Color.web("#b0bec5"));
            WritableImage rounded = Snapshots.paint(view, (g, v) -> {
                style.accept(g, v);
                g.strokeRoundRect(marker.x(), marker.y(), marker.width(), marker.height(), 6, 6);
            });
            WritableImage hairline = Snapshots.paint(view, (g, v) -> {
                style.accept(g, v);
                RoundRects.hairline(g, marker, 6);
            });
            // The sides as stroked; a corner's curve, a pixel or two on screen, in two dots of the line's width.
            assertThat(Snapshots.largestDifference(rounded, hairline))
                    .as("at " + scale)
                    .isLessThanOrEqualTo(40);
        }
    }

    /** A recording pen under the map's transform of {@code view}, as the painters set it. */
    private static RecordingPen recording(boolean pixels, Viewport view) {
        RecordingPen pen = new RecordingPen(pixels);
        pen.translate(-view.x() * view.scale(), -view.y() * view.scale());
        pen.scale(view.scale(), view.scale());
        return pen;
    }

    @Test
    void aVectorPenGetsEachRoundedRectangleWhole() {
        // The tall box's middle, its top end and its bottom end.
        for (Viewport view : new Viewport[] {VIEWS[0], VIEWS[5], VIEWS[7]}) {
            RecordingPen filled = recording(false, view);
            RoundRects.fill(filled, view, TALL, 8);
            assertThat(filled.calls()).as(view.toString()).containsExactly("fillRoundRect");
            for (double[] pattern : new double[][] {null, {5, 4}}) {
                RecordingPen stroked = recording(false, view);
                stroked.setLineDashes(pattern);
                RoundRects.stroke(stroked, view, TALL, 8);
                assertThat(stroked.calls()).as(view.toString()).containsExactly("strokeRoundRect");
            }
        }
        RecordingPen unseen = recording(false, VIEWS[0]);
        RoundRects.fill(unseen, VIEWS[0], new Rect(5_000, 5_000, 100, 40), 8);
        RoundRects.stroke(unseen, VIEWS[0], new Rect(5_000, 5_000, 100, 40), 8);
        assertThat(unseen.calls()).as("what the view does not see").isEmpty();
    }

    @Test
    void aPixelPenGetsATallRectangleInPieces() {
        // Its middle: a plain rectangle, and the outline's sides as thin rectangles or dashed lines.
        RecordingPen middle = recording(true, VIEWS[0]);
        RoundRects.fill(middle, VIEWS[0], TALL, 8);
        assertThat(middle.calls()).containsExactly("fillRect");
        RecordingPen solid = recording(true, VIEWS[0]);
        RoundRects.stroke(solid, VIEWS[0], TALL, 8);
        assertThat(solid.calls()).containsOnly("fillRect").hasSize(2);
        RecordingPen dashed = recording(true, VIEWS[0]);
        dashed.setLineDashes(5, 4);
        RoundRects.stroke(dashed, VIEWS[0], TALL, 8);
        assertThat(dashed.calls()).containsOnly("strokeLine").hasSize(2);
        // Its top end: the rounded end as a path over the rows it takes, the rows below as plain rectangles.
        RecordingPen top = recording(true, VIEWS[5]);
        RoundRects.fill(top, VIEWS[5], TALL, 8);
        assertThat(top.calls()).doesNotContain("fillRoundRect").contains("bezierCurveTo", "fill", "fillRect");
        RecordingPen topOutline = recording(true, VIEWS[5]);
        RoundRects.stroke(topOutline, VIEWS[5], TALL, 8);
        assertThat(topOutline.calls())
                .doesNotContain("strokeRoundRect")
                .contains("bezierCurveTo", "stroke", "fillRect");
    }

    @Test
    void aQuarterOfTheOutlineIsAboutAQuarterCircle() {
        assertThat(RoundRects.quarterLength(4, 4))
                .isCloseTo(Math.PI / 2 * 4, org.assertj.core.data.Offset.offset(0.01));
    }
}
