package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainmap.edit.RandomEdits;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.MapCounts;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits of every kind, undos and redos (issue 17 item 9): the counts the memo brings up to date
 * from each edit's touched records are, after every step, the counts made afresh, for the whole map and for every
 * chain, whether asked after each edit or after several (a chain's counts carried over many edits at once).
 */
class CountsMemoPropertyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void countsKeptAcrossRandomEditsAreTheCountsMadeAfresh(long seed) {
        assertThat(countAcrossEdits(seed, false))
                .as("maps whose links were indexed")
                .isZero();
    }

    /** As above where the maps' links are indexed by firm (as at 100,000 firms): counted from each firm's links. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void countsKeptFromTheLinksByFirmAreTheCountsMadeAfresh(long seed) {
        assertThat(countAcrossEdits(seed, true))
                .as("maps counted from their links by firm")
                .isGreaterThan(50);
    }

    /** Runs the edits of {@code seed}, checking the memo's counts; returns how many maps had their links indexed. */
    private static int countAcrossEdits(long seed, boolean indexed) {
        RegionMap shared = RandomEdits.start(seed); // shared by the tests, which may have indexed its links
        RegionMap start = shared.withLinks(new java.util.ArrayList<>(shared.links()));
        if (indexed) {
            start.indexLinks();
        }
        EditTrail trail = new EditTrail();
        trail.start(start);
        CountsMemo memo = new CountsMemo(trail);
        int[] indexedMaps = {0};
        int changes = RandomEdits.run(start, seed, 250, (map, done, step, random) -> {
            trail.add(map, done.change().touched());
            if (indexed && random.nextInt(4) == 0) {
                map.indexLinks(); // else derived from the last map indexed, up to 32 edits back
            }
            indexedMaps[0] += map.linksIndexed() ? 1 : 0;
            boolean all = random.nextInt(8) == 0;
            for (Chain chain : map.chains()) {
                if (all || random.nextInt(3) == 0) {
                    assertThat(memo.of(map, chain))
                            .as("chain %s after step %d", chain.id(), step)
                            .isEqualTo(ChainCounts.of(map, chain));
                }
            }
            if (all || random.nextBoolean()) {
                assertThat(memo.of(map)).as("the map after step %d", step).isEqualTo(MapCounts.of(map));
            }
        });
        assertThat(changes).as("edits, undos and redos carried out").isGreaterThan(100);
        return indexedMaps[0];
    }
}
