package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysis over the graph's numbers (firms sorted by their places among the ids, customers found by number)
 * gives what the plain forms by id give, on random maps whose ids sort otherwise as text than as numbers (f10
 * before f9) and whose firms may work in two segments of one chain.
 */
class NumberedAnalysisTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aChainsLocalRateOverTheGraphIsThatReadFromTheMap(long seed) {
        RegionMap map = GapPropertiesTest.randomMap(seed);
        MapGraph graph = MapGraph.of(map);
        Map<String, LocalRate> fromMap = LocalRate.of(map, map.chains());
        for (Chain chain : map.chains()) {
            assertThat(LocalRate.of(graph, chain)).as(chain.id()).isEqualTo(fromMap.get(chain.id()));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aFeedGapsFirmsAreDistinctAndSortedAsText(long seed) {
        RegionMap map = GapPropertiesTest.randomMap(seed);
        for (Gap gap : new GapFinder(MapGraph.of(map), new TargetRanking(MapGraph.of(map))).feedGaps()) {
            List<String> firms =
                    gap instanceof Gap.Broken broken ? broken.suppliers() : ((Gap.Chokepoint) gap).customers();
            assertThat(firms).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
            if (gap instanceof Gap.Broken broken) {
                assertThat(broken.customers()).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
            }
        }
    }
}
