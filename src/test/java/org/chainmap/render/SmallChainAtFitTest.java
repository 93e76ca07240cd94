package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A small chain fitted to a small window reads: the middle level names the firms of its boxes. */
@ExtendWith(ApplicationExtension.class)
class SmallChainAtFitTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @Test
    void everyFirmOfEveryHengyangChainIsNamedAtFitInASmallWindow() throws Exception {
        List<ChainReport> reports = GapAnalysis.of(HENGYANG);
        int middle = 0;
        for (int c = 0; c < HENGYANG.chains().size(); c++) {
            Chain chain = HENGYANG.chains().get(c);
            ChainGeometry geometry = ChainLayouter.layout(HENGYANG, chain);
            ChainPainter painter = new ChainPainter(HENGYANG, chain, geometry, reports.get(c));
            // The map's canvas in a 1,000 × 650 window, the side panels beside it.
            Viewport view = Viewport.fit(geometry.width(), geometry.height(), 1000, 650);
            if (painter.level(view) == ZoomLevel.CARDS) {
                continue;
            }
            middle++;
            RecordingPen pen = new RecordingPen(true);
            WaitForAsyncUtils.waitFor(
                    WaitForAsyncUtils.asyncFx(() -> painter.paint(pen, view, Theme.LIGHT, PaintWords.CHINESE)));
            String written =
                    String.join("", pen.texts().stream().map(t -> (String) t[0]).toList());
            for (Segment segment : chain.segments()) {
                for (Enterprise firm : HENGYANG.enterprises()) {
                    if (firm.segments().contains(segment.id())) {
                        assertThat(written.replace(" ", ""))
                                .as("%s in %s at %.2f", firm.name(), segment.name(), view.scale())
                                .contains(firm.name()
                                        .substring(0, Math.min(4, firm.name().length())));
                    }
                }
            }
        }
        assertThat(middle).as("chains drawn at the middle level").isPositive();
    }
}
