package org.chainmap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits of every kind, undos and redos (decisions 0058, 0067): the indexes of enterprises by id
 * and by segment that each edited map derives from the map before answer as indexes built afresh from the edited
 * map's enterprises: for every id the maps ever had, the very enterprise, or none; for every segment, the very
 * enterprises in document order.
 */
class FirmIndexPropertyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void theIndexKeptAcrossRandomEditsIsTheIndexBuiltAfresh(long seed) {
        RegionMap start = RandomEdits.start(seed);
        Set<String> ids = new LinkedHashSet<>();
        start.enterprises().forEach(firm -> ids.add(firm.id()));
        start.enterprise(ids.iterator().next()); // the first map's index built, as the window builds it
        int changes = RandomEdits.run(start, seed, 250, (map, done, step, random) -> {
            map.enterprises().forEach(firm -> ids.add(firm.id()));
            // The same enterprises in a new list: a map that keeps no index, so it builds its own.
            RegionMap fresh = map.withEnterprises(List.copyOf(map.enterprises()));
            for (String id : ids) {
                Enterprise kept = map.enterprise(id).orElse(null);
                Enterprise built = fresh.enterprise(id).orElse(null);
                assertThat(kept).as("%s after step %d", id, step).isSameAs(built);
            }
        });
        assertThat(changes).as("edits, undos and redos carried out").isGreaterThan(100);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void theFirmsBySegmentKeptAcrossRandomEditsAreThoseFoundAfresh(long seed) {
        RegionMap start = RandomEdits.start(seed);
        Set<String> segments = new HashSet<>();
        start.enterprisesIn("none"); // the first map's index built, as the window builds it
        int changes = RandomEdits.run(start, seed, 250, (map, done, step, random) -> {
            map.enterprises().forEach(firm -> segments.addAll(firm.segments()));
            map.chains().stream()
                    .flatMap(chain -> chain.segments().stream())
                    .map(Segment::id)
                    .forEach(segments::add);
            RegionMap fresh = map.withEnterprises(List.copyOf(map.enterprises()));
            for (String segment : segments) {
                List<Enterprise> kept = map.enterprisesIn(segment);
                List<Enterprise> built = fresh.enterprisesIn(segment);
                assertThat(kept).as("%s after step %d", segment, step).hasSameSizeAs(built);
                for (int k = 0; k < built.size(); k++) {
                    assertThat(kept.get(k))
                            .as("%s #%d after step %d", segment, k, step)
                            .isSameAs(built.get(k));
                }
            }
        });
        assertThat(changes).as("edits, undos and redos carried out").isGreaterThan(100);
    }
}
