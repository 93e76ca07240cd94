package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainmap.io.MapReader;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/**
 * The gap analysis of a map's current and target states, on a map small enough to work out by hand: a chain
 * 原料 → 部件 → 整机 with a local firm in 原料 and one in 整机; a signed local firm in 部件, supplying 整机 by a
 * planned link; a planned segment 回收 to attract, with no firm.
 */
class TargetStateTest {

    static final String MAP =
            """
            { "format": "chainmap", "version": 1, "region": { "name": "测试市" },
              "chains": [ { "id": "c", "name": "测试链", "segments": [
                  { "id": "c.a", "name": "原料", "stage": "upstream", "feeds": ["c.b"] },
                  { "id": "c.b", "name": "部件", "stage": "midstream", "feeds": ["c.c", "c.d"] },
                  { "id": "c.c", "name": "整机", "stage": "downstream" },
                  { "id": "c.d", "name": "回收", "stage": "downstream", "planned": "attract" } ] } ],
              "enterprises": [
                { "id": "f1", "name": "甲", "local": true, "segments": ["c.a"], "tags": ["规上"] },
                { "id": "f2", "name": "乙", "local": true, "segments": ["c.c"] },
                { "id": "f3", "name": "丙", "local": true, "segments": ["c.b"], "planned": "signed" } ],
              "links": [ { "from": "f3", "to": "f2", "planned": "signed" },
                         { "from": "f1", "to": "f3" } ] }
            """;

    static RegionMap map() {
        return MapReader.read(MAP.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
    }

    private static List<String> missing(ChainReport report) {
        return report.gaps(GapKind.MISSING).stream()
                .map(gap -> ((Gap.Missing) gap).segment())
                .toList();
    }

    @Test
    void aPlannedFirmFillsAMissingSegmentOnlyInTheTargetState() {
        ChainReport current = GapAnalysis.of(map(), MapState.CURRENT).get(0);
        ChainReport target = GapAnalysis.of(map(), MapState.TARGET).get(0);

        // Today: 3 segments (回收 is planned), 部件 has no local firm → missing, coverage 2 of 3.
        assertThat(current.segments()).isEqualTo(3);
        assertThat(current.covered()).isEqualTo(2);
        assertThat(missing(current)).containsExactly("c.b");
        // 原料 feeds 部件, which no local firm works in: a segment to extend into, today.
        assertThat(current.gaps(GapKind.EXTEND)).hasSize(1);
        // No link has a local customer today: f3's links are planned or go to a planned firm.
        assertThat(current.localRate()).isNull();

        // Target: 4 segments; 丙 fills 部件; 回收 (planned, no firm) is the one missing; coverage 3 of 4.
        assertThat(target.segments()).isEqualTo(4);
        assertThat(target.covered()).isEqualTo(3);
        assertThat(missing(target)).containsExactly("c.d");
        // Both links now have a local customer (乙 and 丙) and a local supplier: rate 1.
        assertThat(target.localRate().links()).isEqualTo(2);
        assertThat(target.localRate().rate()).isEqualTo(1.0);
    }

    @Test
    void bothIsAnalysedAsTheTargetAndKeepsTheMarks() {
        RegionMap map = map();
        assertThat(GapAnalysis.of(map, MapState.BOTH)).isEqualTo(GapAnalysis.of(map, MapState.TARGET));
        assertThat(MapState.BOTH.of(map)).isSameAs(map);
        assertThat(MapState.hasPlanned(MapState.TARGET.of(map))).isFalse();
        assertThat(MapState.TARGET.of(map).enterprises()).hasSize(3);
    }

    @Test
    void theCurrentStateLeavesOutPlannedThingsAndWhatHangsOnThem() {
        RegionMap current = MapState.CURRENT.of(map());
        assertThat(current.chains().get(0).segments())
                .extracting(segment -> segment.id())
                .containsExactly("c.a", "c.b", "c.c");
        assertThat(current.segment("c.b").orElseThrow().feeds()).containsExactly("c.c");
        assertThat(current.enterprises()).extracting(firm -> firm.id()).containsExactly("f1", "f2");
        assertThat(current.links()).isEmpty();
        assertThat(MapState.hasPlanned(current)).isFalse();
    }

    @Test
    void aMapWithNothingPlannedIsTheSameInEveryState() {
        RegionMap plain = MapState.TARGET.of(map());
        for (MapState state : MapState.values()) {
            assertThat(state.of(plain)).isSameAs(plain);
        }
    }
}
