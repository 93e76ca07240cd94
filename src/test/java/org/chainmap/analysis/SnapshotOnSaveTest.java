package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;
import org.junit.jupiter.api.Test;

/** The on-save snapshot rule, one for the window and the command line (decision 0028). */
class SnapshotOnSaveTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    private static RegionMap hengyang() {
        return MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
    }

    @Test
    void noSnapshotIsDueUnlessTheMapAsksForOne() {
        RegionMap map = hengyang();
        RegionMap asking = map.withSnapshots(map.snapshots().withOnSave(true));

        assertThat(SnapshotOnSave.due(map, DAY)).isNull();
        Snapshot due = SnapshotOnSave.due(asking, DAY);
        assertThat(due.date()).isEqualTo("2026-03-31");
        assertThat(due.sameFigures(KeyFigures.take(asking, "2026-03-31", null))).isTrue();
    }

    @Test
    void theDaysSnapshotWithTheSameFiguresIsNotTakenAgainAndAChangedOneKeepsItsLabel() {
        RegionMap map = hengyang();
        RegionMap asking =
                map.withSnapshots(map.snapshots().withOnSave(true).put(KeyFigures.take(map, "2026-03-31", "一季度")));

        assertThat(SnapshotOnSave.due(asking, DAY)).isNull();
        RegionMap fewer = asking.withEnterprises(
                asking.enterprises().subList(1, asking.enterprises().size()));
        Snapshot due = SnapshotOnSave.due(fewer, DAY);
        assertThat(due).isNotNull();
        assertThat(due.label()).isEqualTo("一季度");
    }
}
