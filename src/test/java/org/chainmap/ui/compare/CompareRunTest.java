package org.chainmap.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.compare.MapComparer;
import org.chainmap.io.MapFile;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.MapGaps;
import org.chainmap.ui.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison of the window after an edit: the older version analysed once, on reading, and the map open compared
 * with it taking the window's own analysis of it gives what comparing the two maps afresh gives.
 */
class CompareRunTest {

    @TempDir
    Path dir;

    @Test
    void theWindowsAnalysisOfTheEditedMapGivesTheSameComparisonAsAnalysingItAgain() throws Exception {
        RegionMap small = TestMaps.small();
        List<Enterprise> firms = new ArrayList<>(small.enterprises());
        firms.add(Enterprise.of("gone", "旧变压器厂", true, List.of("power.transformer", "power.copper")));
        RegionMap older = small.withEnterprises(firms);
        MapFile.save(older, dir.resolve("older.json"));
        CompareRun run =
                CompareRun.read(dir.resolve("older.json").toString(), dir).run();
        assertThat(run).isNotNull();
        assertThat(run.old().map()).isEqualTo(older);

        // an edit: the copper maker leaves, the old steel segment's gap opens again
        RegionMap edited = small.withEnterprises(small.enterprises().stream()
                .filter(firm -> !firm.id().equals("copper"))
                .toList());
        List<org.chainmap.analysis.ChainReport> reports = CompareRun.reportsOf(MapGaps.of(edited), edited);
        assertThat(reports).isNotNull();
        var shown = run.compare(edited, reports, "now");
        assertThat(shown.compared().comparison().chains())
                .isEqualTo(MapComparer.compare(older, edited).chains())
                .isEqualTo(
                        run.compare(edited, null, "now").compared().comparison().chains());
        assertThat(shown.compared().ghostFirms()).containsExactlyInAnyOrder("gone", "copper");
        // the analysis of another map (the one before the edit) is not taken for the edited one
        assertThat(CompareRun.reportsOf(MapGaps.of(small), edited)).isNull();
    }
}
