package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chainmap.model.AnalysisSettings;
import org.chainmap.model.Extras;
import org.chainmap.model.RegionMap;
import org.chainmap.model.ScaleRule;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

/**
 * A firm is 规上 by its tag or by a revenue at the threshold (decision 0022); the rule can be switched off; a map
 * whose local firms carry neither is not judged by size, and says so.
 */
class ScaleTest {

    private static MapBuilder twoSegments() {
        return new MapBuilder()
                .segment("c", "c.a", Stage.UPSTREAM)
                .segment("c", "c.b", Stage.MIDSTREAM)
                .weakBelow(1);
    }

    private static List<Gap> weak(RegionMap map) {
        return GapAnalysis.of(map).get(0).gaps(GapKind.WEAK);
    }

    @Test
    void aRevenueAtTheThresholdMakesAFirmAboveScaleWithoutTheTag() {
        RegionMap map = twoSegments()
                .localWithRevenue("big", "c.a", 20_000_000L)
                .localWithRevenue("small", "c.b", 19_999_999L)
                .build();

        assertThat(weak(map)).extracting(gap -> ((Gap.Weak) gap).segment()).containsExactly("c.b");
        assertThat(((Gap.Weak) weak(map).get(0)).noneAboveScale()).isTrue();
        assertThat(ScaleBasis.of(map).judged()).isTrue();
    }

    @Test
    void theTagStillCountsAndTheThresholdIsASetting() {
        RegionMap map = twoSegments()
                .localWithRevenue("tagged", "c.a", null, "规上")
                .localWithRevenue("mid", "c.b", 30_000_000L)
                .settings(new AnalysisSettings(1, "规上", ScaleRule.TAG_OR_REVENUE, 50_000_000L, Extras.NONE))
                .build();

        assertThat(weak(map)).extracting(gap -> ((Gap.Weak) gap).segment()).containsExactly("c.b");
    }

    @Test
    void noScaleInformationAtAllIsNotJudgedAndSaysSo() {
        RegionMap map = twoSegments().local("x", "c.a").local("y", "c.b").build();

        assertThat(weak(map)).isEmpty();
        ScaleBasis basis = ScaleBasis.of(map);
        assertThat(basis.judged()).isFalse();
        assertThat(basis.unknown()).isTrue();
        assertThat(basis.off()).isFalse();
    }

    @Test
    void scaleNoneSwitchesTheRuleOff() {
        RegionMap map = twoSegments()
                .localWithRevenue("big", "c.a", 90_000_000L)
                .localWithRevenue("small", "c.b", 1_000L)
                .settings(new AnalysisSettings(1, "规上", ScaleRule.NONE, 20_000_000L, Extras.NONE))
                .build();

        assertThat(weak(map)).isEmpty();
        assertThat(ScaleBasis.of(map).off()).isTrue();
    }

    @Test
    void anEmptyScaleTagLeavesTheRevenueToDecide() {
        RegionMap map = twoSegments()
                .localWithRevenue("tagged", "c.a", 1_000L, "")
                .localWithRevenue("big", "c.b", 25_000_000L)
                .settings(new AnalysisSettings(1, "", Extras.NONE))
                .build();

        assertThat(weak(map)).extracting(gap -> ((Gap.Weak) gap).segment()).containsExactly("c.a");
        assertThat(ScaleBasis.of(map).ruleKey()).isEqualTo("revenue");
        assertThat(map.analysis().scaleLabel()).isEqualTo("规上");
    }

    @Test
    void onlyTheTagWithAnEmptyTagIsNoInformation() {
        RegionMap map = twoSegments()
                .localWithRevenue("a", "c.a", 90_000_000L)
                .localWithRevenue("b", "c.b", 90_000_000L)
                .settings(new AnalysisSettings(1, "", ScaleRule.TAG, 20_000_000L, Extras.NONE))
                .build();

        assertThat(weak(map)).isEmpty();
        assertThat(ScaleBasis.of(map).unknown()).isTrue();
    }
}
