package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Paints the Hengyang panorama headless and checks the picture where the layout says things are. */
@ExtendWith(ApplicationExtension.class)
class PanoramaPainterTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
    private static final List<ChainReport> REPORTS = GapAnalysis.of(MAP);
    private static final PanoramaGeometry GEOMETRY = PanoramaLayouter.layout(MAP);

    private static WritableImage paint(Viewport view, Theme theme, PanoramaWords words) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(view.width(), view.height());
            new PanoramaPainter(MAP, GEOMETRY, REPORTS)
                    .paint(new FxPen(canvas.getGraphicsContext2D()), view, theme, words);
            image.set(canvas.snapshot(null, null));
        }));
        return image.get();
    }

    private static Color at(PixelReader pixels, Viewport view, double mapX, double mapY) {
        return pixels.getColor(
                (int) Math.floor((mapX - view.x()) * view.scale()), (int) Math.floor((mapY - view.y()) * view.scale()));
    }

    private static boolean reddish(Color c) {
        return c.getRed() > 0.6 && c.getGreen() < 0.35 && c.getBlue() < 0.35;
    }

    @Test
    void drawsBandsBoxesGapsAndFeedsWhereTheLayoutPutsThem() throws Exception {
        double scale = 2400 / GEOMETRY.width();
        Viewport view =
                new Viewport(0, 0, scale, Math.ceil(GEOMETRY.width() * scale), Math.ceil(GEOMETRY.height() * scale));
        WritableImage image = paint(view, Theme.LIGHT, PanoramaWords.CHINESE);
        Snapshots.write(image, Path.of("target/render/panorama-light.png"));
        PixelReader pixels = image.getPixelReader();
        // Each band carries a stripe of its chain's colour at its left edge.
        for (PanoramaGeometry.Band band : GEOMETRY.bands()) {
            Color stripe = at(pixels, view, band.bounds().x() + 3, band.bounds().centerY());
            Color colour = Color.web(MAP.chain(band.chain()).orElseThrow().color());
            assertThat(distance(stripe, colour)).as(band.chain()).isLessThan(0.05);
        }
        // A missing segment (取向硅钢) is framed in the gap colour, dashed: some of its top edge is red.
        Rect steel = GEOMETRY.segments().get("power.silicon-steel");
        long red = 0;
        long total = 0;
        for (double x = steel.x() + 10; x < steel.right() - 10; x += 0.5) {
            total++;
            red += reddish(at(pixels, view, x, steel.y())) ? 1 : 0;
        }
        assertThat(red).isGreaterThan(total / 4).isLessThan(total);
        // A covered, healthy segment keeps a plain frame: no red on its top edge.
        String healthy = healthySegment();
        Rect plain = GEOMETRY.segments().get(healthy);
        for (double x = plain.x() + 10; x < plain.right() - 10; x++) {
            assertThat(reddish(at(pixels, view, x, plain.y()))).as(healthy).isFalse();
        }
        // A feed into another chain shows in the gutter, on its lane, in a colour other than the band's ground.
        PanoramaGeometry.CrossFeed feed = GEOMETRY.feeds().get(0);
        double[] lane = feed.points().get(2);
        double[] laneEnd = feed.points().get(3);
        Color onLane = at(pixels, view, lane[0], (lane[1] + laneEnd[1]) / 2);
        Color beside = at(pixels, view, lane[0] + 3.5, (lane[1] + laneEnd[1]) / 2);
        assertThat(distance(onLane, beside)).isGreaterThan(0.3);
        // The background shows outside the zones.
        assertThat(at(pixels, view, 2, 2)).isEqualTo(Theme.LIGHT.background());
    }

    @Test
    void paintsOnlyThePartInViewInEveryThemeAndLanguage() throws Exception {
        Rect first = GEOMETRY.bands().get(0).bounds();
        Viewport corner = new Viewport(first.x(), first.y(), 2, 400, 200);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.CONTRAST)) {
            Viewport whole = Viewport.fit(GEOMETRY.width(), GEOMETRY.height(), 1600, 1100);
            Snapshots.write(
                    paint(whole, theme, PanoramaWords.ENGLISH),
                    Path.of("target/render/panorama-" + theme.name() + "-en.png"));
            WritableImage image = paint(corner, theme, PanoramaWords.ENGLISH);
            assertThat(image.getWidth()).isEqualTo(400);
            Color colour = Color.web(MAP.chains().get(0).color());
            assertThat(distance(at(image.getPixelReader(), corner, first.x() + 3, first.y() + 30), colour))
                    .isLessThan(0.05);
        }
        Viewport far = Viewport.fit(GEOMETRY.width(), GEOMETRY.height(), 240, 160);
        assertThat(paint(far, Theme.DARK, PanoramaWords.CHINESE).getHeight()).isEqualTo(160);
        assertThat(far.sees(GEOMETRY.width() + 100, 0, 10, 10)).isFalse();
    }

    private static String healthySegment() {
        for (ChainReport report : REPORTS) {
            for (String id : GEOMETRY.bands().stream()
                    .filter(band -> band.chain().equals(report.chain()))
                    .findFirst()
                    .orElseThrow()
                    .segments()) {
                boolean gap = report.gaps().stream().anyMatch(g -> g.sortKey().contains(id));
                if (!gap && !MAP.enterprisesIn(id).isEmpty()) {
                    return id;
                }
            }
        }
        throw new AssertionError("no healthy segment");
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed())
                + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
