package org.chainmap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.io.MapReader;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshots;
import org.junit.jupiter.api.Test;

/** Maps that hold the same for the gap analysis share one analysis, and compare as unchanged. */
class SameMapsTest {

    private static RegionMap hengyang() {
        return MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
    }

    @Test
    void aMapAndACopyWithOtherSnapshotsAreTheSameForTheAnalysisAndCompareUnchanged() {
        RegionMap map = hengyang();
        RegionMap copy = hengyang().withSnapshots(Snapshots.NONE.withOnSave(true));

        assertThat(MapComparer.sameForAnalysis(map, copy)).isTrue();
        MapComparison comparison = MapComparer.compare(map, copy);
        assertThat(comparison.chains()).isNotEmpty().allSatisfy(chain -> {
            assertThat(chain.change()).isEqualTo(Change.SAME);
            assertThat(chain.closed()).isEmpty();
            assertThat(chain.opened()).isEmpty();
            assertThat(chain.coverageAfter()).isEqualTo(chain.coverageBefore());
        });
    }

    @Test
    void aFirmThatIsNoLongerLocalMakesTheMapsDifferentForTheAnalysis() {
        RegionMap map = hengyang();
        List<Enterprise> firms = new ArrayList<>(map.enterprises());
        Enterprise first = firms.get(0);
        firms.set(
                0,
                new Enterprise(
                        first.id(),
                        first.name(),
                        first.creditCode(),
                        !first.local(),
                        first.origin(),
                        first.county(),
                        first.park(),
                        first.segments(),
                        first.role(),
                        first.tags(),
                        first.revenue(),
                        first.revenueYear(),
                        first.products(),
                        first.verified(),
                        first.provenance(),
                        first.extra()));

        assertThat(MapComparer.sameForAnalysis(map, map.withEnterprises(firms))).isFalse();
        assertThat(MapComparer.compare(map, map.withEnterprises(firms)).chains())
                .anyMatch(chain -> chain.change() == Change.CHANGED);
    }
}
