package org.chainmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An index of enterprises by id derived from the one before an edit (decision 0058): the firms the edit replaced,
 * added or removed are found as in an index built afresh, the others shared; two firms with one id, or no index
 * before, leave it to be built anew.
 */
class FirmIndexTest {

    private static final List<Enterprise> FIRMS =
            org.chainmap.cli.RegionGenerator.generate(200, 1).enterprises();

    @Test
    void aReplacedAnAddedAndARemovedFirmAreFoundAsAfresh() {
        Enterprise added = FIRMS.get(2);
        List<Enterprise> was = new ArrayList<>(FIRMS);
        was.remove(2);
        FirmIndex before = new FirmIndex(was);
        Enterprise moved = was.get(0);
        Enterprise renamed = moved.withName(moved.name() + "（新）");
        Enterprise removed = was.get(1);
        List<Enterprise> now = new ArrayList<>(was);
        now.set(0, renamed);
        now.remove(1);
        now.add(added);

        FirmIndex derived = FirmIndex.after(
                before, Arrays.asList(moved, removed, null), Arrays.asList(renamed, null, added), now.size());

        assertThat(derived).isNotNull();
        FirmIndex fresh = new FirmIndex(now);
        assertThat(derived.size()).isEqualTo(fresh.size());
        for (String id :
                List.of(moved.id(), removed.id(), added.id(), was.get(3).id(), "none")) {
            assertThat(derived.get(id)).as(id).isSameAs(fresh.get(id));
        }
        assertThat(before.get(moved.id())).as("the index before unchanged").isSameAs(moved);
        assertThat(before.get(added.id())).isNull();
    }

    @Test
    void twoFirmsWithOneIdOrNoIndexBeforeAreBuiltAnew() {
        FirmIndex before = new FirmIndex(FIRMS);
        Enterprise twin = FIRMS.get(0);
        assertThat(FirmIndex.after(before, Arrays.asList((Enterprise) null), List.of(twin), FIRMS.size() + 1))
                .isNull();
        assertThat(FirmIndex.after(null, List.of(), List.of(), FIRMS.size())).isNull();
    }

    @Test
    void theFirmsBySegmentAfterAnEditShareTheListsOfTheSegmentsItDidNotTouch() {
        Enterprise moved = FIRMS.get(5);
        String from = moved.segments().get(0);
        String to = FIRMS.stream()
                .flatMap(firm -> firm.segments().stream())
                .filter(segment -> !moved.segments().contains(segment))
                .findFirst()
                .orElseThrow();
        Enterprise there = moved.withSegments(List.of(to));
        List<Enterprise> now = new ArrayList<>(FIRMS);
        now.set(5, there);
        java.util.Map<String, List<Enterprise>> before = FirmIndex.bySegment(FIRMS);

        java.util.Map<String, List<Enterprise>> after =
                FirmIndex.bySegmentAfter(before, List.of(moved), List.of(there), now);

        assertThat(after).isEqualTo(FirmIndex.bySegment(now));
        assertThat(after.get(to)).contains(there);
        before.keySet().stream()
                .filter(segment -> !moved.segments().contains(segment) && !segment.equals(to))
                .forEach(segment -> assertThat(after.get(segment)).as(segment).isSameAs(before.get(segment)));
    }
}
