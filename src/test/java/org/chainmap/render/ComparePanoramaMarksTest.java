package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.MapComparer;
import org.chainmap.io.MapReader;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * On the compared panorama the gap marks of the boxes of the first band, astride the boxes' top edges, keep clear of
 * the stages' titles ("上游", "中游", "下游") drawn just above them, at every zoom that draws the titles.
 */
@ExtendWith(ApplicationExtension.class)
class ComparePanoramaMarksTest {

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    @Test
    void theGapMarksOfTheFirstBandKeepClearOfTheStagesTitles() throws Exception {
        RegionMap now = MapReader.read(Files.readAllBytes(Path.of("maps/hengyang.json")))
                .map()
                .orElseThrow();
        // a year ago no firm at all: every segment with a firm now has a gap closed, a mark on its box
        RegionMap empty = now.withLinks(List.of()).withEnterprises(List.of());
        ComparedMap compared = ComparedMap.of(MapComparer.compare(empty, now));
        PanoramaGeometry geometry = PanoramaLayouter.layout(compared.map(), Locale.CHINESE);
        ComparePanorama panorama = new ComparePanorama(compared, geometry, GapAnalysis.of(compared.map()));
        int coveredTheOldWay = 0;
        int rows = 0;
        // from the fitted panorama in a window (about a third) to past 100%
        for (double scale : new double[] {0.28, 0.35, 0.5, 0.7, 1.0, 1.6}) {
            List<Rect> titles = PanoramaPainter.titles(geometry, PanoramaWords.CHINESE, scale);
            assertThat(titles).as("the three titles at %.2f", scale).hasSize(3);
            Map<String, Rect> marks = panorama.markRows(PanoramaWords.CHINESE, scale);
            for (Map.Entry<String, Rect> row : marks.entrySet()) {
                rows++;
                Rect box = geometry.segments().get(row.getKey());
                for (Rect title : titles) {
                    assertThat(overlap(row.getValue(), title))
                            .as("the marks of %s at %.2f over a title %s", row.getKey(), scale, title)
                            .isFalse();
                    if (overlap(
                            ComparePainter.markRow(
                                    box,
                                    panorama.marks().gaps().get(row.getKey()).size(),
                                    scale,
                                    List.of()),
                            title)) {
                        coveredTheOldWay++;
                    }
                }
                assertThat(row.getValue().x())
                        .as("the row starts over its box")
                        .isGreaterThanOrEqualTo(box.x() - ComparePainter.markRadius(scale));
                assertThat(row.getValue().right())
                        .as("and ends over it")
                        .isLessThanOrEqualTo(box.right() + 2 * ComparePainter.markRadius(scale));
            }
        }
        assertThat(rows).as("rows of marks").isGreaterThan(50);
        assertThat(coveredTheOldWay)
                .as("rows that covered a title, astride the box's edge alone")
                .isPositive();
    }
}
