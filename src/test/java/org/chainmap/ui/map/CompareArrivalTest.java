package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.io.MapFile;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.ShippedMap;
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
 * A new comparison after an edit comes to the JavaFX thread with its work done: whether it puts back the same ghosts
 * as the one shown (so that the compared chain keeps its layout) is found out on the thread that made it, as its rows
 * are, not when it arrives; at 100,000 firms that reading of thousands of ghosts was half the JavaFX thread's part of
 * the arrival (docs/performance.md, "fluid"). The threads are named, not timed.
 */
@ExtendWith(ApplicationExtension.class)
class CompareArrivalTest {

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
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theGhostsOfANewComparisonAreComparedOnTheThreadThatMadeIt(FxRobot robot) throws Exception {
        RegionMap now = model.map().orElseThrow();
        List<Enterprise> firms = new ArrayList<>(now.enterprises());
        firms.add(Enterprise.of("gone-hy", "旧变压器厂", true, List.of("power.transformer")));
        Path older = dir.resolve("older.json");
        MapFile.save(now.withEnterprises(firms), older);
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0); // every map large: its work after an edit in the background
            window.compare().compareWith(older.toString());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.comparing().active());
        robot.interact(() -> {
            window.showView("map");
            model.selectChain(model.map().orElseThrow().chain("power").orElseThrow());
        });
        settle(robot);
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
        RegionMap first = model.comparing().shown().orElseThrow().compared().map();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> canvas.drawnMap() == first);

        robot.interact(() -> model.perform(new MoveEnterprise("tbea-hy", null, "power.silicon-steel")));
        settle(robot);
        RegionMap edited = model.map().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.comparing()
                .shown()
                .map(shown -> shown.compared().comparison().after() == edited)
                .orElse(false));
        RegionMap second = model.comparing().shown().orElseThrow().compared().map();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> canvas.drawnMap() == second);

        assertThat(canvas.ghostsComparedOn())
                .as("the thread that found the two comparisons' ghosts alike")
                .isEqualTo("chainmap-after-edit");
    }

    private void settle(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> settled = new AtomicReference<>();
        robot.interact(() -> settled.set(model.afterEdits().whenSettled()));
        settled.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
