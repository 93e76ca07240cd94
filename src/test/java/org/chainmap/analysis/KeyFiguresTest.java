package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.io.MapReader;
import org.chainmap.model.ChainFigures;
import org.chainmap.model.Enterprise;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;
import org.chainmap.model.Snapshots;
import org.junit.jupiter.api.Test;

/** A snapshot's figures are the gap analysis' figures, and a map keeps one snapshot a day. */
class KeyFiguresTest {

    @Test
    void theFiguresOfEveryChainOfTheShippedMapAreThoseOfTheAnalysis() {
        RegionMap map = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        Snapshot snapshot = KeyFigures.take(map, "2026-12-06", "四季度");
        List<ChainReport> reports = GapAnalysis.of(map);
        assertThat(snapshot.chains()).hasSize(reports.size());
        for (ChainReport report : reports) {
            ChainFigures figures = snapshot.chain(report.chain()).orElseThrow();
            assertThat(figures.segments()).isEqualTo(report.segments());
            assertThat(figures.covered()).isEqualTo(report.covered());
            assertThat(figures.coverage()).isEqualTo(report.coverage());
            assertThat(figures.localRate())
                    .isEqualTo(
                            report.localRate() == null
                                    ? null
                                    : report.localRate().rate());
            for (GapKind kind : GapKind.values()) {
                assertThat(figures.gapCount(kind.id()))
                        .as(report.chain() + " " + kind)
                        .isEqualTo(report.gaps(kind).size());
            }
            List<Enterprise> local = map.enterprisesOfChain(report.chain()).stream()
                    .filter(Enterprise::local)
                    .toList();
            assertThat(figures.localFirms()).isEqualTo(local.size());
            assertThat(figures.scaleFirms()).isEqualTo((int)
                    local.stream().filter(map.analysis()::aboveScale).count());
        }
        assertThat(snapshot.label()).isEqualTo("四季度");
    }

    @Test
    void aSnapshotCountsTheCurrentStateByHand() {
        // TargetStateTest's map today: 甲 (规上) and 乙 local, 部件 missing, 原料 and 整机 weak, 部件 to extend into.
        ChainFigures figures = KeyFigures.take(TargetStateTest.map(), "2026-12-06", null)
                .chains()
                .get(0);
        assertThat(figures.segments()).isEqualTo(3);
        assertThat(figures.covered()).isEqualTo(2);
        assertThat(figures.localFirms()).isEqualTo(2);
        assertThat(figures.scaleFirms()).isEqualTo(1);
        assertThat(figures.localRate()).isNull();
        assertThat(figures.output()).isNull();
        assertThat(figures.gaps())
                .containsEntry("missing", 1)
                .containsEntry("weak", 2)
                .containsEntry("extend", 1)
                .containsEntry("broken", 0);
        assertThat(KeyFigures.take(MapState.TARGET.of(TargetStateTest.map()), "2026-12-06", null)
                        .chains()
                        .get(0)
                        .covered())
                .isEqualTo(3);
    }

    @Test
    void oneSnapshotADayIsReplacedNotPiledUpAndTheyStayInDateOrder() {
        RegionMap map = TargetStateTest.map();
        Snapshot march = KeyFigures.take(map, "2026-03-31", "一季度");
        Snapshot june = KeyFigures.take(map, "2026-06-30", "二季度");
        Snapshot juneAgain = KeyFigures.take(MapState.TARGET.of(map), "2026-06-30", "二季度（重记）");

        Snapshots kept = Snapshots.NONE.put(june).put(march).put(juneAgain);

        assertThat(kept.taken()).extracting(Snapshot::date).containsExactly("2026-03-31", "2026-06-30");
        assertThat(kept.on("2026-06-30").orElseThrow()).isEqualTo(juneAgain);
        List<Snapshots.Point> series = kept.series("c");
        assertThat(series).extracting(Snapshots.Point::date).containsExactly("2026-03-31", "2026-06-30");
        assertThat(series.get(0).figures().covered()).isEqualTo(2);
        assertThat(series.get(1).figures().covered()).isEqualTo(3);
        assertThat(kept.series("no-such-chain")).isEmpty();
    }
}
