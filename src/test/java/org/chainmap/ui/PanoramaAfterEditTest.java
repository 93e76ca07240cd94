package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.map.PanoramaCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panorama after an edit of a large map (here Hengyang, taken as large), whose analysis comes later: it draws the
 * edited map at once (its segments' counts of local firms), on the analysis from before the edit, as the chain's map
 * does; drawn from the map analysed, the edit showed only once the analysis came (issue 17 item 9).
 */
@ExtendWith(ApplicationExtension.class)
class PanoramaAfterEditTest {

    private MainViewModel model;
    private MainWindow window;

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

    @Test
    void aLargeMapsEditIsDrawnBeforeItsAnalysisComes(FxRobot robot) {
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0);
            window.showView("panorama");
        });
        EditsInBackgroundTest.settle(robot, model.afterEdits().work());
        PanoramaCanvas panorama = robot.lookup("#" + PanoramaCanvas.ID).queryAs(PanoramaCanvas.class);
        RegionMap before = model.map().orElseThrow();
        assertThat(panorama.drawnMap()).isSameAs(before);
        CountDownLatch analysis = HeldWork.hold(robot, model.afterEdits().work());

        robot.interact(() -> model.perform(new MoveEnterprise("tbea-hy", null, "power.silicon-steel")));
        WaitForAsyncUtils.waitForFxEvents();

        List<Object> shown = new ArrayList<>();
        robot.interact(() -> {
            shown.add(model.gaps().map() == before); // the analysis held
            shown.add(panorama.drawnMap() == model.map().orElseThrow());
            shown.add(panorama.paintedDrawing().equals(panorama.drawing()));
        });
        assertThat(shown).containsExactly(true, true, true);

        analysis.countDown();
        EditsInBackgroundTest.settle(robot, model.afterEdits().work());
        assertThat(model.gaps().map()).isSameAs(model.map().orElseThrow());
        assertThat(panorama.drawnMap()).isSameAs(model.map().orElseThrow());
    }

    /**
     * Decision 0072: the panorama's canvas is painted after the edit's event (from a runLater), and a pulse queued
     * while the event runs (as on a large map, where it takes tens of milliseconds) comes before that paint; the edit's
     * analysis is still waiting at the frame that shows the panorama painted with the edited map. Without the
     * panorama's own wait it was let go after the pulse before the paint.
     */
    @Test
    void theAnalysisWaitsForThePanoramasFrame(FxRobot robot) {
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0);
            window.showView("panorama");
        });
        EditsInBackgroundTest.settle(robot, model.afterEdits().work());
        PanoramaCanvas panorama = robot.lookup("#" + PanoramaCanvas.ID).queryAs(PanoramaCanvas.class);
        AtomicReference<RegionMap> edited = new AtomicReference<>();
        AtomicReference<Boolean> waitingAtTheFrame = new AtomicReference<>();
        robot.interact(() -> panorama.getScene().addPostLayoutPulseListener(() -> {
            if (waitingAtTheFrame.get() == null
                    && edited.get() != null
                    && panorama.drawnMap() == edited.get()
                    && panorama.paintedDrawing().equals(panorama.drawing())) {
                waitingAtTheFrame.set(model.afterEdits().frameFirst().waiting());
            }
        }));

        robot.interact(() -> {
            model.afterEdits().frameFirst().atMost(Duration.ofMinutes(2));
            Platform.requestNextPulse(); // queued while this thread is busy: it comes before the panorama's paint
            pause();
            model.perform(new MoveEnterprise("tbea-hy", null, "power.silicon-steel"));
            edited.set(model.map().orElseThrow());
            pause(); // the analysis thread reaches its wait
        });
        EditsInBackgroundTest.settle(robot, model.afterEdits().work());

        assertThat(waitingAtTheFrame.get())
                .as("the analysis waiting at the panorama's frame")
                .isTrue();
        assertThat(model.gaps().map()).isSameAs(edited.get());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
