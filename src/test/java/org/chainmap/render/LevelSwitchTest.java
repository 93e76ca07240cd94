package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/** A zoom across the switch between the overview and the boxes keeps the pointed box under the pointer. */
class LevelSwitchTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @Test
    void theBoxUnderThePointerStaysUnderItWhenTheWheelCrossesTheSwitch() {
        Chain power = HENGYANG.chain("power").orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(HENGYANG, power);
        ChainPainter painter = new ChainPainter(
                HENGYANG,
                power,
                geometry,
                GapAnalysis.of(HENGYANG).get(HENGYANG.chains().indexOf(power)));
        // The lowest scale of the middle level, and one wheel step below it.
        double low = 0.01;
        double high = 1;
        while (high - low > 1e-4) {
            double mid = (low + high) / 2;
            if (ZoomLevel.of(geometry, mid) == ZoomLevel.OVERVIEW) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double out = high / 1.15;
        int checked = 0;
        for (var box : painter.overviewBoxes().entrySet()) {
            Rect from = box.getValue();
            Rect to = geometry.segments().get(box.getKey());
            // The pointer a third into the box of the overview, at (500, 400) on a 1600 × 1000 surface.
            double px = from.x() + from.width() / 3;
            double py = from.y() + from.height() / 3;
            Viewport before = new Viewport(px - 500 / out, py - 400 / out, out, 1600, 1000);
            assertThat(painter.level(before)).isEqualTo(ZoomLevel.OVERVIEW);
            Viewport asked = new Viewport(px - 500 / high, py - 400 / high, high, 1600, 1000);
            Viewport shown = painter.zoomed(before, asked, 500, 400);
            assertThat(painter.level(shown)).isEqualTo(ZoomLevel.MIDDLE);
            double mx = shown.x() + 500 / shown.scale();
            double my = shown.y() + 400 / shown.scale();
            assertThat(mx).isCloseTo(to.x() + to.width() / 3, within(1e-6));
            assertThat(my).isCloseTo(to.y() + to.height() / 3, within(1e-6));
            // And back out: the pointed box of the card layout is found again in the overview.
            Viewport back =
                    painter.zoomed(shown, new Viewport(mx - 500 / out, my - 400 / out, out, 1600, 1000), 500, 400);
            assertThat(back.x() + 500 / out).isCloseTo(px, within(1e-6));
            assertThat(back.y() + 400 / out).isCloseTo(py, within(1e-6));
            checked++;
        }
        assertThat(checked).isEqualTo(power.segments().size());
        // Within one level the zoom keeps the map point, as before.
        Viewport a = new Viewport(0, 0, 0.9, 1600, 1000);
        Viewport b = new Viewport(10, 20, 1.0, 1600, 1000);
        assertThat(painter.zoomed(a, b, 100, 100)).isSameAs(b);
    }
}
