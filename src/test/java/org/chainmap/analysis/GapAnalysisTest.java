package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chainmap.model.MapValidator;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Stage;
import org.chainmap.model.TargetStatus;
import org.junit.jupiter.api.Test;

/** Each gap kind on maps small enough that the expected answer was worked out by hand. */
class GapAnalysisTest {

    private static ChainReport report(RegionMap map, String chain) {
        assertThat(MapValidator.hasErrors(MapValidator.validate(map))).isFalse();
        return GapAnalysis.of(map).stream()
                .filter(report -> report.chain().equals(chain))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void coverageMissingAndWeak() {
        // a: no local firm → missing. b: one firm, not 规上 → weak (too few, none above scale).
        // c: two firms, one 规上 → fine. d: one 规上 firm → weak (too few only). Coverage 3 of 4.
        RegionMap map = new MapBuilder()
                .segment("p", "p.a", Stage.UPSTREAM)
                .segment("p", "p.b", Stage.UPSTREAM)
                .segment("p", "p.c", Stage.MIDSTREAM)
                .segment("p", "p.d", Stage.DOWNSTREAM)
                .local("b1", "p.b")
                .local("c1", "p.c", "规上")
                .local("c2", "p.c")
                .local("d1", "p.d", "规上")
                .build();
        ChainReport report = report(map, "p");
        assertThat(report.coverage()).isEqualTo(0.75);
        assertThat(report.gaps())
                .containsExactly(
                        new Gap.Missing("p", "p.a", List.of()),
                        new Gap.Weak("p", "p.b", List.of("b1"), true, true, List.of()),
                        new Gap.Weak("p", "p.d", List.of("d1"), true, false, List.of()));
    }

    @Test
    void theThresholdComesFromTheMap() {
        RegionMap map = new MapBuilder()
                .weakBelow(1)
                .segment("p", "p.d", Stage.DOWNSTREAM)
                .local("d1", "p.d", "规上")
                .build();
        assertThat(report(map, "p").gaps()).isEmpty();
    }

    @Test
    void brokenWhenEverySupplierOfAFlowIsExternal() {
        // Steel s → transformer t. Local t1 and t2 buy steel only from the external x: broken, and since
        // x is the one supplier of two local firms also a chokepoint.
        RegionMap map = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .external("x", "p.s", null)
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .link("x", "t1")
                .link("x", "t2")
                .build();
        assertThat(report(map, "p").gaps())
                .contains(
                        new Gap.Broken("p", "p.s", "p.t", List.of("x"), List.of("t1", "t2")),
                        new Gap.Chokepoint("p", "p.s", "p.t", "x", List.of("t1", "t2")));
    }

    @Test
    void oneLocalSupplierMendsTheFlow() {
        RegionMap map = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .external("x", "p.s", null)
                .local("y", "p.s", "规上")
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .link("x", "t1")
                .link("y", "t2")
                .build();
        assertThat(report(map, "p").gaps(GapKind.BROKEN)).isEmpty();
        assertThat(report(map, "p").gaps(GapKind.CHOKEPOINT)).isEmpty();
    }

    @Test
    void aChokepointNeedsTwoDependentLocalFirmsAndCanBeLocal() {
        RegionMap one = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .local("y", "p.s", "规上")
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .link("y", "t1")
                .build();
        assertThat(report(one, "p").gaps(GapKind.CHOKEPOINT)).isEmpty();
        RegionMap two = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .local("y", "p.s", "规上")
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .link("y", "t1")
                .link("y", "t2")
                .link("y", "t2")
                .build();
        assertThat(report(two, "p").gaps(GapKind.CHOKEPOINT))
                .containsExactly(new Gap.Chokepoint("p", "p.s", "p.t", "y", List.of("t1", "t2")));
        assertThat(report(two, "p").gaps(GapKind.BROKEN)).isEmpty();
    }

    @Test
    void twoLinksIntoOneCustomerAreNoChokepoint() {
        // y supplies t1 twice (two products); t2 buys nothing. One customer depends on y, not two.
        RegionMap map = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .local("y", "p.s", "规上")
                .external("x", "p.s", null)
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .link("y", "t1")
                .link("y", "t1")
                .link("x", "t2")
                .build();
        assertThat(report(map, "p").gaps(GapKind.CHOKEPOINT)).isEmpty();
        RegionMap external = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .external("x", "p.s", null)
                .local("t1", "p.t", "规上")
                .link("x", "t1", 100)
                .link("x", "t1", 200)
                .build();
        assertThat(report(external, "p").gaps(GapKind.CHOKEPOINT)).isEmpty();
        assertThat(report(external, "p").gaps(GapKind.BROKEN))
                .containsExactly(new Gap.Broken("p", "p.s", "p.t", List.of("x"), List.of("t1")));
    }

    @Test
    void firmsOfOneSegmentTradingAmongThemselvesAreNoFeedGap() {
        // a supplies b and c of its own segment t, a local firm or an external one. Neither is a feed
        // between segments: no chokepoint t → t, no broken t → t. Even when the map declares that t feeds
        // itself (a warning).
        for (boolean local : new boolean[] {true, false}) {
            for (String[] feeds : List.of(new String[0], new String[] {"p.t"})) {
                MapBuilder builder = new MapBuilder()
                        .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                        .segment("p", "p.t", Stage.MIDSTREAM, feeds);
                builder = local ? builder.local("a", "p.t", "规上") : builder.external("a", "p.t", null);
                RegionMap map = builder.local("b", "p.t", "规上")
                        .local("c", "p.t", "规上")
                        .link("a", "b")
                        .link("a", "c")
                        .build();
                ChainReport report = report(map, "p");
                assertThat(report.gaps(GapKind.CHOKEPOINT))
                        .as("local %s", local)
                        .isEmpty();
                assertThat(report.gaps(GapKind.BROKEN)).as("local %s", local).isEmpty();
                // The links still count in the local rate.
                assertThat(report.localRate().rate()).isEqualTo(local ? 1.0 : 0.0);
            }
        }
        // A firm in two segments supplying its own second segment's firms: only the feed s → t is one.
        RegionMap twoSegments = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM)
                .segment("p", "p.t", Stage.MIDSTREAM)
                .external("x", "p.t", null)
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .link("x", "t1")
                .link("x", "t2")
                .build();
        RegionMap withS = twoSegments.withEnterprises(twoSegments.enterprises().stream()
                .map(firm -> firm.id().equals("x") ? firm.withSegments(List.of("p.s", "p.t")) : firm)
                .toList());
        assertThat(report(withS, "p").gaps(GapKind.CHOKEPOINT))
                .containsExactly(new Gap.Chokepoint("p", "p.s", "p.t", "x", List.of("t1", "t2")));
        assertThat(report(withS, "p").gaps(GapKind.BROKEN))
                .containsExactly(new Gap.Broken("p", "p.s", "p.t", List.of("x"), List.of("t1", "t2")));
    }

    @Test
    void aFeedGapAcrossTwoChainsBelongsToTheBuyingChain() {
        // Copper rod from the non-ferrous chain feeds the power chain's transformers.
        RegionMap map = new MapBuilder()
                .segment("nf", "nf.rod", Stage.MIDSTREAM, "pw.t")
                .segment("pw", "pw.t", Stage.MIDSTREAM)
                .external("jx", "nf.rod", null)
                .local("t1", "pw.t", "规上")
                .local("t2", "pw.t", "规上")
                .link("jx", "t1")
                .link("jx", "t2")
                .build();
        assertThat(report(map, "pw").gaps(GapKind.BROKEN))
                .containsExactly(new Gap.Broken("pw", "nf.rod", "pw.t", List.of("jx"), List.of("t1", "t2")));
        assertThat(report(map, "nf").gaps(GapKind.BROKEN)).isEmpty();
        assertThat(report(map, "nf").gaps(GapKind.MISSING))
                .extracting(Gap::sortKey)
                .containsExactly("nf.rod");
    }

    @Test
    void declaredFeedsDecideWhichSegmentsOfAMultiSegmentFirmAFlowRunsAlong() {
        // The supplier works in s1 and s2; only s1 feeds t: the flow is s1 → t alone.
        RegionMap map = new MapBuilder()
                .segment("p", "p.s1", Stage.UPSTREAM, "p.t")
                .segment("p", "p.s2", Stage.UPSTREAM)
                .segment("p", "p.t", Stage.MIDSTREAM)
                .external("x", "p.s2", null)
                .local("t1", "p.t", "规上")
                .build();
        RegionMap withTwoSegments = map.withEnterprises(List.of(
                        map.enterprises().get(0).withSegments(List.of("p.s2", "p.s1")),
                        map.enterprises().get(1)))
                .withLinks(List.of(org.chainmap.model.SupplyLink.of("x", "t1", null)));
        assertThat(report(withTwoSegments, "p").gaps(GapKind.BROKEN))
                .containsExactly(new Gap.Broken("p", "p.s1", "p.t", List.of("x"), List.of("t1")));
        // Without any declared feed between them, every pair counts.
        RegionMap undeclared = new MapBuilder()
                .segment("p", "p.s1", Stage.UPSTREAM)
                .segment("p", "p.t", Stage.MIDSTREAM)
                .external("x", "p.s1", null)
                .local("t1", "p.t", "规上")
                .link("x", "t1")
                .build();
        assertThat(report(undeclared, "p").gaps(GapKind.BROKEN))
                .containsExactly(new Gap.Broken("p", "p.s1", "p.t", List.of("x"), List.of("t1")));
    }

    @Test
    void cyclesAreAnalysedLikeAnyOtherFeed() {
        // Recycling: scrap r feeds smelting m, smelting feeds products d, products feed scrap.
        RegionMap map = new MapBuilder()
                .segment("nf", "nf.m", Stage.MIDSTREAM, "nf.d")
                .segment("nf", "nf.d", Stage.DOWNSTREAM, "nf.r")
                .segment("nf", "nf.r", Stage.UPSTREAM, "nf.m")
                .local("m1", "nf.m", "规上")
                .local("m2", "nf.m", "规上")
                .local("d1", "nf.d", "规上")
                .local("d2", "nf.d", "规上")
                .external("r1", "nf.r", null)
                .link("r1", "m1")
                .link("m1", "d1")
                .link("d1", "m2")
                .build();
        ChainReport report = report(map, "nf");
        assertThat(report.gaps(GapKind.BROKEN))
                .containsExactly(new Gap.Broken("nf", "nf.r", "nf.m", List.of("r1"), List.of("m1")));
        assertThat(report.gaps(GapKind.MISSING)).extracting(Gap::sortKey).containsExactly("nf.r");
        assertThat(report.gaps(GapKind.EXTEND)).containsExactly(new Gap.Extend("nf", "nf.r", List.of("nf.d")));
    }

    @Test
    void withoutLinksThereIsNoRateAndNoFeedGap() {
        RegionMap map = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .local("t1", "p.t", "规上")
                .build();
        ChainReport report = report(map, "p");
        assertThat(report.localRate()).isNull();
        assertThat(report.gaps()).extracting(Gap::kind).containsExactly(GapKind.MISSING, GapKind.WEAK);
    }

    /** Into local t1 and t2: from local y (100), external x (300) and external z (600, or no value). */
    private static RegionMap rateMap(boolean everyLinkValued) {
        MapBuilder builder = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .local("y", "p.s", "规上")
                .external("x", "p.s", null)
                .external("z", "p.s", null)
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .link("y", "t1", 100)
                .link("x", "t1", 300);
        return (everyLinkValued ? builder.link("z", "t2", 600) : builder.link("z", "t2")).build();
    }

    @Test
    void localRateCountsLinksUnlessEveryLinkHasAValue() {
        LocalRate byValue = report(rateMap(true), "p").localRate();
        assertThat(byValue.weighted()).isTrue();
        assertThat(byValue.rate()).isCloseTo(0.1, within(1e-12));
        assertThat(byValue.value()).isEqualTo(1000);
        LocalRate byCount = report(rateMap(false), "p").localRate();
        assertThat(byCount.weighted()).isFalse();
        assertThat(byCount.rate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(byCount.links()).isEqualTo(3);
        assertThat(byCount.localLinks()).isEqualTo(1);
    }

    @Test
    void localRateCountsLinksWhenEveryLinkIsWorthNothing() {
        // Every link has a value, but they add up to 0: a share by value would be 0 / 0.
        RegionMap map = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .local("y", "p.s", "规上")
                .external("x", "p.s", null)
                .external("z", "p.s", null)
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .link("y", "t1", 0)
                .link("x", "t1", 0)
                .link("z", "t2", 0)
                .build();
        LocalRate rate = report(map, "p").localRate();
        assertThat(rate.rate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(rate.weighted()).isFalse();
        assertThat(rate.links()).isEqualTo(3);
        assertThat(rate.localLinks()).isEqualTo(1);
        assertThat(rate.value()).isZero();
    }

    @Test
    void localRateCountsOnlyLinksIntoLocalFirmsOfTheChain() {
        // The supplier chain's own rate sees nothing: its firms buy nothing.
        RegionMap map = new MapBuilder()
                .segment("nf", "nf.rod", Stage.MIDSTREAM, "pw.t")
                .segment("pw", "pw.t", Stage.MIDSTREAM)
                .local("rod", "nf.rod", "规上")
                .external("out", "pw.t", null)
                .local("t1", "pw.t", "规上")
                .link("rod", "t1")
                .link("rod", "out")
                .build();
        assertThat(report(map, "pw").localRate().rate()).isEqualTo(1.0);
        assertThat(report(map, "pw").localRate().links()).isEqualTo(1);
        assertThat(report(map, "nf").localRate()).isNull();
    }

    @Test
    void aLocalFirmThatJoinsTwoGroupsIsACutpoint() {
        // a — b — c among local firms, and the external x supplying c: b holds a and c together.
        RegionMap map = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .local("a", "p.s", "规上")
                .local("b", "p.t", "规上")
                .local("c", "p.t", "规上")
                .external("x", "p.s", null)
                .link("a", "b")
                .link("b", "c")
                .link("x", "c")
                .build();
        assertThat(report(map, "p").gaps(GapKind.CUTPOINT)).containsExactly(new Gap.Cutpoint("p", "b", 2));
    }

    @Test
    void gapsAreSortedByKindThenIds() {
        RegionMap map = new MapBuilder()
                .segment("p", "p.z", Stage.UPSTREAM)
                .segment("p", "p.a", Stage.UPSTREAM)
                .segment("p", "p.m", Stage.MIDSTREAM)
                .local("m1", "p.m")
                .build();
        assertThat(report(map, "p").gaps())
                .extracting(gap -> gap.kind() + " " + gap.sortKey())
                .containsExactly("MISSING p.a", "MISSING p.z", "WEAK p.m");
    }

    @Test
    void candidatesAreRankedBySupplyThenTagsThenRevenueThenStatus() {
        RegionMap map = new MapBuilder()
                .segment("p", "p.s", Stage.UPSTREAM, "p.t")
                .segment("p", "p.t", Stage.MIDSTREAM)
                .local("t1", "p.t", "规上")
                .local("t2", "p.t", "规上")
                .external("big", "p.s", 50_000_000_000L, "规上", "上市")
                .external("champion", "p.s", 100_000_000L, "单项冠军")
                .external("supplier", "p.s", null)
                .external("small", "p.s", 20_000_000L)
                .external("quiet", "p.s", null)
                .link("supplier", "t1")
                .link("supplier", "t2")
                .target("talks", "p.s", null, TargetStatus.NEGOTIATING, "洽谈扩产")
                .target("gone", "p.s", "quiet", TargetStatus.DROPPED, null)
                .build();
        Gap.Missing missing =
                (Gap.Missing) report(map, "p").gaps(GapKind.MISSING).get(0);
        // supplier: supplies 2 local firms. big: 规上+上市 = 5, champion: 单项冠军 = 5, big has more revenue.
        // small: revenue; talks: no facts but negotiating; quiet: dropped, last.
        assertThat(missing.targets())
                .extracting(Candidate::id)
                .containsExactly("supplier", "big", "champion", "small", "talks", "quiet");
        assertThat(missing.targets().get(0).localCustomers()).isEqualTo(2);
        assertThat(missing.targets().get(5).status()).isEqualTo(TargetStatus.DROPPED);
    }
}
