package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainmap.model.RegionMap;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

/** The focus of a selection: what lies upstream and downstream of a firm or a segment. */
class PathsTest {

    // Feeds a → b → c, and x beside them. Links a1 → b1 → c1, and a2 → b2 ← x1.
    private static final RegionMap MAP = new MapBuilder()
            .segment("p", "p.a", Stage.UPSTREAM, "p.b")
            .segment("p", "p.b", Stage.MIDSTREAM, "p.c")
            .segment("p", "p.c", Stage.DOWNSTREAM)
            .segment("p", "p.x", Stage.UPSTREAM)
            .local("a1", "p.a")
            .local("a2", "p.a")
            .local("b1", "p.b")
            .local("b2", "p.b")
            .local("c1", "p.c")
            .local("x1", "p.x")
            .link("a1", "b1")
            .link("b1", "c1")
            .link("a2", "b2")
            .link("x1", "b2")
            .build();

    @Test
    void aFirmsPathsRunThroughItsSuppliersAndCustomersOnly() {
        Paths paths = Paths.ofFirm(MapGraph.of(MAP), "b1");
        assertThat(paths.firms()).containsExactlyInAnyOrder("a1", "b1", "c1");
        assertThat(paths.segments()).containsExactlyInAnyOrder("p.a", "p.b", "p.c");
        // b2's suppliers a2 and x1, but not b1's side: the paths do not turn back.
        assertThat(Paths.ofFirm(MapGraph.of(MAP), "b2").firms()).containsExactlyInAnyOrder("a2", "x1", "b2");
    }

    @Test
    void aSegmentsPathsFollowTheFeedsBothWays() {
        Paths paths = Paths.ofSegment(MapGraph.of(MAP), "p.c");
        assertThat(paths.segments()).containsExactlyInAnyOrder("p.a", "p.b", "p.c");
        assertThat(paths.firms()).containsExactlyInAnyOrder("a1", "a2", "b1", "b2", "c1");
        assertThat(Paths.ofSegment(MapGraph.of(MAP), "p.x").segments()).containsExactly("p.x");
    }

    @Test
    void unknownIdsHaveNoPaths() {
        assertThat(Paths.ofFirm(MapGraph.of(MAP), "nobody").firms()).isEmpty();
        assertThat(Paths.ofSegment(MapGraph.of(MAP), "p.none").segments()).isEmpty();
    }
}
