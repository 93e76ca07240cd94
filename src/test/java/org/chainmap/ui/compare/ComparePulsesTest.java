package org.chainmap.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import org.chainmap.io.MapFile;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.HeldWork;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.RunningAnimations;
import org.chainmap.ui.TestMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in compare mode asks JavaFX for a pulse only when something on screen changes: none at rest, and while
 * work is under way in the background only the busy mark's steps. Each pulse with a change walks the bounds of the
 * whole scene, and compare mode on a large map keeps work under way for seconds after each edit: with JavaFX's
 * indeterminate spinner the window pulsed sixty times a second while work was under way, the scene changed at each;
 * and the autosave's timeline and the window placement's pauses (animations, so one pulse a frame) kept it pulsing
 * at rest too (docs/performance.md, "cmpfluid"). Counts of pulses, not times.
 */
@ExtendWith(ApplicationExtension.class)
class ComparePulsesTest {

    /**
     * Pulses a second allowed while work is held: half JavaFX's frame rate. The busy mark's eight steps a second
     * take about two pulses each (18 in a second measured); an animation takes sixty.
     */
    private static final int HELD_PER_SECOND = 30;

    /** How long animations of others (a camera's move, a tooltip's 30 s) are given to end before pulses are counted. */
    private static final int QUIET_SECONDS = 40;

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainWindow window;
    private Scene scene;
    private final AtomicInteger pulses = new AtomicInteger();

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(TestMaps.writeSmall(dir));
        RegionMap small = TestMaps.small();
        List<Enterprise> firms = new ArrayList<>(small.enterprises());
        firms.add(Enterprise.of("gone", "旧变压器厂", true, List.of("power.transformer")));
        MapFile.save(small.withEnterprises(firms), dir.resolve("older.json"));
        scene = primary.getScene();
        scene.addPreLayoutPulseListener(pulses::incrementAndGet);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void atRestAndWhileWorkIsHeldTheWindowPulsesOnlyForWhatChanges(FxRobot robot) throws Exception {
        robot.interact(
                () -> window.compare().compareWith(dir.resolve("older.json").toString()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.comparing().active());
        settle(robot);
        Thread.sleep(300); // the last layouts of what was shown
        noAnimationRuns();

        assertThat(pulsesIn(robot, 1000))
                .as("pulses in a second at rest in compare mode")
                .isLessThanOrEqualTo(3);

        CountDownLatch held = HeldWork.hold(robot, model.afterEdits().work());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.afterEdits()
                    .busyProperty()
                    .get());
            Thread.sleep(300); // the busy note's first layout
            noAnimationRuns();
            assertThat(pulsesIn(robot, 1000))
                    .as("pulses in a second while work is under way in the background")
                    .isLessThanOrEqualTo(HELD_PER_SECOND);
        } finally {
            held.countDown();
        }
        settle(robot);
    }

    /**
     * Waits till JavaFX's timer drives no animation, at most {@value #QUIET_SECONDS} s, and fails naming those still
     * running: any animation, this window's or one left behind in the test JVM by another test, pulses every window
     * sixty times a second, so pulses are counted only once none runs.
     */
    private static void noAnimationRuns() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(QUIET_SECONDS);
        List<String> running;
        do {
            running = WaitForAsyncUtils.asyncFx(RunningAnimations::now).get(10, TimeUnit.SECONDS);
            if (running.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        assertThat(running)
                .as("animations running before the pulses are counted (each pulses every window at every frame)")
                .isEmpty();
    }

    private int pulsesIn(FxRobot robot, long millis) throws InterruptedException {
        robot.interact(() -> pulses.set(0));
        Thread.sleep(millis);
        AtomicInteger seen = new AtomicInteger();
        robot.interact(() -> seen.set(pulses.get()));
        return seen.get();
    }

    private void settle(FxRobot robot) throws Exception {
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> settled = new AtomicReference<>();
        robot.interact(() -> settled.set(model.afterEdits().whenSettled()));
        settled.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
