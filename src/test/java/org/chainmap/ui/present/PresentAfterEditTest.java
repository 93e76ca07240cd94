package org.chainmap.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.ShippedMap;
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
 * A presentation started while the analysis after an edit of a large map is still under way waits for it, so that
 * the audience never sees the gaps from before the edit; with nothing under way it starts at once.
 */
@ExtendWith(ApplicationExtension.class)
class PresentAfterEditTest {

    private MainViewModel model;
    private Presenter presenter;

    /** The first window of a test run can take over a minute to open on a machine shared by many builds. */
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
        presenter = window.presenter();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws TimeoutException {
        robot.interact(() -> presenter.stop());
        FxToolkit.cleanupStages();
    }

    @Test
    void waitsForTheAnalysisOfTheLastEdit(FxRobot robot) throws Exception {
        List<Boolean> atOnce = new ArrayList<>();
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0);
            model.perform(new MoveEnterprise("tbea-hy", null, "power.silicon-steel"));
            presenter.start(false);
            atOnce.add(model.afterEdits().busyProperty().get());
            atOnce.add(presenter.presenting());
        });
        assertThat(atOnce).as("busy, and not presenting yet").containsExactly(true, false);

        AtomicReference<CompletableFuture<Void>> settled = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(
                5_000, () -> settled.set(model.afterEdits().whenSettled()));
        settled.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presenter.presenting())
                .as("presenting once the analysis arrived")
                .isTrue();
        assertThat(model.gaps().reports()).isEqualTo(GapAnalysis.of(model.map().orElseThrow()));
    }

    @Test
    void startsAtOnceWhenNothingIsUnderWay(FxRobot robot) {
        List<Boolean> presenting = new ArrayList<>();
        robot.interact(() -> {
            presenter.start(false);
            presenting.add(presenter.presenting());
        });
        assertThat(presenting).containsExactly(true);
    }
}
