package org.chainmap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainmap.io.MapReader;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of commands on real maps: every change undone gives back the exact map it started
 * from, redone gives back the exact map it made, a refused command changes nothing, and no command makes a
 * valid map invalid.
 */
class HistoryPropertyTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void undoAndRedoGiveBackTheExactMaps(long seed) {
        RegionMap start = seed % 3 == 0 ? SampleMaps.full() : HENGYANG;
        History history = new History(start);
        RandomCommands commands = new RandomCommands(seed);
        List<RegionMap> states = new ArrayList<>(List.of(start));
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            RegionMap before = history.map();
            Command command = commands.next(before);
            try {
                if (history.perform(command).isPresent()) {
                    states.add(history.map());
                    assertThat(errors(history.map()))
                            .as("errors after %s", command)
                            .isSubsetOf(errors(before));
                    assertThat(command.describe(before).text(Locale.CHINESE)).isNotBlank();
                } else {
                    assertThat(history.map()).isSameAs(before);
                }
            } catch (EditRefusedException refusal) {
                refused++;
                assertThat(history.map())
                        .as("a refused %s changes nothing", command)
                        .isSameAs(before);
                assertThat(refusal.message(Locale.CHINESE)).isNotBlank();
            }
        }
        assertThat(states.size()).as("commands carried out").isGreaterThan(60);
        assertThat(refused).as("commands refused").isPositive();

        for (int i = states.size() - 1; i > 0; i--) {
            assertThat(history.undo()).isPresent();
            assertThat(history.map()).isEqualTo(states.get(i - 1));
        }
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
        for (int i = 1; i < states.size(); i++) {
            assertThat(history.redo()).isPresent();
            assertThat(history.map()).isEqualTo(states.get(i));
        }
        assertThat(history.canRedo()).isFalse();
    }

    /** The errors of a map, by rule and place; warnings are allowed to come and go. */
    private static Set<String> errors(RegionMap map) {
        return MapValidator.validate(map).stream()
                .filter(Problem::isError)
                .map(problem -> problem.key() + " " + problem.args())
                .collect(Collectors.toSet());
    }
}
