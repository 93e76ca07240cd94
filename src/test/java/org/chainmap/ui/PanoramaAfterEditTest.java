package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
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
        CountDownLatch analysis =
                EditsInBackgroundTest.hold(robot, model.afterEdits().work());

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
}
