package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.MapComparer;
import org.chainmap.io.MapFile;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.map.ChainCanvas;
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
 * The marks of the compared chain are made on the painting thread (decision 0051), not behind the analysis: a new
 * comparison's painter comes while the analysis thread is busy with something slow (held here by a latch, as the
 * next edit's analysis of a large map holds it for seconds).
 */
@ExtendWith(ApplicationExtension.class)
class ComparePaintingTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainWindow window;

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
    }

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.ENGLISH);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** An older version of {@code now}: one more transformer maker, gone since. */
    private static RegionMap older(RegionMap now) {
        List<Enterprise> firms = new ArrayList<>(now.enterprises());
        firms.add(Enterprise.of("gone-hy", "Old Transformer Works", true, List.of("power.transformer")));
        return now.withEnterprises(firms);
    }

    private void settleAll(FxRobot robot) {
        AtomicReference<CompletableFuture<Void>> settled = new AtomicReference<>();
        robot.interact(() -> settled.set(model.afterEdits().whenSettled()));
        try {
            settled.get().get(60, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new AssertionError("the work after the edits did not end", failure);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aComparisonsMarksComeWhileTheAnalysisThreadIsBusy(FxRobot robot) throws Exception {
        RegionMap older = older(model.map().orElseThrow());
        Path file = dir.resolve("older.json");
        MapFile.save(older, file);
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0); // every map large: the marks are made in the background
            window.compare().compareWith(file.toString());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.comparing().active());
        robot.interact(() -> {
            window.showView("map");
            model.selectChain(model.map().orElseThrow().chain("power").orElseThrow());
        });
        settleAll(robot);
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
        RegionMap first = model.comparing().shown().orElseThrow().compared().map();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> canvas.drawnMap() == first);
        assertThat(canvas.geometry().cards()).containsKey("gone-hy");

        CountDownLatch analysis = HeldWork.hold(robot, model.afterEdits().work());
        // Another comparison with the same ghosts (as after an edit that keeps the chain's layout).
        ComparedMap again =
                ComparedMap.of(MapComparer.compare(older, model.map().orElseThrow()));
        robot.interact(() ->
                model.comparing().shownProperty().set(new Comparing.Shown(again, "older.json", "", "hengyang.json")));
        boolean busy;
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas.drawnMap() == again.map());
            busy = model.afterEdits().work().pending("held");
        } catch (TimeoutException late) {
            throw new AssertionError("the new comparison's marks waited for the analysis thread", late);
        } finally {
            analysis.countDown();
        }
        assertThat(busy)
                .as("the analysis thread still busy when the marks came")
                .isTrue();
        settleAll(robot);
        assertThat(canvas.drawnMap()).isSameAs(again.map());
    }
}
