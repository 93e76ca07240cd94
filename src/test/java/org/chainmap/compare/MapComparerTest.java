package org.chainmap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/** The gap changes of {@link MapComparer} on small maps, worked out by hand (see {@link SmallMaps}). */
class MapComparerTest {

    private static final String LOCAL_STEEL =
            ", {\"id\": \"hy-steel\", \"name\": \"衡钢\", \"local\": true, \"segments\": [\"power.steel\"]}";

    private static List<String> places(List<GapChange> changes) {
        return changes.stream().map(GapChange::place).toList();
    }

    @Test
    void aNewLocalFirmClosesTheMissingSegmentAndLeavesItWeak() {
        MapComparison comparison = MapComparer.compare(SmallMaps.base(), SmallMaps.map(LOCAL_STEEL, ""));
        ChainComparison power = comparison.chain("power").orElseThrow();
        // before: steel missing, ct weak, steel→transformer broken and a chokepoint; after: steel has one small
        // local firm (weak), and the feed is as it was (衡钢 supplies nobody yet)
        assertThat(places(power.closed())).containsExactly("missing:power.steel");
        assertThat(places(power.opened())).containsExactly("weak:power.steel");
        assertThat(power.gapsChanged()).isEmpty();
        assertThat(power.closed().get(0).causes()).containsExactly(new Cause("hy-steel", CauseKind.ADDED));
        assertThat(power.opened().get(0).causes()).containsExactly(new Cause("hy-steel", CauseKind.ADDED));
        assertThat(power.coverageBefore()).isEqualTo(2.0 / 3);
        assertThat(power.coverageAfter()).isEqualTo(1.0);
        assertThat(power.localRateBefore()).isEqualTo(0.0);
        assertThat(power.localRateAfter()).isEqualTo(0.0);
        assertThat(power.addedIds()).containsExactly("hy-steel");
        assertThat(power.removedIds()).isEmpty();
        assertThat(power.changedIds()).isEmpty();
        assertThat(comparison.firm("hy-steel")).isEqualTo(Change.ADDED);
        assertThat(comparison.firm("t1")).isEqualTo(Change.SAME);
        assertThat(comparison.causedBy("hy-steel")).hasSize(2);
        // as a reader counts them: one gap closed, which is weak now, and none opened
        assertThat(power.counterpart(power.closed().get(0)))
                .isEqualTo(power.opened().get(0));
        assertThat(power.counterpart(power.opened().get(0)))
                .isEqualTo(power.closed().get(0));
        assertThat(places(power.closedAsRead())).containsExactly("missing:power.steel");
        assertThat(power.openedAsRead()).isEmpty();
    }

    /** A firm that became 规上 is changed in its scale; one that is no longer local, in its being local. */
    @Test
    void aFirmThatRoseToDesignatedSizeOrStoppedBeingLocalIsChangedInThatAspect() {
        String after = SmallMaps.json("", "")
                .replace("\"segments\": [\"power.ct\"]}", "\"segments\": [\"power.ct\"], \"tags\": [\"规上\"]}")
                .replace(
                        "{\"id\": \"t1\", \"name\": \"特变电工衡阳变压器\", \"local\": true",
                        "{\"id\": \"t1\", \"name\": \"特变电工衡阳变压器\", \"local\": false");
        MapComparison comparison = MapComparer.compare(SmallMaps.base(), SmallMaps.read(after));
        ChainComparison power = comparison.chain("power").orElseThrow();
        assertThat(power.changedIds()).containsExactlyInAnyOrder("t1", "ct");
        for (FirmChange change : power.changed()) {
            if (change.id().equals("ct")) {
                assertThat(change.aspects()).containsExactly(Aspect.SCALE);
            } else {
                assertThat(change.aspects()).contains(Aspect.LOCAL);
            }
        }
        assertThat(power.addedIds()).isEmpty();
        assertThat(power.removedIds()).isEmpty();
    }

    @Test
    void aLocalSupplierMendsTheBrokenFlowAndEndsTheChokepoint() {
        RegionMap before = SmallMaps.map(LOCAL_STEEL, "");
        RegionMap after = SmallMaps.map(LOCAL_STEEL, ", {\"from\": \"hy-steel\", \"to\": \"t2\"}");
        MapComparison comparison = MapComparer.compare(before, after);
        ChainComparison power = comparison.chain("power").orElseThrow();
        // before: 宝钢 alone supplies t1 and t2 (broken, chokepoint); after: 衡钢, local, supplies t2 as well
        assertThat(places(power.closed()))
                .containsExactly("broken:power.steel>power.transformer", "chokepoint:power.steel>power.transformer");
        assertThat(power.opened()).isEmpty();
        assertThat(power.closedAsRead()).isEqualTo(power.closed());
        for (GapChange closed : power.closed()) {
            assertThat(power.counterpart(closed)).as("a feed's gap has none").isNull();
            assertThat(closed.causes()).containsExactly(new Cause("hy-steel", CauseKind.LINKED));
            assertThat(closed.after()).isNull();
            assertThat(closed.before().kind()).isIn(GapKind.BROKEN, GapKind.CHOKEPOINT);
        }
        assertThat(power.localRateBefore()).isEqualTo(0.0);
        assertThat(power.localRateAfter()).isEqualTo(1.0 / 3);
        assertThat(power.linksAdded()).hasSize(1);
        assertThat(power.linksAdded().get(0).from()).isEqualTo("hy-steel");
        assertThat(comparison.link(after.links().size() - 1)).isEqualTo(Change.ADDED);
        assertThat(comparison.link(after.links().get(0))).isEqualTo(Change.SAME);
        assertThat(comparison.removedLinks()).isEmpty();
        assertThat(power.addedIds()).isEmpty();
    }

    @Test
    void aFirmMovedBetweenSegmentsLeavesItsOldSegmentMissing() {
        RegionMap after = SmallMaps.read(SmallMaps.json("", "")
                .replace("\"segments\": [\"power.ct\"]", "\"segments\": [\"power.transformer\"]"));
        MapComparison comparison = MapComparer.compare(SmallMaps.base(), after);
        ChainComparison power = comparison.chain("power").orElseThrow();
        // ct was weak (one small local firm); with 南方互感器 moved to transformers it has none
        assertThat(places(power.closed())).containsExactly("weak:power.ct");
        assertThat(places(power.opened())).containsExactly("missing:power.ct");
        assertThat(power.opened().get(0).causes()).containsExactly(new Cause("ct", CauseKind.MOVED_OUT));
        // as a reader counts them: no gap closed (ct is worse off), one opened where a weak one was
        assertThat(power.closedAsRead()).isEmpty();
        assertThat(places(power.openedAsRead())).containsExactly("missing:power.ct");
        assertThat(power.counterpart(power.opened().get(0)))
                .isEqualTo(power.closed().get(0));
        assertThat(power.changedIds()).containsExactly("ct");
        assertThat(power.changed().get(0).aspects()).containsExactly(Aspect.SEGMENT);
        assertThat(comparison.firm("ct")).isEqualTo(Change.CHANGED);
        // steel was missing already: one of three segments covered now
        assertThat(power.coverageAfter()).isEqualTo(1.0 / 3);
        Gap missing = GapAnalysis.of(after).get(0).gaps(GapKind.MISSING).get(0);
        assertThat(comparison.gap(missing)).isEqualTo(Change.ADDED);
        assertThat(comparison.gapChange(missing).orElseThrow().causes()).hasSize(1);
    }

    @Test
    void aRenameUnderTheSameCreditCodeIsOneFirmWithItsLinksKept() {
        RegionMap after = SmallMaps.read(SmallMaps.json("", "")
                .replace("\"id\": \"t2\", \"name\": \"衡阳变压器\"", "\"id\": \"hyb\", \"name\": \"衡变集团\"")
                .replace("\"to\": \"t2\"", "\"to\": \"hyb\""));
        MapComparison comparison = MapComparer.compare(SmallMaps.base(), after);
        ChainComparison power = comparison.chain("power").orElseThrow();
        FirmChange renamed = comparison.firmChange("hyb").orElseThrow();
        assertThat(renamed.before().id()).isEqualTo("t2");
        assertThat(renamed.matchedBy()).isEqualTo(MatchedBy.CREDIT_CODE);
        assertThat(renamed.aspects()).containsExactly(Aspect.ID, Aspect.NAME);
        assertThat(renamed.renamed()).isTrue();
        assertThat(power.addedIds()).isEmpty();
        assertThat(power.removedIds()).isEmpty();
        assertThat(power.changedIds()).containsExactly("hyb");
        // the link to the renamed firm is the same link, and the gaps' evidence names the same firms
        assertThat(power.linksAdded()).isEmpty();
        assertThat(power.linksRemoved()).isEmpty();
        assertThat(power.closed()).isEmpty();
        assertThat(power.opened()).isEmpty();
        assertThat(power.gapsChanged()).isEmpty();
    }

    @Test
    void aRemovedFirmIsNamedByItsOldIdAndGhostedInTheLookups() {
        RegionMap after = SmallMaps.read(SmallMaps.json("", "").replaceAll(",\\s*\\{\"id\": \"ct\"[^}]*\\}", ""));
        MapComparison comparison = MapComparer.compare(SmallMaps.base(), after);
        ChainComparison power = comparison.chain("power").orElseThrow();
        assertThat(power.removedIds()).containsExactly("ct");
        assertThat(comparison.removedFirms()).extracting(firm -> firm.id()).containsExactly("ct");
        assertThat(places(power.opened())).containsExactly("missing:power.ct");
        assertThat(power.opened().get(0).causes()).containsExactly(new Cause("ct", CauseKind.REMOVED));
        assertThat(comparison.segment("power.ct")).isEqualTo(Change.SAME);
    }

    @Test
    void segmentsAddedAndRemovedAreFoundByIdAndChainsByTheirs() {
        RegionMap after = SmallMaps.read(SmallMaps.json("", "")
                .replace(
                        "{\"id\": \"power.ct\", \"name\": \"互感器\", \"stage\": \"midstream\"}",
                        "{\"id\": \"power.ct\", \"name\": \"互感器\", \"stage\": \"midstream\"},"
                                + " {\"id\": \"power.grid\", \"name\": \"电网\", \"stage\": \"downstream\"}"));
        MapComparison comparison = MapComparer.compare(SmallMaps.base(), after);
        assertThat(comparison.chain("power").orElseThrow().segmentsAdded())
                .extracting(segment -> segment.id())
                .containsExactly("power.grid");
        assertThat(comparison.segment("power.grid")).isEqualTo(Change.ADDED);
        assertThat(MapComparer.compare(after, SmallMaps.base()).removedSegments())
                .extracting(segment -> segment.id())
                .containsExactly("power.grid");
        assertThat(comparison.chain("power").orElseThrow().change()).isEqualTo(Change.CHANGED);
        assertThat(MapComparer.compare(after, after).chains().get(0).change()).isEqualTo(Change.SAME);
        assertThat(Set.of(Change.values())).hasSize(4);
    }
}
