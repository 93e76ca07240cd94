package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.RandomCommands;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.MapCounts;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits of every kind, undos and redos (issue 17 item 9): the counts the memo brings up to date
 * from each edit's touched records are, after every step, the counts made afresh, for the whole map and for every
 * chain, whether asked after each edit or after several (a chain's counts carried over many edits at once).
 */
class CountsMemoPropertyTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void countsKeptAcrossRandomEditsAreTheCountsMadeAfresh(long seed) {
        RegionMap start =
                switch ((int) (seed % 3)) {
                    case 0 -> SampleMaps.full();
                    case 1 -> HENGYANG;
                    default -> RegionGenerator.generate(1_500, seed);
                };
        History history = new History(start);
        EditTrail trail = new EditTrail();
        trail.start(start);
        CountsMemo memo = new CountsMemo(trail);
        RandomCommands commands = new RandomCommands(seed);
        Random random = new Random(seed);
        int changes = 0;
        for (int i = 0; i < 250; i++) {
            Optional<History.Done> done;
            int choice = random.nextInt(10);
            if (choice == 0) {
                done = history.undo();
            } else if (choice == 1) {
                done = history.redo();
            } else {
                try {
                    done = history.perform(commands.next(history.map()));
                } catch (EditRefusedException refused) {
                    done = Optional.empty();
                }
            }
            if (done.isEmpty()) {
                continue;
            }
            changes++;
            RegionMap map = history.map();
            trail.add(map, done.get().change().touched());
            boolean all = random.nextInt(8) == 0;
            for (Chain chain : map.chains()) {
                if (all || random.nextInt(3) == 0) {
                    assertThat(memo.of(map, chain))
                            .as("chain %s after step %d", chain.id(), i)
                            .isEqualTo(ChainCounts.of(map, chain));
                }
            }
            if (all || random.nextBoolean()) {
                assertThat(memo.of(map)).as("the map after step %d", i).isEqualTo(MapCounts.of(map));
            }
        }
        assertThat(changes).as("edits, undos and redos carried out").isGreaterThan(100);
    }
}
