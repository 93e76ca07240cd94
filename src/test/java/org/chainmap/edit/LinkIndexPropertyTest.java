package org.chainmap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits of every kind (links added, edited, deleted, firms deleted with their links), undos and
 * redos (decision 0067): the index of the links by firm that each edited map derives from the map before answers as
 * one built afresh from its links, for every firm the maps ever had. Some maps are not asked, so that the next one
 * derives through a chain of maps whose index was not made.
 */
class LinkIndexPropertyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void theLinkIndexKeptAcrossRandomEditsIsTheIndexBuiltAfresh(long seed) {
        RegionMap start = RandomEdits.start(seed);
        Set<String> ids = new LinkedHashSet<>();
        start.enterprises().forEach(firm -> ids.add(firm.id()));
        start.indexLinks(); // the first map's index built, as the window builds it
        int[] asked = {0};
        int changes = RandomEdits.run(start, seed, 300, (map, done, step, random) -> {
            map.enterprises().forEach(firm -> ids.add(firm.id()));
            map.links().forEach(link -> {
                ids.add(link.from());
                ids.add(link.to());
            });
            if (random.nextInt(3) == 0) {
                return; // not asked: the next map derives from this one's, made then
            }
            asked[0]++;
            // The same links in a new list: a map that keeps no index, so it builds its own.
            RegionMap fresh = map.withLinks(new ArrayList<>(map.links()));
            if (!map.enterprises().isEmpty()) { // a delete's links found from the index, as by reading every link
                String doomed = map.enterprises()
                        .get(random.nextInt(map.enterprises().size()))
                        .id();
                assertThat(fresh.linksIndexed()).isEqualTo(map.links().isEmpty()); // the empty list is shared
                assertThat(map.linksIndexed())
                        .as("derived from the map before, made")
                        .isTrue();
                try {
                    assertThat(new DeleteEnterprise(doomed).plan(map))
                            .as("deleting %s after step %d", doomed, step)
                            .isEqualTo(new DeleteEnterprise(doomed).plan(fresh));
                } catch (EditRefusedException refused) {
                    throw new AssertionError(refused);
                }
            }
            for (String id : ids) {
                assertThat(map.linkPositions(id))
                        .as("%s after step %d", id, step)
                        .containsExactly(fresh.linkPositions(id));
            }
        });
        assertThat(changes).as("edits, undos and redos carried out").isGreaterThan(100);
        assertThat(asked[0]).isGreaterThan(50);
    }

    /** Deleting a firm with its links and undoing that, in turn, keeps deriving, and answers as built afresh. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void aDeleteAndItsUndoInTurn(long seed) throws EditRefusedException {
        RegionMap map = RandomEdits.start(seed);
        map.indexLinks();
        History history = new History(map);
        Enterprise busiest = map.enterprises().get(0);
        for (Enterprise firm : map.enterprises()) {
            if (map.linkPositions(firm.id()).length > map.linkPositions(busiest.id()).length) {
                busiest = firm;
            }
        }
        for (int round = 0; round < 6; round++) {
            if (round % 2 == 0) {
                history.perform(new DeleteEnterprise(busiest.id())).orElseThrow();
            } else {
                history.undo().orElseThrow();
            }
            RegionMap now = history.map();
            assertThat(now.indexLinks().layer())
                    .as("derived: the links removed, then none once put back")
                    .isEqualTo(round % 2 == 0 ? map.linkPositions(busiest.id()).length : 0);
            RegionMap fresh = now.withLinks(new ArrayList<>(now.links()));
            for (SupplyLink link : map.links()) {
                assertThat(now.linkPositions(link.from())).containsExactly(fresh.linkPositions(link.from()));
                assertThat(now.linkPositions(link.to())).containsExactly(fresh.linkPositions(link.to()));
            }
        }
    }
}
