package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.MapGraph;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;

/** The counts the summaries write on a box agree with the gap analysis, second segments included. */
class ChainMarksTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @Test
    void aBoxCountsTheFirmsWhoseSecondSegmentItIsAsTheAnalysisDoes() {
        MapGraph graph = MapGraph.of(HENGYANG);
        List<ChainReport> reports = GapAnalysis.of(HENGYANG);
        int checked = 0;
        for (int c = 0; c < HENGYANG.chains().size(); c++) {
            Chain chain = HENGYANG.chains().get(c);
            ChainGeometry geometry = ChainLayouter.layout(HENGYANG, chain);
            ChainMarks marks = ChainMarks.of(HENGYANG, chain, geometry, reports.get(c));
            for (Segment segment : chain.segments()) {
                assertThat(marks.count(segment.id())[0])
                        .as("local firms of %s", segment.id())
                        .isEqualTo(graph.localFirmsIn(segment.id()).size());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
        // 金杯电工 makes cables and, as its second segment, conductors: the conductor box is weak, not empty.
        Chain power = HENGYANG.chain("power").orElseThrow();
        ChainMarks marks = ChainMarks.of(
                HENGYANG,
                power,
                ChainLayouter.layout(HENGYANG, power),
                reports.get(HENGYANG.chains().indexOf(power)));
        assertThat(marks.count("power.conductor")[0]).isPositive();
        assertThat(marks.countLine("power.conductor", PaintWords.CHINESE)).doesNotStartWith("本地0家");
        assertThat(marks.missing()).doesNotContain("power.conductor");
    }
}
