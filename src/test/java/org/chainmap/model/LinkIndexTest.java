package org.chainmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.chainmap.cli.RegionGenerator;
import org.junit.jupiter.api.Test;

/** The links of a firm by their places in the map's links ({@link RegionMap#linkPositions}), across changes. */
class LinkIndexTest {

    @Test
    void theLinksOfEachFirmAreFoundWhereverTheyAre() {
        RegionMap map = RegionGenerator.generate(300, 7);
        assertPositions(map);
        // A changed firm keeps the links' index; changed links get their own.
        RegionMap moved = map.withEnterprises(
                map.enterprises().subList(1, map.enterprises().size()));
        assertPositions(moved);
        List<SupplyLink> fewer = new ArrayList<>(map.links());
        SupplyLink gone = fewer.remove(fewer.size() / 2);
        RegionMap linked = moved.withLinks(fewer);
        assertPositions(linked);
        assertThat(IntStream.of(linked.linkPositions(gone.from()))
                        .mapToObj(p -> linked.links().get(p)))
                .doesNotContain(gone);
        assertThat(map.linkPositions("no such firm")).isEmpty();
    }

    /**
     * A map made by an edit that keeps the links, before the index of the map before it was made, finds that index once
     * it is made there (and the other way round), instead of making its own: the first edit after opening a large map
     * comes before the index made in the background is done.
     */
    @Test
    void mapsMadeBeforeTheIndexShareItOnceMade() {
        RegionMap map = RegionGenerator.generate(300, 7);
        RegionMap moved = map.withEnterprises(
                map.enterprises().subList(1, map.enterprises().size()));
        RegionMap movedAgain = moved.withEnterprises(
                moved.enterprises().subList(1, moved.enterprises().size()));
        LinkIndex made = map.indexLinks();
        assertThat(moved.indexLinks()).isSameAs(made);
        assertThat(movedAgain.indexLinks()).isSameAs(made);

        RegionMap other = RegionGenerator.generate(300, 8);
        RegionMap otherMoved = other.withEnterprises(
                other.enterprises().subList(1, other.enterprises().size()));
        assertThat(other.indexLinks()).as("made on the later map first").isSameAs(otherMoved.indexLinks());
        assertThat(otherMoved.withLinks(List.of()).indexLinks()).isNotSameAs(otherMoved.indexLinks());
    }

    /**
     * Random removals, insertions and replacements of links among few firms (so that many links have the same two
     * firms), played as an edit plays them, some maps' indexes asked, some not: each derived index answers as one
     * built whole, and a derived one is derived, not built (decision 0067).
     */
    @Test
    void anIndexDerivedAcrossRandomStepsIsTheIndexBuiltWhole() {
        Random random = new Random(17);
        RegionMap map = new RegionMap(
                Region.of("r", "R"), null, List.of(), List.of(), randomLinks(random, 400), List.of(), null);
        map.indexLinks();
        for (int edit = 0; edit < 300; edit++) {
            List<SupplyLink> links = new ArrayList<>(map.links());
            int steps = 1 + random.nextInt(edit % 10 == 0 ? 40 : 4);
            int[] at = new int[steps];
            List<SupplyLink> gone = new ArrayList<>();
            List<SupplyLink> came = new ArrayList<>();
            for (int k = 0; k < steps; k++) {
                int kind = links.isEmpty() ? 0 : random.nextInt(3);
                at[k] = random.nextInt(links.size() + (kind == 0 ? 1 : 0));
                gone.add(kind == 0 ? null : links.get(at[k]));
                came.add(kind == 1 ? null : randomLinks(random, 1).get(0));
                if (kind == 0) {
                    links.add(at[k], came.get(k));
                } else if (kind == 1) {
                    links.remove(at[k]);
                } else {
                    links.set(at[k], came.get(k));
                }
            }
            RegionMap after = map.withLinks(links, at, gone, came);
            if (random.nextInt(3) > 0) {
                assertSameAsBuilt(after);
            }
            map = after;
        }
        assertThat(map.indexLinks().layer()).as("derived").isPositive();
    }

    /** A firm's links removed, as a delete removes them, then put back, as its undo does: the layer empties. */
    @Test
    void linksPutBackWhereTheyWereTakeTheirPlacesAgain() {
        Random random = new Random(5);
        RegionMap map = new RegionMap(
                Region.of("r", "R"), null, List.of(), List.of(), randomLinks(random, 300), List.of(), null);
        LinkIndex built = map.indexLinks();
        List<SupplyLink> links = new ArrayList<>(map.links());
        List<Integer> doomed = new ArrayList<>();
        for (int p = links.size() - 1; p >= 0; p--) {
            if (links.get(p).from().equals("f1") || links.get(p).to().equals("f1")) {
                doomed.add(p);
            }
        }
        int[] at = doomed.stream().mapToInt(Integer::intValue).toArray();
        List<SupplyLink> gone = doomed.stream().map(links::get).toList();
        doomed.forEach(p -> links.remove((int) p));
        RegionMap deleted = map.withLinks(links, at, gone, Collections.nCopies(at.length, null));
        assertSameAsBuilt(deleted);
        assertThat(deleted.indexLinks().layer()).isEqualTo(at.length);
        int[] back =
                IntStream.range(0, at.length).map(k -> at[at.length - 1 - k]).toArray();
        RegionMap undone = deleted.withLinks(map.links(), back, Collections.nCopies(at.length, null), reversed(gone));
        assertSameAsBuilt(undone);
        assertThat(undone.indexLinks().layer())
                .as("every link back in its place")
                .isZero();
        assertThat(undone.linkPositions("f1")).containsExactly(built.of("f1"));
    }

    private static List<SupplyLink> reversed(List<SupplyLink> list) {
        List<SupplyLink> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static List<SupplyLink> randomLinks(Random random, int count) {
        List<SupplyLink> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            links.add(SupplyLink.of("f" + random.nextInt(12), "f" + random.nextInt(12), "p" + i));
        }
        return links;
    }

    private static void assertSameAsBuilt(RegionMap map) {
        RegionMap whole = map.withLinks(new ArrayList<>(map.links()));
        for (int f = 0; f < 12; f++) {
            assertThat(map.linkPositions("f" + f)).as("f" + f).containsExactly(whole.linkPositions("f" + f));
        }
    }

    private static void assertPositions(RegionMap map) {
        for (Enterprise firm : map.enterprises()) {
            int[] expected = IntStream.range(0, map.links().size())
                    .filter(p -> map.links().get(p).from().equals(firm.id())
                            || map.links().get(p).to().equals(firm.id()))
                    .toArray();
            assertThat(map.linkPositions(firm.id())).as(firm.id()).containsExactly(expected);
        }
    }

    /**
     * Whether the index is at hand is answered at once while another thread builds it (the index built after opening
     * takes seconds at 100,000 firms): not yet, so the JavaFX thread reads the links instead of waiting; then yes, and
     * for a map derived from it by an edit.
     */
    @Test
    void readinessIsAnsweredWithoutWaitingForABuild() throws Exception {
        RegionMap map = RegionGenerator.generate(300, 7);
        LinkIndex.Shared shared = new LinkIndex.Shared(map.links());
        java.util.concurrent.CountDownLatch building = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread builder = new Thread(() -> {
            synchronized (shared) { // as get() holds it while it builds
                building.countDown();
                try {
                    done.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        builder.start();
        building.await();
        try {
            boolean[] ready = {true};
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(10), () -> ready[0] = shared.ready(), "ready() waited for the build");
            assertThat(ready[0]).as("ready while being built").isFalse();
        } finally {
            done.countDown();
            builder.join();
        }
        shared.get();
        assertThat(shared.ready()).isTrue();
        List<SupplyLink> fewer = new ArrayList<>(map.links());
        SupplyLink gone = fewer.remove(0);
        LinkIndex.Shared derived = LinkIndex.Shared.after(
                shared, fewer, new int[] {0}, Collections.singletonList(gone), Collections.singletonList(null));
        assertThat(derived.ready()).as("derived from a made index").isTrue();
    }
}
