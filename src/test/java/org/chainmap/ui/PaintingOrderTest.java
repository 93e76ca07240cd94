package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.map.ChainCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order in which a large map's painters come (decision 0051): made off the JavaFX thread, the newest change's
 * pair overtakes older ones, and what the canvas shows never goes back to an older state after a newer one: quick
 * edits show only the newest, and a layout that comes before the provisional painter of the same edit wins.
 */
@ExtendWith(ApplicationExtension.class)
class PaintingOrderTest {

    private static final String FIRM = "tbea-hy";

    private MainViewModel model;

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
    }

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Shows the power chain, every map taken as large; then notes at each pulse which map the canvas draws. */
    private ChainCanvas showPower(FxRobot robot, List<RegionMap> drawn, List<ChainGeometry> geometries) {
        robot.clickOn("Map");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0);
            model.selectChain(model.map().orElseThrow().chain("power").orElseThrow());
        });
        settleAll(robot);
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
        robot.interact(() -> canvas.getScene().addPostLayoutPulseListener(() -> {
            if (drawn.isEmpty() || drawn.get(drawn.size() - 1) != canvas.drawnMap()) {
                drawn.add(canvas.drawnMap());
            }
            if (geometries.isEmpty() || geometries.get(geometries.size() - 1) != canvas.geometry()) {
                geometries.add(canvas.geometry());
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return canvas;
    }

    private void settleAll(FxRobot robot) {
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> settled = new AtomicReference<>();
        robot.interact(() -> settled.set(model.afterEdits().whenSettled()));
        try {
            settled.get().get(60, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new AssertionError("the work after the edits did not end", failure);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lets the held piece of the painting thread go and waits till what it let through is on screen. */
    private static void release(FxRobot robot, CountDownLatch held) {
        held.countDown();
        try {
            Thread.sleep(300); // the painter let through is made (or skipped) meanwhile
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void quickEditsShowTheNewestOnly(FxRobot robot) {
        List<RegionMap> drawn = new ArrayList<>();
        ChainCanvas canvas = showPower(robot, drawn, new ArrayList<>());
        CountDownLatch analysis = HeldWork.hold(robot, model.afterEdits().work());
        // The painting thread's queue: hold, painter 1, hold, painter 2, hold, painter 3.
        List<CountDownLatch> holds = new ArrayList<>();
        List<RegionMap> maps = new ArrayList<>();
        robot.interact(() -> maps.add(model.map().orElseThrow()));
        for (String segment : List.of("power.silicon-steel", "power.transformer", "power.silicon-steel")) {
            holds.add(HeldWork.hold(robot, model.afterEdits().painting(), "held" + holds.size()));
            robot.interact(() -> {
                model.perform(new MoveEnterprise(FIRM, null, segment));
                maps.add(model.map().orElseThrow());
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.drawnMap())
                .as("the map before the edits, till the painter comes")
                .isSameAs(maps.get(0));
        release(robot, holds.get(0));
        assertThat(canvas.drawnMap()).as("the first edit's painter, overtaken").isSameAs(maps.get(0));
        release(robot, holds.get(1));
        assertThat(canvas.drawnMap()).as("the second edit's painter, overtaken").isSameAs(maps.get(0));
        release(robot, holds.get(2));
        EditsInBackgroundTest.settle(robot, model.afterEdits().painting());

        assertThat(canvas.drawnMap()).isSameAs(maps.get(3));
        Rect box = canvas.geometry().segments().get("power.silicon-steel");
        Rect card = canvas.geometry().cards().get(FIRM);
        assertThat(box.contains(card.centerX(), card.centerY())).isTrue();
        assertThat(drawn).as("the maps drawn, in order").containsExactly(maps.get(0), maps.get(3));
        analysis.countDown();
        settleAll(robot);
        assertThat(canvas.drawnMap()).isSameAs(maps.get(3));
    }

    @Test
    void aLayoutThatComesBeforeTheProvisionalPainterWins(FxRobot robot) {
        List<ChainGeometry> geometries = new ArrayList<>();
        ChainCanvas canvas = showPower(robot, new ArrayList<>(), geometries);
        ChainGeometry before = canvas.geometry();
        // The painting thread's queue: hold, the provisional painter, hold, (the layout's painter, once it comes).
        CountDownLatch first = HeldWork.hold(robot, model.afterEdits().painting(), "held0");
        CountDownLatch analysis = HeldWork.hold(robot, model.afterEdits().work());
        robot.interact(() -> model.perform(new MoveEnterprise(FIRM, null, "power.silicon-steel")));
        CountDownLatch second = HeldWork.hold(robot, model.afterEdits().painting(), "held1");
        // The analysis and the layout come while the provisional painter waits.
        analysis.countDown();
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> laidOut = new AtomicReference<>();
        robot.interact(() -> laidOut.set(model.afterEdits().work().whenSettled()));
        try {
            laidOut.get().get(60, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new AssertionError("the layout did not come", failure);
        }
        release(robot, first);
        assertThat(canvas.geometry())
                .as("the provisional painter, overtaken by the layout")
                .isSameAs(before);
        release(robot, second);
        settleAll(robot);

        RegionMap map = model.map().orElseThrow();
        assertThat(canvas.drawnMap()).isSameAs(map);
        assertThat(canvas.geometry().cards())
                .as("the layout's geometry, not the provisional one")
                .isEqualTo(ChainLayouter.layout(map, map.chain("power").orElseThrow())
                        .cards());
        assertThat(geometries)
                .as("the geometries shown: before the edit, then the layout's")
                .hasSize(2);
    }
}
