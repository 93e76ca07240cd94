package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Segment pairs as numbers: they decode to what was encoded, and their hashes do not collide. */
class SegmentPairTest {

    @Test
    void pairsDecodeAndHashApart() {
        Set<Integer> hashes = new HashSet<>();
        int n = 400;
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                long pair = MapGraph.pair(from, to);
                assertThat(MapGraph.pairFrom(pair)).isEqualTo(from);
                assertThat(MapGraph.pairTo(pair)).isEqualTo(to);
                hashes.add(Long.hashCode(pair));
            }
        }
        assertThat(hashes).as("distinct hashes of %d pairs", n * n).hasSize(n * n);
    }
}
