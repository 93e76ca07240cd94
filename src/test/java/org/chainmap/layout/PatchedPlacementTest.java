package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.Command;
import org.chainmap.edit.DeleteEnterprise;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.edit.RandomCommands;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The provisional geometry made in time proportional to the edit (decision 0071) is the one the copying builder made
 * before it ({@link CopyingPlacement}): the same cards as ordered entries, markers, routes, boxes and height, after
 * random edits, undos and moves on generated chains and Hengyang's, each made from the layout (laid) or from the
 * provisional geometry before it (chained, many in a row, past the patches' bound); and the taken-away routes and
 * cards it tells are those {@link ProvisionalPlacement#takenAway} and the moved firms name.
 */
class PatchedPlacementTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @ParameterizedTest(name = "seed {0}, chained {1}")
    @CsvSource({"1, false", "2, false", "3, false", "1, true", "2, true", "3, true", "4, true"})
    void thePatchedGeometryIsTheCopiedOne(long seed, boolean chained) {
        RegionMap start = seed == 2 ? HENGYANG : RegionGenerator.generate(seed == 4 ? 1_500 : 600, seed);
        Chain chain = org.chainmap.model.SampleMaps.largest(start);
        History history = new History(start);
        RandomCommands commands = new RandomCommands(seed);
        Random random = new Random(seed);
        ChainGeometry shown = ChainLayouter.layout(start, chain);
        int compared = 0;
        int flattened = 0;
        int moved = 0;
        for (int i = 0; i < 120; i++) {
            RegionMap before = history.map();
            Command command = random.nextInt(3) == 0 ? commands.next(before) : moveInChain(before, chain, random);
            List<Object> touched;
            try {
                var done = random.nextInt(10) == 0 ? history.undo() : history.perform(command);
                if (done.isEmpty()) {
                    continue;
                }
                touched = done.get().change().touched();
            } catch (EditRefusedException refused) {
                continue;
            }
            RegionMap map = history.map();
            Chain now = map.chain(chain.id()).orElse(null);
            if (now == null || now.segments().isEmpty()) {
                return;
            }
            var placed = ProvisionalPlacement.of(shown, before, map, now, touched);
            var copied = CopyingPlacement.geometry(shown, before, map, now, touched);
            assertThat(placed.isPresent()).isEqualTo(copied.isPresent());
            if (placed.isEmpty()) {
                shown = ChainLayouter.layout(map, now);
                continue;
            }
            String what = "step " + i + ", " + command;
            assertSameGeometry(placed.get().geometry(), copied.get(), what);
            assertTaken(placed.get(), what);
            compared++;
            moved += placed.get().moved().isEmpty() ? 0 : 1;
            if (chained) {
                flattened += flattened(shown, placed.get().geometry()) ? 1 : 0;
                shown = placed.get().geometry();
            } else {
                ChainGeometry laid = ChainLayouter.layout(map, now);
                shown = i % 2 == 0 ? ProvisionalPlacement.prepared(laid) : laid;
            }
        }
        assertThat(compared).as("geometries compared").isGreaterThan(40);
        assertThat(moved).as("edits that moved a card").isGreaterThan(20);
        if (chained && start != HENGYANG) { // Hengyang's chain is laid out again before its patches grow so far
            assertThat(flattened).as("patches copied flat past the bound").isGreaterThan(0);
        }
    }

    /**
     * Firms of the largest chain deleted (one to four in a row) and put back by undoing the deletes: the cards put
     * back into the holes the deletes left (chained) or into the grid laid out again are where the copying builder
     * put them, and the deletes' geometries too.
     */
    @ParameterizedTest(name = "seed {0}, chained {1}")
    @CsvSource({"1, false", "2, false", "1, true", "2, true", "5, true"})
    void deletedFirmsPutBackAreWhereTheCopyingBuilderPutThem(long seed, boolean chained) throws EditRefusedException {
        RegionMap start = seed == 2 ? HENGYANG : RegionGenerator.generate(600, seed);
        Chain chain = org.chainmap.model.SampleMaps.largest(start);
        History history = new History(start);
        Random random = new Random(seed);
        ChainGeometry shown = ChainLayouter.layout(start, chain);
        int putBack = 0;
        for (int round = 0; round < 10; round++) {
            int deletes = 1 + random.nextInt(4);
            for (int i = 0; i < 2 * deletes; i++) {
                RegionMap before = history.map();
                List<Enterprise> firms = before.enterprisesOfChain(chain.id());
                var done = i < deletes
                        ? history.perform(new DeleteEnterprise(
                                firms.get(random.nextInt(firms.size())).id()))
                        : history.undo();
                List<Object> touched = done.orElseThrow().change().touched();
                RegionMap map = history.map();
                Chain now = map.chain(chain.id()).orElseThrow();
                var placed = ProvisionalPlacement.of(shown, before, map, now, touched)
                        .orElseThrow();
                var copied = CopyingPlacement.geometry(shown, before, map, now, touched)
                        .orElseThrow();
                String what = "round " + round + ", step " + i;
                assertSameGeometry(placed.geometry(), copied, what);
                assertTaken(placed, what);
                if (i >= deletes
                        && placed.geometry().cards().size() > shown.cards().size()) {
                    putBack++;
                }
                shown = chained ? placed.geometry() : ProvisionalPlacement.prepared(ChainLayouter.layout(map, now));
            }
        }
        assertThat(putBack).as("undone deletes that put a card back").isGreaterThan(10);
    }

    /** Whether {@code after}'s routes or cards are no longer patches on the flat ones of {@code before}. */
    private static boolean flattened(ChainGeometry before, ChainGeometry after) {
        return before.links() instanceof PatchedList<?> a
                        && after.links() instanceof PatchedList<?> b
                        && !a.sharesIndexWith(b)
                || before.cards() instanceof PatchedMap<?, ?> c
                        && after.cards() instanceof PatchedMap<?, ?> d
                        && !c.sharesFlatWith(d);
    }

    static void assertSameGeometry(ChainGeometry patched, ChainGeometry copied, String what) {
        assertThat(new ArrayList<>(patched.cards().entrySet()))
                .as("%s: the cards in order", what)
                .containsExactlyElementsOf(copied.cards().entrySet());
        assertThat(patched.cards()).as("%s: the cards as a map", what).isEqualTo(copied.cards());
        assertThat(copied.cards()).isEqualTo(patched.cards());
        assertThat(patched.cards().hashCode()).isEqualTo(copied.cards().hashCode());
        assertThat(patched.cards().size()).isEqualTo(copied.cards().size());
        for (String id : copied.cards().keySet()) {
            assertThat(patched.cards().get(id)).isEqualTo(copied.cards().get(id));
        }
        assertThat(patched.markers()).as("%s: the markers", what).isEqualTo(copied.markers());
        assertThat(patched.markers().hashCode()).isEqualTo(copied.markers().hashCode());
        assertThat(patched.links().stream().map(PatchedPlacementTest::route).toList())
                .as("%s: the routes", what)
                .containsExactlyElementsOf(
                        copied.links().stream().map(PatchedPlacementTest::route).toList());
        assertThat(new ArrayList<>(patched.segments().entrySet()))
                .as("%s: the boxes", what)
                .containsExactlyElementsOf(copied.segments().entrySet());
        assertThat(patched.height()).as("%s: the height", what).isEqualTo(copied.height());
        assertThat(patched.width()).isEqualTo(copied.width());
        assertThat(patched.columns()).isEqualTo(copied.columns());
        assertThat(patched.feeds()).isSameAs(copied.feeds());
    }

    /** The taken-away routes' and the moved cards' positions are those {@code takenAway} and the moved firms name. */
    private static void assertTaken(ProvisionalPlacement placed, String what) {
        List<ChainGeometry.LinkRoute> routes = placed.from().links();
        int[] taken = IntStream.range(0, routes.size())
                .filter(i -> placed.takenAway(routes.get(i)))
                .toArray();
        assertThat(placed.takenRoutes()).as("%s: the routes taken away", what).containsExactly(taken);
        List<String> ids = new ArrayList<>(placed.from().cards().keySet());
        int[] cards = IntStream.range(0, ids.size())
                .filter(i -> placed.moved().contains(ids.get(i)))
                .toArray();
        assertThat(placed.takenCards()).as("%s: the cards taken away", what).containsExactly(cards);
    }

    /** A route as text, its points' coordinates included (a route's points are arrays, equal only to themselves). */
    private static String route(ChainGeometry.LinkRoute route) {
        StringBuilder text = new StringBuilder(route.supplier() + ">" + route.customer() + " " + route.kind());
        for (double[] point : route.points()) {
            text.append(' ').append(Arrays.toString(point));
        }
        return text.toString();
    }

    private static Command moveInChain(RegionMap map, Chain chain, Random random) {
        List<Enterprise> firms = map.enterprisesOfChain(chain.id());
        if (firms.isEmpty()) {
            return new MoveEnterprise("none", null, "none");
        }
        return new MoveEnterprise(
                firms.get(random.nextInt(firms.size())).id(),
                null,
                chain.segments().get(random.nextInt(chain.segments().size())).id());
    }
}
