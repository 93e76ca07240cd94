package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.History;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the screen's pen the overview is kept as a picture (decision 0050), as the middle level is: made at the second
 * frame of a scale, scaled during a zoom (a frame that asks for one more once the zoom rests), looking as the overview
 * drawn directly; never standing in for another theme, another focus or the chain after an edit.
 */
class OverviewLayerTest {

    private static final int W = 640;
    private static final int H = 420;

    @BeforeAll
    static void start() {
        HeadlessFx.start();
    }

    @Test
    void theOverviewIsKeptAsAPictureScaledWhileZoomingAndNeverStale() throws Exception {
        // A generated region's largest chain (hundreds of firms): at fit on this canvas, the overview.
        RegionMap map = RegionGenerator.generate(1500, 1);
        Chain power = org.chainmap.model.SampleMaps.largest(map);
        String chain = power.id();
        ChainGeometry geometry = ChainLayouter.layout(map, power);
        ChainReport report = report(map, chain);
        ChainPainter painter = new ChainPainter(map, power, geometry, report);
        ChainPainter direct = new ChainPainter(map, power, geometry, report);
        HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(W, H);
            FxPen screen = new FxPen(canvas.getGraphicsContext2D(), true);
            int[] unsettled = {0};
            screen.onUnsettled(() -> unsettled[0]++);
            FxPen once = new FxPen(canvas.getGraphicsContext2D());
            Viewport fit = Viewport.fit(geometry.width(), geometry.height(), W, H);
            assertThat(painter.level(fit)).isEqualTo(ZoomLevel.OVERVIEW);
            OverviewPainter overview = painter.parts().overview();

            frame(painter, screen, fit, Theme.LIGHT);
            assertThat(overview.pictures()[0])
                    .as("the first frame of a scale is drawn directly")
                    .isZero();
            WritableImage kept = frame(painter, screen, fit, Theme.LIGHT);
            assertThat(overview.pictures()[0])
                    .as("the second makes the picture")
                    .isEqualTo(1);
            assertThat(differing(kept, frame(direct, once, fit, Theme.LIGHT)))
                    .as("pixels differing from the overview drawn directly")
                    .isLessThan(W * H / 500);
            assertThat(direct.parts().overview().pictures()[0])
                    .as("a pen of one picture keeps none")
                    .isZero();

            Viewport notch = zoomed(fit, 1.25);
            assertThat(painter.level(notch)).isEqualTo(ZoomLevel.OVERVIEW);
            WritableImage standing = frame(painter, screen, notch, Theme.LIGHT);
            assertThat(overview.pictures())
                    .as("a wheel notch draws the picture scaled, making none")
                    .containsExactly(1, 1);
            // Coarse (scaled without smoothing) but in its place: far nearer the overview at the new scale than the
            // overview at the scale before, which it was drawn at.
            int blur = differing(standing, frame(direct, once, notch, Theme.LIGHT));
            int before = differing(standing, frame(direct, once, fit, Theme.LIGHT));
            assertThat(blur)
                    .as("pixels differing from the overview at the new scale (from the one before: %d)", before)
                    .isLessThan(before / 2);
            assertThat(unsettled[0])
                    .as("and asks for a frame once the zoom rests")
                    .isEqualTo(1);
            WritableImage settled = frame(painter, screen, notch, Theme.LIGHT);
            assertThat(overview.pictures())
                    .as("that frame makes the sharp picture")
                    .containsExactly(2, 1);
            assertThat(differing(settled, frame(direct, once, notch, Theme.LIGHT)))
                    .as("sharp once the zoom rests")
                    .isLessThan(W * H / 500);

            for (int i = 0; i < 2; i++) {
                assertThat(differing(frame(painter, screen, notch, Theme.DARK), frame(direct, once, notch, Theme.DARK)))
                        .as("the dark theme's frame %d", i)
                        .isLessThan(W * H / 500);
            }
            assertThat(overview.pictures()[0]).as("a picture of the dark theme").isEqualTo(3);
            Viewport out = zoomed(notch, 1 / 1.25);
            assertThat(differing(frame(painter, screen, out, Theme.LIGHT), frame(direct, once, out, Theme.LIGHT)))
                    .as("a zoom back to the light theme: the dark picture does not stand in")
                    .isLessThan(W * H / 500);

            Set<String> focus = Set.of(power.segments().get(0).id());
            painter.focus(focus, Set.of());
            direct.focus(focus, Set.of());
            for (int i = 0; i < 2; i++) {
                assertThat(differing(frame(painter, screen, out, Theme.LIGHT), frame(direct, once, out, Theme.LIGHT)))
                        .as("with a focus, frame %d", i)
                        .isLessThan(W * H / 500);
            }
            painter.clearFocus();
            direct.clearFocus();
            for (int i = 0; i < 2; i++) {
                assertThat(differing(frame(painter, screen, out, Theme.LIGHT), frame(direct, once, out, Theme.LIGHT)))
                        .as("the focus cleared, frame %d", i)
                        .isLessThan(W * H / 500);
            }
            return null;
        });

        // An edit: a firm moved to another segment changes two boxes' counts; the painter after it draws them.
        History history = new History(map);
        Enterprise firm = map.enterprisesOfChain(chain).get(0);
        String to = power.segments().stream()
                .map(s -> s.id())
                .filter(id -> !firm.segments().contains(id))
                .findFirst()
                .orElseThrow();
        List<Object> touched = history.perform(new MoveEnterprise(firm.id(), null, to))
                .orElseThrow()
                .change()
                .touched();
        RegionMap edited = history.map();
        Chain shown = edited.chain(chain).orElseThrow();
        ChainPainter after = ChainPainter.after(painter, edited, shown, geometry, report(edited, chain), touched);
        ChainPainter editedDirect = new ChainPainter(edited, shown, geometry, report(edited, chain));
        HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(W, H);
            FxPen screen = new FxPen(canvas.getGraphicsContext2D(), true);
            FxPen once = new FxPen(canvas.getGraphicsContext2D());
            Viewport fit = Viewport.fit(geometry.width(), geometry.height(), W, H);
            frame(painter, screen, fit, Theme.LIGHT);
            frame(painter, screen, fit, Theme.LIGHT);
            WritableImage old = frame(direct, once, fit, Theme.LIGHT);
            WritableImage now = frame(editedDirect, once, fit, Theme.LIGHT);
            int edit = differing(old, now);
            assertThat(edit).as("the edit shows").isPositive();
            for (int i = 0; i < 3; i++) {
                assertThat(differing(frame(after, screen, fit, Theme.LIGHT), now))
                        .as(
                                "the painter after the edit, frame %d, against the edited drawing (the old one: %d)",
                                i, edit)
                        .isLessThan(Math.max(1, edit / 4));
            }
            return null;
        });
    }

    private static ChainReport report(RegionMap map, String chain) {
        return GapAnalysis.of(map).stream()
                .filter(r -> r.chain().equals(chain))
                .findFirst()
                .orElseThrow();
    }

    /** The view {@code factor} times closer about {@code view}'s centre, as a wheel notch makes it. */
    private static Viewport zoomed(Viewport view, double factor) {
        double s = view.scale() * factor;
        double cx = view.x() + W / 2.0 / view.scale();
        double cy = view.y() + H / 2.0 / view.scale();
        return new Viewport(cx - W / 2.0 / s, cy - H / 2.0 / s, s, W, H);
    }

    private static WritableImage frame(ChainPainter painter, FxPen pen, Viewport view, Theme theme) {
        pen.clearRect(0, 0, W, H);
        painter.paint(pen, view, theme, PaintWords.CHINESE);
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
