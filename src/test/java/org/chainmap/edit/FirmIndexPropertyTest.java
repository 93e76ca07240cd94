package org.chainmap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapReader;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits of every kind, undos and redos (decision 0058): the index of enterprises by id that each
 * edited map derives from the map before finds, for every id the maps ever had, the very enterprise an index built
 * afresh from the edited map's enterprises finds, or none when that finds none.
 */
class FirmIndexPropertyTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void theIndexKeptAcrossRandomEditsIsTheIndexBuiltAfresh(long seed) {
        RegionMap start =
                switch ((int) (seed % 3)) {
                    case 0 -> SampleMaps.full();
                    case 1 -> HENGYANG;
                    default -> RegionGenerator.generate(1_500, seed);
                };
        History history = new History(start);
        RandomCommands commands = new RandomCommands(seed);
        Random random = new Random(seed);
        Set<String> ids = new LinkedHashSet<>();
        start.enterprises().forEach(firm -> ids.add(firm.id()));
        start.enterprise(ids.iterator().next()); // the first map's index built, as the window builds it
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
            map.enterprises().forEach(firm -> ids.add(firm.id()));
            // The same enterprises in a new list: a map that keeps no index, so it builds its own.
            RegionMap fresh = map.withEnterprises(List.copyOf(map.enterprises()));
            for (String id : ids) {
                Enterprise kept = map.enterprise(id).orElse(null);
                Enterprise built = fresh.enterprise(id).orElse(null);
                assertThat(kept).as("%s after step %d", id, i).isSameAs(built);
            }
        }
        assertThat(changes).as("edits, undos and redos carried out").isGreaterThan(100);
    }
}
