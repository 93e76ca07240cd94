package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

/** A firm's segments in the graph: each once, in the firm's order, the unknown ones left out. */
class FirmSegmentsTest {

    @Test
    void eachKnownSegmentOnceFirstMentionFirst() {
        MapGraph graph = MapGraph.of(new MapBuilder()
                .segment("a", "a.ore", Stage.UPSTREAM, "a.steel")
                .segment("a", "a.steel", Stage.MIDSTREAM)
                .segment("a", "a.pipe", Stage.DOWNSTREAM)
                .local("twice", List.of("a.pipe", "a.ore", "a.pipe", "gone", "a.ore", "a.steel"))
                .local("none", List.of("gone"))
                .local("one", "a.steel")
                .build());
        int ore = graph.segmentIndex("a.ore");
        int steel = graph.segmentIndex("a.steel");
        int pipe = graph.segmentIndex("a.pipe");
        assertThat(graph.segmentsOf(graph.firmIndex("twice"))).containsExactly(pipe, ore, steel);
        assertThat(graph.segmentsOf(graph.firmIndex("none"))).isEmpty();
        assertThat(graph.segmentsOf(graph.firmIndex("one"))).containsExactly(steel);
        assertThat(graph.localFirmsIn("a.pipe")).extracting(firm -> firm.id()).containsExactly("twice");
    }
}
