package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

/**
 * Candidates rank first by what they already do for the region, supplying or buying from local firms (by number,
 * then value), then by role, size and revenue; the reasons say which (issue 15).
 */
class EvidenceRankingTest {

    private static List<Candidate> candidates(RegionMap map) {
        return new TargetRanking(MapGraph.of(map)).candidates("c.gap");
    }

    private static MapBuilder region() {
        return new MapBuilder()
                .segment("c", "c.gap", Stage.UPSTREAM)
                .segment("c", "c.own", Stage.MIDSTREAM)
                .local("l1", "c.own", "规上")
                .local("l2", "c.own", "规上");
    }

    @Test
    void aFirmThatBuysFromTwoLocalFirmsRanksAboveAnUnrelatedListedTrader() {
        RegionMap map = region().externalAs("trader", "c.gap", Role.LEADER, 90_000_000_000L, "上市", "单项冠军")
                .externalAs("buyer", "c.gap", null, null)
                .externalAs("small", "c.gap", null, null)
                .externalAs("large", "c.gap", null, null)
                .link("l1", "buyer")
                .link("l2", "buyer")
                .link("small", "l1", 10_000_000L)
                .link("large", "l2", 90_000_000L)
                .build();

        assertThat(candidates(map)).extracting(Candidate::id).containsExactly("buyer", "large", "small", "trader");
        CandidateReason reasons = new CandidateReason(map, Locale.CHINESE);
        assertThat(reasons.of(candidates(map).get(0))).startsWith("已从本地2家企业采购");
        assertThat(reasons.of(candidates(map).get(1))).contains("已为本地1家企业供货", "与本地企业往来0.90亿元/年");
    }

    @Test
    void withNoTradeRoleComesBeforeSizeAndSizeBeforeTagsAndRevenue() {
        RegionMap map = region().externalAs("tagged", "c.gap", null, null, "高新")
                .externalAs("big", "c.gap", null, 30_000_000L)
                .externalAs("leader", "c.gap", Role.LEADER, 1_000L)
                .externalAs("service", "c.gap", Role.SERVICE, null, "专精特新")
                .build();

        assertThat(candidates(map)).extracting(Candidate::id).containsExactly("leader", "service", "big", "tagged");
        CandidateReason reasons = new CandidateReason(map, Locale.CHINESE);
        assertThat(reasons.of(candidates(map).get(0))).startsWith("链主企业");
        assertThat(reasons.of(candidates(map).get(2))).contains("规上（按营收）");
        assertThat(new CandidateReason(map, Locale.ENGLISH).of(candidates(map).get(2)))
                .contains("规上 by revenue");
    }
}
