package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.compare.ComparedMap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.model.Chain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A compared box counts the new map's firms, the ones only the older version had apart: in {@link SteelYear} the
 * instrument-transformer segment has one local firm now, and one that left, drawn as a ghost.
 */
@ExtendWith(ApplicationExtension.class)
class CompareCountsTest {

    @Test
    void aBoxOfTheComparedChainSaysTheNewNumberAndTheRemovedApart() throws Exception {
        ComparedMap compared = CompareMarksTest.compared();
        Chain chain = compared.map().chain("power").orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(compared.map(), chain);
        ComparePainter painter = new ComparePainter(
                compared,
                chain,
                geometry,
                GapAnalysis.of(compared.comparison().after()).get(0));
        List<String> drawn = new ArrayList<>();
        // the zooms that write counts into the boxes: the middle one and the overview
        for (double scale : new double[] {0.45, 0.3, 0.15}) {
            Viewport view = new Viewport(
                    0, 0, scale, Math.ceil(geometry.width() * scale), Math.ceil(geometry.height() * scale));
            RecordingPen pen = new RecordingPen(true);
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> painter.paint(
                    pen, view, Theme.LIGHT, Words.of(Locale.CHINESE).paintWords())));
            pen.texts().forEach(text -> drawn.add((String) text[0]));
        }
        assertThat(drawn).as("the count of 互感器 with the firm that left apart").contains("本地1家 (\u22121)");
        assertThat(drawn).filteredOn(text -> text.contains("\u2212")).allMatch(text -> text.contains("1家 (\u22121)"));
    }

    @Test
    void theComparedPanoramaCountsTheNewMapsFirms() throws Exception {
        ComparedMap compared = CompareMarksTest.compared();
        PanoramaGeometry geometry = PanoramaLayouter.layout(compared.map(), Locale.CHINESE);
        ComparePanorama panorama = new ComparePanorama(
                compared, geometry, GapAnalysis.of(compared.comparison().after()));
        Viewport view = new Viewport(0, 0, 1, Math.ceil(geometry.width()), Math.ceil(geometry.height()));
        RecordingPen pen = new RecordingPen(true);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                panorama.paint(pen, view, Theme.LIGHT, Words.of(Locale.CHINESE).panoramaWords())));
        List<String> drawn = pen.texts().stream().map(text -> (String) text[0]).toList();
        // 互感器: 南方互感器 now (旧互感器厂 left, counted by the −1 beside the box); 变压器: two; 取向硅钢: one local.
        assertThat(drawn)
                .filteredOn("2家"::equals)
                .as("变压器 only: 互感器 has one firm now")
                .hasSize(1);
        assertThat(drawn).contains("\u22121");
    }
}
