package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The geometry drawn at once after an edit, before the layout comes ({@link ProvisionalPlacement}, decision 0045):
 * a moved card in a free place of its new box, its links routed to it, everything else where it was.
 */
class ProvisionalPlacementTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @Test
    void aMovedCardGoesToAFreePlaceOfItsNewBoxAndTheRestStays() {
        Chain chain = HENGYANG.chain("power").orElseThrow();
        ChainGeometry shown = ChainLayouter.layout(HENGYANG, chain);
        String firm = "tbea-hy";
        String to = "power.silicon-steel";
        RegionMap after = perform(HENGYANG, new MoveEnterprise(firm, null, to));

        ProvisionalPlacement placed = ProvisionalPlacement.of(
                        shown, HENGYANG, after, after.chain("power").orElseThrow(), touched(HENGYANG, firm))
                .orElseThrow();

        ChainGeometry geometry = placed.geometry();
        assertThat(placed.moved()).containsExactly(firm);
        Rect card = geometry.cards().get(firm);
        assertInside(card, geometry.segments().get(to));
        assertFree(after, geometry, firm);
        for (Map.Entry<String, Rect> other : shown.cards().entrySet()) {
            if (!other.getKey().equals(firm)) {
                assertThat(geometry.cards().get(other.getKey())).isSameAs(other.getValue());
            }
        }
        assertRoutedToItsCard(after, geometry, firm);
    }

    @Test
    void aDeletedFirmLeavesNoCardAndNoRoute() {
        Chain chain = HENGYANG.chain("power").orElseThrow();
        ChainGeometry shown = ChainLayouter.layout(HENGYANG, chain);
        String firm = "tbea-hy";
        RegionMap after = perform(HENGYANG, new DeleteEnterprise(firm));

        ChainGeometry geometry = ProvisionalPlacement.of(
                        shown, HENGYANG, after, after.chain("power").orElseThrow(), touched(HENGYANG, firm))
                .orElseThrow()
                .geometry();

        assertThat(geometry.cards())
                .doesNotContainKey(firm)
                .hasSize(shown.cards().size() - 1);
        assertThat(geometry.markers()).noneMatch(marker -> marker.firm().equals(firm));
        assertThat(geometry.links())
                .noneMatch(route ->
                        route.supplier().equals(firm) || route.customer().equals(firm));
    }

    /**
     * Firm after firm moved into a box with a box below it, each geometry made from the one before: once its grid is
     * full the box does not grow over the box below (decision 0051); the new card shares its bottom row's last cell.
     */
    @Test
    void aFullBoxNeverReachesTheBoxBelow() {
        Chain chain = HENGYANG.chain("power").orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(HENGYANG, chain);
        Map<String, Rect> boxes = geometry.segments();
        String full = null;
        String below = null;
        for (Map.Entry<String, Rect> a : boxes.entrySet()) {
            for (Map.Entry<String, Rect> b : boxes.entrySet()) {
                Rect top = a.getValue();
                Rect under = b.getValue();
                if (full == null
                        && under.y() >= top.bottom()
                        && under.y() - top.bottom() < Placement.CARD_HEIGHT
                        && under.x() < top.right()
                        && top.x() < under.right()) {
                    full = a.getKey();
                    below = b.getKey();
                }
            }
        }
        assertThat(full).as("a box with a box just below it").isNotNull();
        RegionMap map = HENGYANG;
        int shared = 0;
        for (Enterprise firm : HENGYANG.enterprisesOfChain("power")) {
            if (firm.segments().contains(full) || firm.segments().contains(below)) {
                continue;
            }
            RegionMap after = perform(map, new MoveEnterprise(firm.id(), null, full));
            geometry = ProvisionalPlacement.of(
                            geometry, map, after, after.chain("power").orElseThrow(), touched(map, firm.id()))
                    .orElseThrow()
                    .geometry();
            map = after;
            Rect box = geometry.segments().get(full);
            Rect under = geometry.segments().get(below);
            assertThat(box.bottom()).as("%s over %s", box, under).isLessThanOrEqualTo(under.y());
            Rect card = geometry.cards().get(firm.id());
            assertInside(card, box);
            shared += geometry.cards().values().stream().filter(card::equals).count() > 1 ? 1 : 0;
        }
        assertThat(shared).as("cards placed on a shared cell").isGreaterThan(0);
    }

    /** After random edits and moves, made each from the one before: every firm of the chain drawn where it works. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aRunOfProvisionalGeometriesDrawsEveryFirmInItsBox(long seed) {
        RegionMap start = seed == 2 ? HENGYANG : RegionGenerator.generate(600, seed);
        Chain chain = org.chainmap.model.SampleMaps.largest(start);
        History history = new History(start);
        RandomCommands commands = new RandomCommands(seed);
        Random random = new Random(seed);
        ChainGeometry geometry = ChainLayouter.layout(start, chain);
        int moved = 0;
        for (int i = 0; i < 40; i++) {
            RegionMap before = history.map();
            List<Enterprise> firms = before.enterprisesOfChain(chain.id());
            Command command = random.nextBoolean() || firms.isEmpty()
                    ? commands.next(before)
                    : new MoveEnterprise(
                            firms.get(random.nextInt(firms.size())).id(),
                            null,
                            chain.segments()
                                    .get(random.nextInt(chain.segments().size()))
                                    .id());
            List<Object> touched;
            try {
                var done = history.perform(command);
                if (done.isEmpty()) {
                    continue;
                }
                touched = done.get().change().touched();
            } catch (EditRefusedException refused) {
                continue;
            }
            RegionMap map = history.map();
            Chain shown = map.chain(chain.id()).orElse(null);
            if (shown == null) {
                return;
            }
            var placed = ProvisionalPlacement.of(geometry, before, map, shown, touched);
            if (placed.isEmpty()) {
                geometry = ChainLayouter.layout(map, shown);
                continue;
            }
            geometry = placed.get().geometry();
            moved += placed.get().moved().isEmpty() ? 0 : 1;
            ChainGeometry laidOut = ChainLayouter.layout(map, shown);
            assertThat(geometry.cards().keySet())
                    .as("%s: the cards", command)
                    .containsExactlyInAnyOrderElementsOf(laidOut.cards().keySet());
            for (String firm : geometry.cards().keySet()) {
                String home = map.enterprise(firm).orElseThrow().mainSegment();
                assertInside(geometry.cards().get(firm), geometry.segments().get(home));
            }
            for (String firm : placed.get().moved()) {
                if (geometry.cards().containsKey(firm) && !sharesACell(geometry, firm)) {
                    assertFree(map, geometry, firm);
                    assertRoutedToItsCard(map, geometry, firm);
                }
            }
        }
        assertThat(moved).as("edits that moved a card").isGreaterThan(5);
    }

    private static RegionMap perform(RegionMap map, Command command) {
        History history = new History(map);
        try {
            history.perform(command);
        } catch (EditRefusedException refused) {
            throw new AssertionError(refused);
        }
        return history.map();
    }

    private static List<Object> touched(RegionMap map, String firm) {
        return new ArrayList<>(List.of(map.enterprise(firm).orElseThrow()));
    }

    private static void assertInside(Rect card, Rect box) {
        assertThat(card.x() >= box.x()
                        && card.right() <= box.right()
                        && card.y() >= box.y()
                        && card.bottom() <= box.bottom())
                .as("card %s inside box %s", card, box)
                .isTrue();
    }

    /**
     * No other card or marker of the firm's box overlaps its card. (A box whose grid was full grows, or shares its last
     * cell when it would reach the box below.)
     */
    private static void assertFree(RegionMap map, ChainGeometry geometry, String firm) {
        Rect card = geometry.cards().get(firm);
        String home = map.enterprise(firm).orElseThrow().mainSegment();
        List<Rect> others = new ArrayList<>();
        geometry.cards().forEach((id, r) -> {
            if (!id.equals(firm) && home.equals(map.enterprise(id).orElseThrow().mainSegment())) {
                others.add(r);
            }
        });
        geometry.markers().stream()
                .filter(marker -> marker.segment().equals(home))
                .forEach(marker -> others.add(marker.bounds()));
        for (Rect other : others) {
            boolean overlaps = card.x() < other.right()
                    && other.x() < card.right()
                    && card.y() < other.bottom()
                    && other.y() < card.bottom();
            assertThat(overlaps).as("%s's card %s over %s", firm, card, other).isFalse();
        }
    }

    /** Whether the firm's card lies exactly on another card: the shared last cell of a full box (decision 0051). */
    private static boolean sharesACell(ChainGeometry geometry, String firm) {
        Rect card = geometry.cards().get(firm);
        return geometry.cards().entrySet().stream()
                .anyMatch(other ->
                        !other.getKey().equals(firm) && other.getValue().equals(card));
    }

    /** Each link of the firm to a firm drawn in the chain, or outside it, is routed from or to its card's edge. */
    private static void assertRoutedToItsCard(RegionMap map, ChainGeometry geometry, String firm) {
        Rect card = geometry.cards().get(firm);
        for (SupplyLink link : map.links()) {
            if (link.from().equals(link.to())
                    || !link.from().equals(firm) && !link.to().equals(firm)) {
                continue;
            }
            List<ChainGeometry.LinkRoute> routes = geometry.links().stream()
                    .filter(route -> route.supplier().equals(link.from())
                            && route.customer().equals(link.to()))
                    .toList();
            assertThat(routes).as("the route of %s", link).hasSize(1);
            List<double[]> points = routes.get(0).points();
            double[] end = link.from().equals(firm) ? points.get(0) : points.get(points.size() - 1);
            assertThat(end[0]).isEqualTo(link.from().equals(firm) ? card.right() : card.x());
        }
    }
}
