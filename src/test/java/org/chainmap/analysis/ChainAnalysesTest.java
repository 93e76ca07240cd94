package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.Command;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.edit.RandomCommands;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gap analysis kept chain by chain: after any edit, undo or redo, the reports made again for the chains the
 * edit reached and kept for the others are exactly those of a whole analysis of the edited map.
 */
class ChainAnalysesTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void editedAnalysisIsTheWholeAnalysisOfTheEditedMap(long seed) {
        RegionMap start =
                switch ((int) (seed % 3)) {
                    case 0 -> SampleMaps.full();
                    case 1 -> HENGYANG;
                    default -> RegionGenerator.generate(600, seed);
                };
        History history = new History(start);
        RandomCommands commands = new RandomCommands(seed);
        ChainAnalyses analyses = ChainAnalyses.of(start);
        assertThat(analyses.reports()).isEqualTo(GapAnalysis.of(start));
        int partial = 0;
        for (int i = 0; i < 120; i++) {
            Command command = commands.next(history.map());
            try {
                var done = history.perform(command);
                if (done.isEmpty()) {
                    continue;
                }
                analyses = analyses.after(history.map(), done.get().change().touched());
            } catch (EditRefusedException refused) {
                continue;
            }
            assertThat(analyses.reports()).as("after %s", command).isEqualTo(GapAnalysis.of(history.map()));
            partial += analyses.analysed().size() < history.map().chains().size() ? 1 : 0;
            if (i % 7 == 0) {
                var undone = history.undo().orElseThrow();
                analyses = analyses.after(history.map(), undone.change().touched());
                assertThat(analyses.reports()).as("undo of %s", command).isEqualTo(GapAnalysis.of(history.map()));
                var redone = history.redo().orElseThrow();
                analyses = analyses.after(history.map(), redone.change().touched());
                assertThat(analyses.reports()).as("redo of %s", command).isEqualTo(GapAnalysis.of(history.map()));
            }
        }
        assertThat(partial).as("edits that analysed only some chains").isGreaterThan(20);
    }

    @Test
    void aFirmMovedInsideOneChainAnalysesThatChainAndTheChainsItReaches() throws EditRefusedException {
        RegionMap map = RegionGenerator.generate(3_000, 1);
        Chain chain = map.chains().get(0);
        Enterprise firm = map.enterprisesIn(chain.segments().get(0).id()).get(0);
        History history = new History(map);
        var done = history.perform(new MoveEnterprise(
                        firm.id(), null, chain.segments().get(1).id()))
                .orElseThrow();
        ChainAnalyses analyses =
                ChainAnalyses.of(map).after(history.map(), done.change().touched());
        assertThat(analyses.analysed())
                .contains(chain.id())
                .hasSizeLessThan(map.chains().size());
        assertThat(analyses.reports()).isEqualTo(GapAnalysis.of(history.map()));
        List<ChainReport> before = ChainAnalyses.of(map).reports();
        for (int c = 0; c < before.size(); c++) {
            if (!analyses.analysed().contains(before.get(c).chain())) {
                assertThat(analyses.reports().get(c)).isEqualTo(before.get(c));
            }
        }
    }
}
