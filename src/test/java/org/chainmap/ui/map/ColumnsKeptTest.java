package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.HeldWork;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.ShippedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Columns view after an edit of a large map (here Hengyang, taken as large), whose analysis comes later: only the
 * boxes of the segments the moved firm works in, before or after, are made again, in their places; every other box is
 * the one shown before (issue 17 item 9: made anew, the boxes of the largest chain of 100,000 firms took 346 ms before
 * the edit's frame). Once the analysis comes, the boxes show its gaps, and only those whose marks it changed are made
 * again.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnsKeptTest {

    private static final String FIRM = "tbea-hy";
    private static final String SEGMENT = "power.silicon-steel";

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void anEditRemakesOnlyTheBoxesOfTheSegmentsItTouched(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0);
            model.selectChain(model.map().orElseThrow().chain("power").orElseThrow());
        });
        settle(robot);
        ChainView view = find(robot);
        List<SegmentBox> before = boxes(robot);
        Map<SegmentBox, Integer> measured = new HashMap<>();
        before.forEach(box -> measured.put(box, box.measured()));
        Enterprise was = model.map().orElseThrow().enterprise(FIRM).orElseThrow();
        CountDownLatch analysis = HeldWork.hold(robot, model.afterEdits().work());

        robot.interact(() -> model.perform(new MoveEnterprise(FIRM, null, SEGMENT)));
        WaitForAsyncUtils.waitForFxEvents();

        RegionMap edited = model.map().orElseThrow();
        Set<String> touched = new HashSet<>(was.segments());
        touched.addAll(edited.enterprise(FIRM).orElseThrow().segments());
        List<SegmentBox> after = boxes(robot);
        assertThat(after).hasSameSizeAs(before);
        // The boxes the firm left and joined are brought to their firms in place, or made again if they list no firm
        // before or after (silicon steel had none).
        int kept = 0;
        for (int i = 0; i < after.size(); i++) {
            String segment = after.get(i).segment().id();
            boolean same = after.get(i) == before.get(i);
            assertThat(same || touched.contains(segment))
                    .as("box of %s kept", segment)
                    .isTrue();
            kept += same && touched.contains(segment) ? 1 : 0;
        }
        assertThat(view.boxesRelisted()).isEqualTo(kept).isPositive();
        assertThat(view.boxesMade()).isEqualTo(touched.size() - kept).isPositive();
        for (SegmentBox box : after) {
            String segment = box.segment().id();
            if (touched.contains(segment)) {
                assertThat(shown(box)).as("box of %s", segment).isEqualTo(shown(made(box)));
                assertThat(box.measured())
                        .as("box of %s measured again", segment)
                        .isGreaterThan(measured.getOrDefault(box, 0));
            } else {
                // its height at the column's width is the one measured before: its firms' text is not measured again
                assertThat(box.measured())
                        .as("box of %s measured again", segment)
                        .isEqualTo(measured.get(box));
            }
        }
        assertThat(names(robot, SEGMENT)).contains(was.name());

        Map<String, BoxMarks> shown = new HashMap<>();
        after.forEach(box -> shown.put(box.segment().id(), box.marks()));

        analysis.countDown();
        settle(robot);
        assertThat(model.gaps().map()).isSameAs(edited);
        List<SegmentBox> analysed = boxes(robot);
        int changed = 0;
        for (int i = 0; i < analysed.size(); i++) {
            SegmentBox box = analysed.get(i);
            String segment = box.segment().id();
            BoxMarks now = WaitForAsyncUtils.asyncFx(
                            () -> BoxMarks.of(model, box.segment(), edited.enterprisesIn(segment)))
                    .get(60, TimeUnit.SECONDS);
            assertThat(box.marks()).as("the analysis's marks on %s", segment).isEqualTo(now);
            boolean same = now.equals(shown.get(segment));
            assertThat(box == after.get(i)).as("box of %s kept", segment).isEqualTo(same);
            changed += same ? 0 : 1;
        }
        assertThat(changed).as("the analysis changed some boxes' marks").isPositive();
        assertThat(view.boxesMade()).isEqualTo(changed).isLessThan(analysed.size());
    }

    /**
     * A firm deleted from boxes that list others, and the delete undone: each box is brought to its firms in place, its
     * count and its list of firms what a box made then shows.
     */
    @Test
    void aDeleteAndItsUndoRelistTheBoxesInPlace(FxRobot robot) throws Exception {
        RegionMap map = model.map().orElseThrow();
        org.chainmap.model.Chain chain = map.chain("power").orElseThrow();
        // A firm of a box that lists others, the first of the chain's boxes with more than one firm.
        Enterprise doomed = chain.segments().stream()
                .map(segment -> map.enterprisesIn(segment.id()))
                .filter(firms -> firms.size() > 1)
                .findFirst()
                .orElseThrow()
                .get(0);
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0);
            model.selectChain(chain);
        });
        settle(robot);
        ChainView view = find(robot);
        List<SegmentBox> before = boxes(robot);
        for (boolean undo : new boolean[] {false, true}) {
            CountDownLatch analysis = HeldWork.hold(
                    robot, model.afterEdits().work()); // the boxes as the edit's event leaves them, before its analysis
            robot.interact(() -> {
                if (undo) {
                    model.undo();
                } else {
                    model.perform(new org.chainmap.edit.DeleteEnterprise(doomed.id()));
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<SegmentBox> after = boxes(robot);
            int checked = 0;
            for (int i = 0; i < after.size(); i++) {
                SegmentBox box = after.get(i);
                if (doomed.segments().contains(box.segment().id())
                        && map.enterprisesIn(box.segment().id()).size() > 1) {
                    assertThat(box).as("box of %s kept", box.segment().id()).isSameAs(before.get(i));
                    assertThat(shown(box)).as("box of %s", box.segment().id()).isEqualTo(shown(made(box)));
                    checked++;
                }
            }
            assertThat(checked).isPositive();
            assertThat(view.boxesRelisted()).isEqualTo(checked);
            long emptied = doomed.segments().stream() // its boxes that list no other firm: made again
                    .filter(segment -> segment.startsWith("power.")
                            && map.enterprisesIn(segment).size() == 1)
                    .count();
            assertThat(view.boxesMade()).isEqualTo(emptied);
            analysis.countDown();
            settle(robot);
            before = boxes(robot);
        }
    }

    /** The box of {@code box}'s segment made now. */
    private SegmentBox made(SegmentBox box) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new SegmentBox(model, box.segment(), chosen -> {}))
                .get(60, TimeUnit.SECONDS);
    }

    /** What a box shows, in words: each child's text and the firm it lists, and its firms' badges. */
    private static List<String> shown(SegmentBox box) {
        List<String> shown = new java.util.ArrayList<>();
        for (javafx.scene.Node child : box.getChildren()) {
            if (child instanceof javafx.scene.control.Labeled labeled) {
                String badges = labeled.getGraphic() instanceof javafx.scene.layout.HBox marks
                        ? marks.getChildren().stream()
                                .map(mark -> ((javafx.scene.control.Labeled) mark).getText())
                                .toList()
                                .toString()
                        : "";
                Object data = labeled.getUserData();
                shown.add(labeled.getText() + badges + (data instanceof Enterprise firm ? " " + firm.id() : ""));
            } else {
                shown.add(child.getClass().getSimpleName());
            }
        }
        return shown;
    }

    private static ChainView find(FxRobot robot) {
        javafx.scene.Node node = robot.lookup(".segment-box").query();
        while (!(node instanceof ChainView)) {
            node = node.getParent();
        }
        return (ChainView) node;
    }

    private static List<SegmentBox> boxes(FxRobot robot) {
        return robot.lookup(".segment-box").queryAllAs(SegmentBox.class).stream()
                .filter(box -> box.getScene() != null)
                .sorted(java.util.Comparator.comparing(box -> box.segment().id()))
                .toList();
    }

    private static List<String> names(FxRobot robot, String segment) {
        return robot.lookup(".segment-box").queryAllAs(SegmentBox.class).stream()
                .filter(box -> box.segment().id().equals(segment))
                .flatMap(box -> box.lookupAll(".label").stream())
                .map(node -> ((javafx.scene.control.Label) node).getText())
                .toList();
    }

    private void settle(FxRobot robot) {
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> settled = new AtomicReference<>();
        robot.interact(() -> settled.set(model.afterEdits().whenSettled()));
        try {
            settled.get().get(60, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new AssertionError("the work after the edits did not end", failure);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
