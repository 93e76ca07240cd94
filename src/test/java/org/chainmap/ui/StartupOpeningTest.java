package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Task;
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

/**
 * Starting on a large map reads it in the background: the window says which map is on its way and answers
 * meanwhile, then shows it; a large file that cannot be read leaves the shipped map shown.
 */
@ExtendWith(ApplicationExtension.class)
class StartupOpeningTest {

    @TempDir
    static Path dir;

    private static Path large;
    private MainViewModel model;
    private MainWindow window;
    private javafx.stage.Stage stage;

    @BeforeAll
    static void writeALargeRegion() throws Exception {
        large = dir.resolve("large.json");
        Files.write(large, MapWriter.toBytes(RegionGenerator.generate(10_000, 5)));
        assertThat(Files.size(large)).isGreaterThanOrEqualTo(MainWindow.BACKGROUND_BYTES);
    }

    @Start
    void start(javafx.stage.Stage primary) {
        stage = primary;
        model = new MainViewModel(I18n.ENGLISH);
        model.opening("large.json");
        window = new MainWindow(primary, model);
        window.show();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLargeMapIsReadInTheBackgroundWhileTheWindowSaysSo(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        window.loader(file -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return MainViewModel.load(file);
        });
        @SuppressWarnings("unchecked")
        Optional<Task<MainViewModel.Loaded>>[] reading = new Optional[1];
        java.util.concurrent.atomic.AtomicInteger after = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> reading[0] = StartupOpening.open(window, model, large, after::incrementAndGet));

        assertThat(reading[0]).as("read in the background").isPresent();
        assertThat(after)
                .as("what follows the opening (the recovery offer) waits for the map")
                .hasValue(0);
        assertThat(model.document()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Opening large.json...");

        release.countDown();
        reading[0].get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.document().orElseThrow().file()).isEqualTo(large);
        assertThat(model.statusProperty().get()).doesNotContain("Opening");
        assertThat(after).hasValue(1);
    }

    @Test
    void aLargeFileThatCannotBeReadLeavesTheShippedMap(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{" + " ".repeat((int) MainWindow.BACKGROUND_BYTES));
        @SuppressWarnings("unchecked")
        Optional<Task<MainViewModel.Loaded>>[] reading = new Optional[1];
        robot.interact(() -> reading[0] = StartupOpening.open(window, model, broken, () -> {}));
        assertThat(reading[0]).isPresent();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.document().isPresent());
        // The window's dialog says why the file could not be read; behind it, the shipped map.
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(each -> each != stage && each instanceof javafx.stage.Stage)
                .map(javafx.stage.Stage.class::cast)
                .toList()
                .forEach(javafx.stage.Stage::close));
        assertThat(model.map().orElseThrow().region().name()).isEqualTo("衡阳市");
    }
}
