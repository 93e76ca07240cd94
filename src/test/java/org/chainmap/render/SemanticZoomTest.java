package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The semantic zoom of decision 0018: the level follows the size things have on the surface; no label is drawn
 * below 9 pixels at any zoom; far out every box carries its full name and counts instead of cards; at middle zoom
 * the most important firms come first, with "+N more".
 */
@ExtendWith(ApplicationExtension.class)
class SemanticZoomTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    /** The largest chain of a generated region of 3,000 firms, with its map, report and layout. */
    private record Large(RegionMap map, Chain chain, ChainReport report, ChainGeometry geometry) {
        static Large make() {
            RegionMap map = RegionGenerator.generate(3000, 5);
            List<ChainReport> reports = GapAnalysis.of(map);
            int most = 0;
            List<ChainGeometry> layouts = new ArrayList<>();
            for (int c = 0; c < map.chains().size(); c++) {
                layouts.add(ChainLayouter.layout(map, map.chains().get(c)));
                if (layouts.get(c).cards().size() > layouts.get(most).cards().size()) {
                    most = c;
                }
            }
            return new Large(map, map.chains().get(most), reports.get(most), layouts.get(most));
        }

        ChainPainter painter() {
            return new ChainPainter(map, chain, geometry, report);
        }
    }

    private static RecordingPen record(ChainPainter painter, Viewport view) throws Exception {
        RecordingPen pen = new RecordingPen(true);
        WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> painter.paint(pen, view, Theme.LIGHT, PaintWords.CHINESE)));
        return pen;
    }

    @Test
    void theLevelFollowsTheSizeOnTheSurfaceNotAFixedZoom() {
        Chain power = HENGYANG.chain("power").orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(HENGYANG, power);
        assertThat(ZoomLevel.of(geometry, 1)).isEqualTo(ZoomLevel.CARDS);
        assertThat(ZoomLevel.of(geometry, 0.82)).isEqualTo(ZoomLevel.CARDS);
        assertThat(ZoomLevel.of(geometry, 0.8)).isEqualTo(ZoomLevel.MIDDLE);
        assertThat(ZoomLevel.of(geometry, 0.2)).isEqualTo(ZoomLevel.OVERVIEW);
        // The same zoom, boxes three times as large: they carry their names, so the middle level, not the overview.
        Map<String, Rect> larger = new LinkedHashMap<>();
        geometry.segments()
                .forEach((id, r) -> larger.put(id, new Rect(r.x() * 3, r.y() * 3, r.width() * 3, r.height() * 3)));
        ChainGeometry grown = new ChainGeometry(
                geometry.columns(),
                larger,
                geometry.cards(),
                geometry.markers(),
                geometry.feeds(),
                geometry.width() * 3,
                geometry.height() * 3);
        assertThat(ZoomLevel.of(grown, 0.2)).isEqualTo(ZoomLevel.MIDDLE);
        // A tile of a picture is drawn at the level of the whole picture.
        ChainPainter painter = new ChainPainter(
                HENGYANG, power, geometry, GapAnalysis.of(HENGYANG).get(0));
        Viewport picture = new Viewport(0, 0, 0.2, 300, 100);
        assertThat(painter.level(new Viewport(50, 50, 0.2, 10, 10).tileOf(picture)))
                .isEqualTo(ZoomLevel.OVERVIEW);
    }

    @Test
    void noLabelIsDrawnBelowNinePixelsAtAnyZoomAndSomethingIsAlwaysWritten() throws Exception {
        Large large = Large.make();
        Chain power = HENGYANG.chain("power").orElseThrow();
        ChainGeometry small = ChainLayouter.layout(HENGYANG, power);
        List<Object[]> painters = List.of(new Object[] {large.painter(), large.geometry()}, new Object[] {
            new ChainPainter(HENGYANG, power, small, GapAnalysis.of(HENGYANG).get(0)), small
        });
        for (Object[] drawn : painters) {
            ChainPainter painter = (ChainPainter) drawn[0];
            ChainGeometry geometry = (ChainGeometry) drawn[1];
            for (double scale = 0.02; scale <= 4; scale *= 1.37) {
                Viewport view = new Viewport(
                        geometry.width() / 2 - 800 / scale, geometry.height() / 2 - 500 / scale, scale, 1600, 1000);
                RecordingPen pen = record(painter, view);
                assertThat(pen.texts())
                        .as("text at %.3f", scale)
                        .allMatch(text -> (double) text[3] >= ZoomLevel.READABLE - 1e-9);
                assertThat(pen.texts()).as("something written at %.3f", scale).isNotEmpty();
            }
        }
    }

    @Test
    void atFitALargeChainShowsEverySegmentsFullNameAndCountsAndNoFirm() throws Exception {
        Large large = Large.make();
        Viewport fit = Viewport.fit(large.geometry().width(), large.geometry().height(), 1600, 1000);
        assertThat(large.painter().level(fit)).isEqualTo(ZoomLevel.OVERVIEW);
        RecordingPen pen = record(large.painter(), fit);
        StringBuilder written = new StringBuilder();
        pen.texts().forEach(text -> written.append((String) text[0]));
        String all = written.toString().replace(" ", "");
        for (Segment segment : large.chain().segments()) {
            assertThat(all).as(segment.name()).contains(segment.name().replace(" ", ""));
        }
        assertThat(all).doesNotContain("…");
        long counts = pen.texts().stream()
                .filter(text -> ((String) text[0]).startsWith("本地"))
                .count();
        assertThat(counts).isEqualTo(large.chain().segments().size());
        for (String firm : large.geometry().cards().keySet()) {
            String name = large.map().enterprise(firm).orElseThrow().name();
            assertThat(pen.texts()).noneMatch(text -> text[0].equals(name));
        }
    }

    @Test
    void atMiddleZoomTheMostImportantFirmsComeFirstAndTheRestAreCounted() throws Exception {
        Large large = Large.make();
        Segment fullest = null;
        for (Segment segment : large.chain().segments()) {
            Rect box = large.geometry().segments().get(segment.id());
            if (fullest == null
                    || box.height() * box.width()
                            > large.geometry().segments().get(fullest.id()).height()
                                    * large.geometry()
                                            .segments()
                                            .get(fullest.id())
                                            .width()) {
                fullest = segment;
            }
        }
        Rect box = large.geometry().segments().get(fullest.id());
        double scale = 0.6;
        Viewport view = new Viewport(box.x() - 10, box.y() - 10, scale, 1200, 800);
        assertThat(large.painter().level(view)).isEqualTo(ZoomLevel.MIDDLE);
        BoxDigest digest = new BoxDigest(
                large.map(),
                large.chain(),
                large.geometry(),
                ChainMarks.of(large.map(), large.chain(), large.geometry(), large.report()),
                java.util.Set.of());
        List<Enterprise> ranked = digest.ranked(fullest.id());
        // Ranked: leaders, then the scale tag, then revenue, highest first.
        String tag = large.map().analysis().scaleTag();
        for (int i = 1; i < ranked.size(); i++) {
            Enterprise a = ranked.get(i - 1);
            Enterprise b = ranked.get(i);
            assertThat(rank(a, tag)).isLessThanOrEqualTo(rank(b, tag));
            if (rank(a, tag) == rank(b, tag) && a.revenue() != null && b.revenue() != null) {
                assertThat(a.revenue()).isGreaterThanOrEqualTo(b.revenue());
            }
        }
        RecordingPen pen = record(large.painter(), view);
        List<String> texts = pen.texts().stream().map(text -> (String) text[0]).toList();
        String first = ranked.get(0).name();
        assertThat(texts).anyMatch(text -> first.startsWith(text.replace("…", "")) && text.length() > 2);
        assertThat(texts).anyMatch(text -> text.matches("另有[0-9.,万]+家"));
        // No firm of the box is drawn as a card of the card layout: the cards drawn are as many as the room holds.
        long drawn = ranked.stream().filter(f -> texts.contains(f.name())).count();
        assertThat(drawn).isLessThan(ranked.size());
    }

    private static int rank(Enterprise firm, String tag) {
        return (firm.role() == Role.LEADER ? 0 : 2) + (firm.hasTag(tag) ? 0 : 1);
    }
}
