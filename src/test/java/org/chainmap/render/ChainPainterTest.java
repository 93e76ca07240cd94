package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.MapGraph;
import org.chainmap.analysis.Paths;
import org.chainmap.cli.RegionGenerator;
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
        return paint(MAP, POWER, GapAnalysis.of(MAP).get(0), geometry, view, theme);
    }

    private static WritableImage paint(
            ChainGeometry geometry, Viewport view, Theme theme, java.util.function.Consumer<ChainPainter> setUp)
            throws Exception {
        return paint(MAP, POWER, GapAnalysis.of(MAP).get(0), geometry, view, theme, setUp);
    }

    private static WritableImage paint(
            RegionMap map, Chain chain, ChainReport report, ChainGeometry geometry, Viewport view, Theme theme)
            throws Exception {
        return paint(map, chain, report, geometry, view, theme, painter -> {});
    }

    private static WritableImage paint(
            RegionMap map,
            Chain chain,
            ChainReport report,
            ChainGeometry geometry,
            Viewport view,
            Theme theme,
            java.util.function.Consumer<ChainPainter> setUp)
            throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(view.width(), view.height());
            ChainPainter painter = new ChainPainter(map, chain, geometry, report);
            setUp.accept(painter);
            painter.paint(new FxPen(canvas.getGraphicsContext2D()), view, theme, PaintWords.CHINESE);
            image.set(canvas.snapshot(null, null));
        }));
        return image.get();
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
        Snapshots.write(image, Path.of("target/render/power-light.png"));
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

    /** What a recording pen is asked to draw when the power chain is painted whole at 100%. */
    private static RecordingPen record(boolean pixels) throws Exception {
        ChainGeometry geometry = ChainLayouter.layout(MAP, POWER);
        Viewport view = new Viewport(0, 0, 1, Math.ceil(geometry.width()), Math.ceil(geometry.height()));
        RecordingPen pen = new RecordingPen(pixels);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> new ChainPainter(MAP, POWER, geometry, GapAnalysis.of(MAP).get(0))
                        .paint(pen, view, Theme.LIGHT, PaintWords.CHINESE)));
        return pen;
    }

    @Test
    void aVectorPenGetsEveryShapeWholeAndTheTextUnderTheMapsTransform() throws Exception {
        ChainGeometry geometry = ChainLayouter.layout(MAP, POWER);
        RecordingPen vector = record(false);
        assertThat(vector.calls()).doesNotContain("setTransform", "bezierCurveTo");
        assertThat(vector.count("fillRoundRect"))
                .isGreaterThanOrEqualTo(geometry.columns().size()
                        + geometry.segments().size()
                        + geometry.cards().size());
        assertThat(vector.count("strokeRoundRect"))
                .isGreaterThanOrEqualTo(geometry.segments().size());
        // The same chain on a pen of pixels: tall columns in pieces, text set in screen pixels.
        RecordingPen pixels = record(true);
        assertThat(pixels.calls()).contains("setTransform", "bezierCurveTo");
        assertThat(pixels.count("fillRoundRect")).isLessThan(vector.count("fillRoundRect"));
    }

    /** The painter and layout of the chain of a generated region with the most markers (firms of a second segment). */
    private record Sample(ChainPainter painter, ChainGeometry geometry, long markers) {
        static Sample withMarkers() {
            RegionMap map = RegionGenerator.generate(1000, 7);
            List<ChainReport> reports = GapAnalysis.of(map);
            int most = 0;
            List<ChainGeometry> geometries = new ArrayList<>();
            for (int c = 0; c < map.chains().size(); c++) {
                geometries.add(ChainLayouter.layout(map, map.chains().get(c)));
                if (geometries.get(c).markers().size()
                        > geometries.get(most).markers().size()) {
                    most = c;
                }
            }
            ChainGeometry geometry = geometries.get(most);
            long markers = geometry.markers().stream()
                    .filter(marker -> map.enterprise(marker.firm()).isPresent())
                    .count();
            return new Sample(
                    new ChainPainter(map, map.chains().get(most), geometry, reports.get(most)), geometry, markers);
        }

        RecordingPen record(boolean pixels, double scale) throws Exception {
            return ChainPainterTest.record(painter, geometry, pixels, scale, Theme.LIGHT);
        }
    }

    @Test
    void belowAPixelAPenOfPixelsGetsTheLinksAsRectangles() throws Exception {
        // 83%: the least zoom that draws links (decision 0018), where a link is thinner than a pixel.
        Sample sample = Sample.withMarkers();
        RecordingPen half = sample.record(true, 0.83);
        assertThat(linkStrokes(half)).as("links stroked at 83%").isZero();
        assertThat(half.count("fillRect"))
                .isGreaterThan(sample.geometry().links().size());
        // At 100%, and on a vector pen at 83%, links are stroked, as before.
        assertThat(linkStrokes(sample.record(true, 1))).isPositive();
        assertThat(linkStrokes(sample.record(false, 0.83))).isPositive();
    }

    @Test
    void belowFiveSixthsAPenOfPixelsGetsTheMarkersWithoutDashes() throws Exception {
        Sample sample = Sample.withMarkers();
        assertThat(sample.markers()).isPositive();
        // Markers are drawn from 82% (decision 0018; below, the boxes are summarised).
        for (double scale : new double[] {0.82, 0.83}) {
            RecordingPen pen = sample.record(true, scale);
            assertThat(dashedMarkers(pen)).as("markers dashed at " + scale).isZero();
            assertThat(pen.count("fillRect")).isGreaterThan(12 * sample.markers());
        }
        // At 84% and 100%, and on a vector pen at 82%, markers are dashed, as before.
        for (RecordingPen pen :
                List.of(sample.record(true, 0.84), sample.record(true, 1), sample.record(false, 0.82))) {
            assertThat(dashedMarkers(pen)).isEqualTo(sample.markers());
        }
    }

    @Test
    void theProjectorThemeKeepsTheMarkersSolidOutlineAtFullInk() throws Exception {
        Sample sample = Sample.withMarkers();
        RecordingPen light = ChainPainterTest.record(sample.painter(), sample.geometry(), true, 0.82, Theme.LIGHT);
        RecordingPen contrast =
                ChainPainterTest.record(sample.painter(), sample.geometry(), true, 0.82, Theme.CONTRAST);
        assertThat(halfInk(light, Theme.LIGHT))
                .as("half the ink in the office themes")
                .isPositive();
        assertThat(halfInk(contrast, Theme.CONTRAST))
                .as("full ink on a projector")
                .isZero();
        assertThat(contrast.fills().stream()
                        .filter(fill -> fill.paint().equals(Theme.CONTRAST.boxBorder()) && fill.alpha() == 1)
                        .count())
                .isGreaterThanOrEqualTo(12 * sample.markers());
    }

    /** How many rectangles were filled in the markers' colour at half the ink. */
    private static long halfInk(RecordingPen pen, Theme theme) {
        return pen.fills().stream()
                .filter(fill -> fill.paint().equals(theme.boxBorder()) && fill.alpha() == 0.5)
                .count();
    }

    /** What a recording pen is asked to draw when {@code painter} paints its chain whole at {@code scale}. */
    private static RecordingPen record(
            ChainPainter painter, ChainGeometry geometry, boolean pixels, double scale, Theme theme) throws Exception {
        Viewport view =
                new Viewport(0, 0, scale, Math.ceil(geometry.width() * scale), Math.ceil(geometry.height() * scale));
        RecordingPen pen = new RecordingPen(pixels);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> painter.paint(pen, view, theme, PaintWords.CHINESE)));
        return pen;
    }

    /** How many strokes were in the plain links' colour. */
    private static long linkStrokes(RecordingPen pen) {
        return pen.strokes().stream()
                .filter(stroke -> stroke.paint().equals(Theme.LIGHT.link()))
                .count();
    }

    /** How many dashed rounded outlines were stroked in the markers' colour. */
    private static long dashedMarkers(RecordingPen pen) {
        return pen.strokes().stream()
                .filter(stroke -> stroke.call().equals("strokeRoundRect")
                        && stroke.dashed()
                        && stroke.paint().equals(Theme.LIGHT.boxBorder()))
                .count();
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

    @Test
    void drawsEveryLinkUnderTheCards() throws Exception {
        ChainGeometry geometry = ChainLayouter.layout(MAP, POWER);
        assertThat(geometry.links()).isNotEmpty();
        Viewport view = new Viewport(0, 0, 1, Math.ceil(geometry.width()), Math.ceil(geometry.height()));
        PixelReader with = paint(geometry, view, Theme.LIGHT).getPixelReader();
        PixelReader without =
                paint(geometry.withLinks(List.of()), view, Theme.LIGHT).getPixelReader();
        // Each link shows somewhere along its longest run (dashed ones too).
        for (ChainGeometry.LinkRoute route : geometry.links()) {
            double[][] run = longestRun(route);
            boolean seen = false;
            for (double t = 0.1; t <= 0.9 && !seen; t += 0.02) {
                double x = run[0][0] + t * (run[1][0] - run[0][0]);
                double y = run[0][1] + t * (run[1][1] - run[0][1]);
                seen = !at(with, view, x, y).equals(at(without, view, x, y));
            }
            assertThat(seen).as(route.supplier() + " → " + route.customer()).isTrue();
        }
        // No link runs through a card: not one pixel inside a card changes.
        for (Rect card : geometry.cards().values()) {
            for (double x = card.x() + 2; x < card.right() - 2; x += 3) {
                for (double y = card.y() + 2; y < card.bottom() - 2; y += 3) {
                    assertThat(at(with, view, x, y)).isEqualTo(at(without, view, x, y));
                }
            }
        }
    }

    @Test
    void paintsAChokepointSuppliersLinksInTheChokepointColour() throws Exception {
        RegionMap map = RegionGenerator.generate(1000, 7);
        List<ChainReport> reports = GapAnalysis.of(map);
        for (int c = 0; c < map.chains().size(); c++) {
            ChainReport report = reports.get(c);
            Set<String> chokepoints = new HashSet<>();
            report.gaps().stream()
                    .filter(gap -> gap instanceof Gap.Chokepoint)
                    .forEach(gap -> chokepoints.add(((Gap.Chokepoint) gap).supplier()));
            ChainGeometry geometry = ChainLayouter.layout(map, map.chains().get(c));
            for (ChainGeometry.LinkRoute route : geometry.links()) {
                if (chokepoints.contains(route.supplier()) && !route.external()) {
                    double[][] run = longestRun(route);
                    double x = (run[0][0] + run[1][0]) / 2;
                    double y = (run[0][1] + run[1][1]) / 2;
                    Viewport view = new Viewport(x - 20, y - 20, 1, 40, 40);
                    PixelReader pixels = paint(map, map.chains().get(c), report, geometry, view, Theme.LIGHT)
                            .getPixelReader();
                    // The pixel nearest the chokepoint colour around the middle (the line may be dashed, and
                    // antialiasing spreads it over two pixels) is that colour, or nearly.
                    Color mark = Theme.LIGHT.chokepoint();
                    double nearest = Double.MAX_VALUE;
                    boolean level = run[0][1] == run[1][1];
                    for (int along = -8; along <= 8; along++) {
                        for (int d = -2; d <= 2; d++) {
                            Color pixel = at(pixels, view, x + (level ? along : d), y + (level ? d : along));
                            nearest = Math.min(nearest, distance(pixel, mark));
                        }
                    }
                    assertThat(nearest).isLessThan(0.25);
                    return;
                }
            }
        }
        throw new AssertionError("no chokepoint supplier with a link in the generated region");
    }

    /** The longest segment of a route's polyline. */
    private static double[][] longestRun(ChainGeometry.LinkRoute route) {
        double[][] best = null;
        double length = -1;
        for (int i = 1; i < route.points().size(); i++) {
            double[] a = route.points().get(i - 1);
            double[] b = route.points().get(i);
            double d = Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]);
            if (d > length) {
                length = d;
                best = new double[][] {a, b};
            }
        }
        return best;
    }

    @Test
    void aFocusKeepsItsPathsInColourAndDimsTheRest() throws Exception {
        ChainGeometry geometry = ChainLayouter.layout(MAP, POWER);
        Viewport view = new Viewport(0, 0, 1, Math.ceil(geometry.width()), Math.ceil(geometry.height()));
        Paths paths = Paths.ofFirm(MapGraph.of(MAP), "tbea-hy");
        String outside = geometry.cards().keySet().stream()
                .filter(id -> !paths.firms().contains(id))
                .findFirst()
                .orElseThrow();
        PixelReader focused = paint(
                        geometry, view, Theme.LIGHT, painter -> painter.focus(paths.segments(), paths.firms()))
                .getPixelReader();
        Rect tbea = geometry.cards().get("tbea-hy");
        Rect other = geometry.cards().get(outside);
        assertThat(at(focused, view, tbea.right() - 3, tbea.centerY())).isEqualTo(Theme.LIGHT.card());
        Color dimmed = at(focused, view, other.right() - 3, other.centerY());
        Color full = MAP.enterprise(outside).orElseThrow().local() ? Theme.LIGHT.card() : Theme.LIGHT.externalCard();
        assertThat(dimmed).isNotEqualTo(full);
        // Dimmed is nearer the colour below it than the card's own colour.
        assertThat(distance(dimmed, Theme.LIGHT.box()) + distance(dimmed, Theme.LIGHT.column()))
                .isLessThan(distance(full, Theme.LIGHT.box()) + distance(full, Theme.LIGHT.column()));
    }

    @Test
    void farOutBoxesShowTheirNamesAndCountsInsteadOfCards() throws Exception {
        ChainGeometry geometry = ChainLayouter.layout(MAP, POWER);
        RecordingPen pen = record(
                new ChainPainter(MAP, POWER, geometry, GapAnalysis.of(MAP).get(0)), geometry, true, 0.4, Theme.LIGHT);
        List<String> texts = pen.texts().stream().map(text -> (String) text[0]).toList();
        // No card is drawn: no firm's name; every box's name and its count are, readable.
        assertThat(texts).doesNotContain(MAP.enterprise("tbea-hy").orElseThrow().name());
        // At 40% what fits is the boxes' names (cut where long) and their counts.
        assertThat(texts.stream().filter(text -> text.startsWith("本地")).count()).isGreaterThan(4);
        assertThat(pen.texts()).allMatch(text -> (double) text[3] >= ZoomLevel.READABLE);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed())
                + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
