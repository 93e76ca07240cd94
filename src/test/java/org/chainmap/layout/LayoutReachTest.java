package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainmap.edit.Command;
import org.chainmap.edit.EditEnterprise;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.edit.RandomCommands;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whether an edit reached a chain's drawing: when it says no, the layout of the edited map is the same. */
class LayoutReachTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void aDrawingTheEditDidNotReachIsLaidOutTheSame(long seed) {
        History history = new History(HENGYANG);
        RandomCommands commands = new RandomCommands(seed);
        int kept = 0;
        for (int i = 0; i < 60; i++) {
            RegionMap before = history.map();
            Command command = commands.next(before);
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
            RegionMap after = history.map();
            for (Chain chain : after.chains()) {
                if (before.chain(chain.id()).isPresent() && LayoutReach.unchanged(before, after, chain.id(), touched)) {
                    kept++;
                    assertThat(drawn(ChainLayouter.layout(after, chain)))
                            .as("%s after %s", chain.id(), command)
                            .isEqualTo(drawn(ChainLayouter.layout(
                                    before, before.chain(chain.id()).orElseThrow())));
                }
            }
        }
        assertThat(kept).as("drawings kept").isGreaterThan(50);
    }

    @Test
    void aRenameKeepsTheDrawingAMoveDoesNot() throws EditRefusedException {
        History history = new History(HENGYANG);
        List<Object> renamed = history.perform(EditEnterprise.rename(HENGYANG, "tbea-hy", "新名字"))
                .orElseThrow()
                .change()
                .touched();
        assertThat(LayoutReach.unchanged(HENGYANG, history.map(), "power", renamed))
                .isTrue();
        RegionMap before = history.map();
        List<Object> moved = history.perform(new MoveEnterprise("tbea-hy", null, "power.silicon-steel"))
                .orElseThrow()
                .change()
                .touched();
        assertThat(LayoutReach.unchanged(before, history.map(), "power", moved)).isFalse();
        String other = HENGYANG.chains().stream()
                .map(Chain::id)
                .filter(id -> !id.equals("power"))
                .findFirst()
                .orElseThrow();
        assertThat(LayoutReach.unchanged(before, history.map(), other, moved))
                .as("another chain's drawing")
                .isTrue();
    }

    /** Everything a geometry holds, its routes' points as text (arrays compare by identity). */
    private static List<Object> drawn(ChainGeometry geometry) {
        List<Object> all = new ArrayList<>(List.of(
                geometry.columns(),
                geometry.segments(),
                geometry.cards(),
                geometry.markers(),
                geometry.width(),
                geometry.height()));
        geometry.feeds().forEach(feed -> all.add(List.of(feed.from(), feed.to(), feed.back(), text(feed.points()))));
        geometry.links()
                .forEach(link -> all.add(List.of(link.supplier(), link.customer(), link.kind(), text(link.points()))));
        return all;
    }

    private static String text(List<double[]> points) {
        return Arrays.deepToString(points.toArray());
    }
}
