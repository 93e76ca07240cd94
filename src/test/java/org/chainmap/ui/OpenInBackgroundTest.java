package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.MapWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A large map opens in the background: progress, a responsive window, cancel keeps the open map. */
@ExtendWith(ApplicationExtension.class)
class OpenInBackgroundTest {

    @TempDir
    static Path dir;

    private static Path large;
    private MainViewModel model;
    private MainWindow window;

    @BeforeAll
    static void writeALargeRegion() throws Exception {
        large = dir.resolve("large.json");
        Files.write(large, MapWriter.toBytes(RegionGenerator.generate(10_000, 5)));
        assertThat(Files.size(large)).isGreaterThanOrEqualTo(MainWindow.BACKGROUND_BYTES);
    }

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        model = new MainViewModel(I18n.ENGLISH);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(TestMaps.writeSmall(dir));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Makes the window's background reader wait until the returned latch is released. */
    private CountDownLatch slowLoader() {
        CountDownLatch release = new CountDownLatch(1);
        window.loader(file -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return MainViewModel.load(file);
        });
        return release;
    }

    private Task<MainViewModel.Loaded> openLarge(FxRobot robot) {
        Task<MainViewModel.Loaded>[] task = new Task[1];
        robot.interact(() -> task[0] = window.open(large).orElseThrow());
        return task[0];
    }

    @Test
    void showsProgressAndThenTheLargeMap(FxRobot robot) throws Exception {
        String before = model.map().orElseThrow().region().name();
        CountDownLatch release = slowLoader();
        Task<MainViewModel.Loaded> task = openLarge(robot);
        assertThat(robot.lookup("#" + ProgressDialog.BAR_ID).tryQuery()).isPresent();
        // While it reads, the window answers and the old map stays.
        robot.interact(() -> model.selectChain(model.chains().get(0)));
        assertThat(model.map().orElseThrow().region().name()).isEqualTo(before);
        release.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(task::getState).get()).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(model.map().orElseThrow().enterprises()).hasSize(10_000);
        assertThat(model.map().orElseThrow().region().name()).isNotEqualTo(before);
        assertThat(model.gaps()).isNotEqualTo(MapGaps.none());
        assertThat(robot.lookup("#" + ProgressDialog.BAR_ID).tryQuery()).isEmpty();
    }

    @Test
    void cancellingKeepsTheOpenMap(FxRobot robot) throws Exception {
        var before = model.map().orElseThrow();
        // A reader slower than the robot: it waits until it is released, after the cancel.
        CountDownLatch release = slowLoader();
        Task<MainViewModel.Loaded> task = openLarge(robot);
        Button cancel = robot.lookup(".dialog-pane .button").queryButton();
        robot.clickOn(cancel);
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(task::getState).get()).isEqualTo(Worker.State.CANCELLED);
        assertThat(model.map()).containsSame(before);
        assertThat(robot.lookup("#" + ProgressDialog.BAR_ID).tryQuery()).isEmpty();
    }
}
