package org.chainmap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.model.LinkShift;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shift of the links' places across random edits of every kind, undos and redos (issue 17 item 9): every link
 * of the map before that the shift keeps is the same link at its place after, the links it keeps are in the same
 * order, and the links it says were put in are, with them, all of the links after.
 */
class LinkShiftTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theLinksKeptAreAtThePlacesTheShiftGives(long seed) {
        RegionMap start = RandomEdits.start(seed);
        start.indexLinks();
        RegionMap[] before = {start};
        int[] shifted = {0};
        RandomEdits.run(start, seed, 200, (map, done, step, random) -> {
            LinkShift shift = LinkShift.between(before[0], map, done.change().touched());
            if (shift != null) {
                shifted[0]++;
                List<SupplyLink> was = before[0].links();
                List<SupplyLink> now = map.links();
                boolean[] filled = new boolean[now.size()];
                int last = -1;
                for (int p = 0; p < was.size(); p++) {
                    if (!shift.isRemoved(p)) {
                        int q = shift.now(p);
                        assertThat(now.get(q))
                                .as("link %d after step %d", p, step)
                                .isSameAs(was.get(p));
                        assertThat(q).as("order kept after step %d", step).isGreaterThan(last);
                        last = q;
                        filled[q] = true;
                    }
                }
                for (int q : shift.added()) {
                    assertThat(filled[q]).as("added %d after step %d", q, step).isFalse();
                    filled[q] = true;
                }
                for (int q = 0; q < filled.length; q++) {
                    assertThat(filled[q]).as("place %d after step %d", q, step).isTrue();
                }
            }
            before[0] = map;
        });
        assertThat(shifted[0]).as("edits whose shift was found").isGreaterThan(100);
    }

    @Test
    void notFoundWithoutTheLinksIndexed() {
        RegionMap start = RandomEdits.start(2);
        RegionMap unindexed = start.withLinks(new ArrayList<>(start.links()));
        RegionMap fewer = unindexed.withLinks(
                new ArrayList<>(start.links().subList(1, start.links().size())));
        assertThat(LinkShift.between(unindexed, fewer, List.of(start.links().get(0))))
                .isNull();
    }
}
