package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.GapKind;
import org.junit.jupiter.api.Test;

/** The analysis as the window looks it up: by chain, by segment, by enterprise. */
class MapGapsTest {

    private final MapGaps gaps = MapGaps.of(GapMap.map());

    @Test
    void holdsTheReportsOfTheAnalysis() {
        assertThat(gaps.reports()).isEqualTo(GapAnalysis.of(GapMap.map()));
        assertThat(gaps.report("power")).isPresent();
        assertThat(gaps.report("none")).isEmpty();
        assertThat(MapGaps.none().reports()).isEmpty();
        assertThat(MapGaps.none().count("power", GapKind.MISSING)).isZero();
    }

    @Test
    void countsEveryKindOnTheGapMap() {
        assertThat(List.of(GapKind.values()))
                .extracting(kind -> gaps.count("power", kind))
                .containsExactly(2, 2, 1, 1, 1, 1);
    }

    @Test
    void aSegmentHasItsOwnGapsAndTheFeedsIntoIt() {
        assertThat(gaps.ofSegment(GapMap.GRID)).extracting(Gap::kind).containsExactly(GapKind.MISSING, GapKind.EXTEND);
        assertThat(gaps.ofSegment(GapMap.COPPER)).extracting(Gap::kind).containsExactly(GapKind.WEAK);
        assertThat(gaps.ofSegment(GapMap.TRANSFORMER))
                .extracting(Gap::kind)
                .containsExactly(GapKind.BROKEN, GapKind.CHOKEPOINT);
        assertThat(gaps.ofSegment(GapMap.TRANSFORMER, GapKind.BROKEN)).hasSize(1);
        assertThat(gaps.ofSegment(GapMap.STEEL))
                .as("the supplying end lists the feed too")
                .extracting(Gap::kind)
                .containsExactly(GapKind.MISSING, GapKind.BROKEN, GapKind.CHOKEPOINT);
        assertThat(gaps.ofSegment(GapMap.STEEL, GapKind.BROKEN))
                .as("but is not marked with it")
                .isEmpty();
    }

    @Test
    void aFirmHasTheGapsItTakesPartIn() {
        assertThat(gaps.ofFirm("baosteel")).extracting(Gap::kind).containsExactly(GapKind.BROKEN, GapKind.CHOKEPOINT);
        assertThat(gaps.ofFirm("tbea"))
                .extracting(Gap::kind)
                .containsExactly(GapKind.BROKEN, GapKind.CHOKEPOINT, GapKind.CUTPOINT);
        assertThat(gaps.ofFirm("copper")).extracting(Gap::kind).containsExactly(GapKind.WEAK);
        assertThat(gaps.isChokepointSupplier("power", "baosteel")).isTrue();
        assertThat(gaps.isChokepointSupplier("power", "tbea")).isFalse();
        assertThat(gaps.isKeyFirm("tbea")).isTrue();
        assertThat(gaps.isKeyFirm("copper")).isFalse();
    }

    @Test
    void candidatesAreRankedAndKnowTheirPlace() {
        Gap steel = gaps.ofSegment(GapMap.STEEL, GapKind.MISSING).get(0);
        assertThat(MapGaps.candidates(steel))
                .extracting(Candidate::name)
                .containsExactly(GapMap.BAOSTEEL, GapMap.SHOUGANG);
        assertThat(gaps.candidacies("shougang")).containsExactly(new MapGaps.Candidacy(steel, 2));
        Gap grid = gaps.ofSegment(GapMap.GRID, GapKind.MISSING).get(0);
        assertThat(MapGaps.candidates(grid)).extracting(Candidate::name).containsExactly(GapMap.GRID_TARGET);
        assertThat(MapGaps.candidates(
                        gaps.ofSegment(GapMap.GRID, GapKind.EXTEND).get(0)))
                .isEmpty();
    }
}
