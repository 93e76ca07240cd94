package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The target map's things as the views show them in the state "both" (issue 19.3: "planned things dashed"): a
 * planned firm's card and a planned segment's box are outlined dashed in the boxes' colour; the same map with
 * nothing planned has no such outline.
 */
@ExtendWith(ApplicationExtension.class)
class PlannedDrawingTest {

    private static final String MAP =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "甲市"},
             "chains": [{"id": "c", "name": "甲链", "segments": [
               {"id": "c.a", "name": "原料", "stage": "upstream", "feeds": ["c.b"]},
               {"id": "c.b", "name": "部件", "stage": "midstream"PLANNED_SEGMENT}]}],
             "enterprises": [
               {"id": "f1", "name": "甲厂", "local": true, "segments": ["c.a"]},
               {"id": "f2", "name": "乙厂", "local": true, "segments": ["c.b"]PLANNED_FIRM}],
             "links": []}
            """;

    @Test
    void plannedCardsAndBoxesAreOutlinedDashed() throws Exception {
        RecordingPen planned = record(MAP.replace("PLANNED_SEGMENT", ", \"planned\": \"attract\"")
                .replace("PLANNED_FIRM", ", \"planned\": \"signed\""));
        RecordingPen plain = record(MAP.replace("PLANNED_SEGMENT", "").replace("PLANNED_FIRM", ""));
        assertThat(dashedOutlines(plain))
                .as("nothing planned: no dashed outline")
                .isZero();
        assertThat(dashedOutlines(planned))
                .as("the planned card and the planned box")
                .isEqualTo(2);
    }

    /** What a vector pen is asked to draw when chain {@code c} of {@code json} is painted whole at 100%. */
    private static RecordingPen record(String json) throws Exception {
        RegionMap map =
                MapReader.read(json.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(map, map.chains().get(0));
        ChainPainter painter = new ChainPainter(
                map, map.chains().get(0), geometry, GapAnalysis.of(map).get(0));
        Viewport view = new Viewport(0, 0, 1, Math.ceil(geometry.width()), Math.ceil(geometry.height()));
        RecordingPen pen = new RecordingPen(false);
        WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> painter.paint(pen, view, Theme.LIGHT, PaintWords.CHINESE)));
        return pen;
    }

    /** How many dashed outlines were stroked in the boxes' border colour (a missing segment's is the gap colour). */
    private static long dashedOutlines(RecordingPen pen) {
        return pen.strokes().stream()
                .filter(stroke -> stroke.dashed() && stroke.paint().equals(Theme.LIGHT.boxBorder()))
                .count();
    }
}
