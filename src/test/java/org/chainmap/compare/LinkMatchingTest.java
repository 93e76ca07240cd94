package org.chainmap.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;

class LinkMatchingTest {

    @Test
    void theKthOldLinkOfAPairTakesTheKthNewOneAndAnIdMatchComesFirst() {
        RegionMap before = map(
                List.of("a", "b", "c"),
                List.of(link("x", "a", "b"), link(null, "a", "b"), link(null, "a", "b"), link(null, "b", "c")));
        RegionMap after = map(
                List.of("a", "b", "d"),
                List.of(link(null, "a", "b"), link(null, "b", "c"), link("x", "a", "b"), link(null, "c", "d")));
        LinkMatching matching = LinkMatching.of(before.links(), after.links(), FirmMatching.of(before, after));

        // x matches x by id; the first of the two other old a→b links takes the new one, the second is gone;
        // b→c has lost its firm c on both sides (c was removed), so it matches nothing; c→d is new
        assertEquals(
                List.of(false, true, false, true), added(matching, after.links().size()));
        assertEquals(
                List.of(false, false, true, true),
                removed(matching, before.links().size()));
    }

    @Test
    void numberedEndsMatchExactlyAsTheirIdsAsTextDo() {
        for (long seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            List<String> oldIds = new ArrayList<>();
            List<String> newIds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                if (random.nextInt(4) > 0) {
                    oldIds.add("f" + i);
                }
                if (random.nextInt(4) > 0) {
                    newIds.add("f" + i);
                }
            }
            newIds.add("n" + seed);
            RegionMap before = map(oldIds, links(random, oldIds));
            RegionMap after = map(newIds, links(random, newIds));
            FirmMatching firms = FirmMatching.of(before, after);

            LinkMatching numbered = LinkMatching.of(before.links(), after.links(), firms);
            LinkMatching text = LinkMatching.byText(before.links(), after.links(), firms);

            int n = after.links().size();
            int m = before.links().size();
            assertArrayEquals(added(text, n).toArray(), added(numbered, n).toArray(), "added, seed " + seed);
            assertArrayEquals(removed(text, m).toArray(), removed(numbered, m).toArray(), "removed, seed " + seed);
        }
    }

    /** Links between the firms, with repeated pairs, a few ids, and ends no firm has. */
    private static List<SupplyLink> links(Random random, List<String> firms) {
        List<String> ends = new ArrayList<>(firms);
        ends.add("ghost");
        List<SupplyLink> links = new ArrayList<>();
        int count = random.nextInt(25);
        for (int i = 0; i < count; i++) {
            String from = ends.get(random.nextInt(Math.min(ends.size(), 4)));
            String to = ends.get(random.nextInt(ends.size()));
            links.add(link(random.nextInt(4) == 0 ? "l" + random.nextInt(5) : null, from, to));
        }
        return links;
    }

    private static SupplyLink link(String id, String from, String to) {
        return new SupplyLink(id, from, to, null, null, null, null);
    }

    private static RegionMap map(List<String> firms, List<SupplyLink> links) {
        List<Enterprise> enterprises =
                firms.stream().map(LinkMatchingTest::firm).toList();
        return RegionMap.empty(Region.of("测试", null))
                .withEnterprises(enterprises)
                .withLinks(links);
    }

    private static Enterprise firm(String id) {
        return new Enterprise(
                id, "名" + id, null, true, null, null, null, List.of(), null, List.of(), null, null, List.of(), null,
                null, null);
    }

    private static List<Boolean> added(LinkMatching matching, int size) {
        List<Boolean> added = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            added.add(matching.added(i));
        }
        return added;
    }

    private static List<Boolean> removed(LinkMatching matching, int size) {
        List<Boolean> removed = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            removed.add(matching.removed(i));
        }
        return removed;
    }
}
