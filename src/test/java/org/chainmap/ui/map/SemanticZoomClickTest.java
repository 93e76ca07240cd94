package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.OverviewGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;
import org.chainmap.render.Viewport;
import org.chainmap.render.ZoomLevel;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking the map where its cards are not drawn selects the segment of the box clicked, never a firm. */
@ExtendWith(ApplicationExtension.class)
class SemanticZoomClickTest {

    private MainViewModel model;

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

    private ChainCanvas showMap(FxRobot robot) {
        robot.clickOn("Map");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
    }

    private static Point2D onScreen(ChainCanvas canvas, double mx, double my) {
        Viewport view = canvas.viewport();
        return canvas.localToScreen((mx - view.x()) * view.scale(), (my - view.y()) * view.scale());
    }

    @Test
    void atOverviewAClickOnABoxOfTheDiagramSelectsItsSegment(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        ChainGeometry geometry = canvas.geometry();
        Chain chain = model.selectedChain().orElseThrow();
        robot.interact(() -> {
            canvas.zoomTo(0.2, 0, 0);
            canvas.centreOn(geometry.width() / 2, geometry.height() / 2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.level()).isEqualTo(ZoomLevel.OVERVIEW);
        OverviewGeometry overview = OverviewGeometry.of(geometry, chain, geometry.width(), geometry.height());
        // A segment whose box in the diagram is not where its box of cards is: the click must go by the diagram.
        Segment segment = chain.segments().stream()
                .filter(s -> !geometry.segments()
                        .get(s.id())
                        .contains(
                                overview.boxes().get(s.id()).centerX(),
                                overview.boxes().get(s.id()).centerY()))
                .findFirst()
                .orElseThrow();
        Rect box = overview.boxes().get(segment.id());
        robot.clickOn(onScreen(canvas, box.centerX(), box.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection().orElseThrow()).isInstanceOf(Selection.OfSegment.class);
        assertThat(model.selection().orElseThrow().segment().id()).isEqualTo(segment.id());
    }

    @Test
    void atMiddleZoomAClickOnAnUndrawnCardSelectsItsBox(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        Rect card = canvas.geometry().cards().get("tbea-hy");
        robot.interact(() -> {
            canvas.zoomTo(0.7, 0, 0);
            canvas.centreOn(card.centerX(), card.centerY());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.level()).isEqualTo(ZoomLevel.MIDDLE);
        robot.clickOn(onScreen(canvas, card.centerX(), card.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection().orElseThrow()).isInstanceOf(Selection.OfSegment.class);
        assertThat(model.selection().orElseThrow().segment().id())
                .isEqualTo(model.map()
                        .orElseThrow()
                        .enterprise("tbea-hy")
                        .orElseThrow()
                        .mainSegment());
    }
}
