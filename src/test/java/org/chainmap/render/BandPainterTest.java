package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.layout.Rect;
import org.chainmap.layout.SegmentBands;
import org.junit.jupiter.api.Test;

/**
 * Bands that look alike are one path: a frame pays for a few strokes or fills, not for one per band; on pixels the
 * bands with links are filled outlines, one path per colour, whatever their widths.
 */
class BandPainterTest {

    @Test
    void bandsOfOneLookAreOneStrokeAndEachLookItsOwn() {
        Map<String, Rect> boxes = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            boxes.put("a" + i, new Rect(0, i * 100, 80, 60));
            boxes.put("b" + i, new Rect(400, i * 100, 80, 60));
        }
        // Six bands of five links each (one look), two broken ones (another), one feed without links (dashed).
        List<SegmentBands.Band> bands = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bands.add(new SegmentBands.Band("a" + i, "b" + i, 5, 0, true, false));
        }
        bands.add(new SegmentBands.Band("a0", "b1", 5, 0, true, true));
        bands.add(new SegmentBands.Band("a1", "b0", 5, 0, true, true));
        bands.add(new SegmentBands.Band("a2", "b3", 0, 0, true, false));
        RecordingPen pen = new RecordingPen(true);
        Viewport view = new Viewport(0, 0, 1, 1000, 1000);

        new BandPainter(bands).paint(pen, view, Theme.LIGHT, boxes, null);

        // On pixels the bands with links are outlines filled, one path per colour; the dashed one is stroked.
        assertThat(pen.strokes()).hasSize(1);
        assertThat(pen.calls().stream().filter("fill"::equals).count())
                .as("the feeds' outlines, the broken ones', the dashed band's arrowhead")
                .isEqualTo(3);
        assertThat(pen.calls().stream().filter("moveTo"::equals).count())
                .as("every band is drawn, and its arrowhead")
                .isEqualTo(2 * bands.size());

        // A vector pen gets each look stroked whole, the arrowheads a path per look.
        RecordingPen vector = new RecordingPen(false);
        new BandPainter(bands).paint(vector, view, Theme.LIGHT, boxes, null);
        assertThat(vector.strokes()).hasSize(3);
        assertThat(vector.calls().stream().filter("fill"::equals).count()).isEqualTo(3);
    }
}
