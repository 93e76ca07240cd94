package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.chainmap.layout.Rect;
import org.chainmap.render.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chain's map on the canvas: shown in its tab, fitted, zoomed by key, and clicked to select. */
@ExtendWith(ApplicationExtension.class)
class ChainCanvasTest {

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
        TabPane views = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainWindow.MAP_TAB_ID);
        return robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
    }

    @Test
    void fitsTheChainAndZoomsByKey(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        assertThat(canvas.geometry()).isNotNull();
        assertThat(canvas.geometry().segments()).containsKey("power.transformer");
        robot.clickOn(canvas);
        assertThat(canvas.isFocused())
                .as("the canvas takes the focus when clicked")
                .isTrue();
        robot.type(KeyCode.EQUALS).type(KeyCode.F);
        double fitted = canvas.viewport().scale();
        Viewport expected = Viewport.fit(
                canvas.geometry().width(), canvas.geometry().height(), canvas.getWidth(), canvas.getHeight());
        assertThat(fitted).isCloseTo(expected.scale(), within(1e-9));
        robot.type(KeyCode.EQUALS);
        assertThat(canvas.viewport().scale()).isCloseTo(fitted * 1.25, within(1e-9));
        robot.type(KeyCode.SUBTRACT, 2);
        assertThat(canvas.viewport().scale()).isCloseTo(fitted / 1.25, within(1e-9));
    }

    @Test
    void clickingACardSelectsItsFirm(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        robot.clickOn(canvas).type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        Rect card = canvas.geometry().cards().get("tbea-hy");
        robot.interact(() -> canvas.centreOn(card.centerX(), card.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport view = canvas.viewport();
        Point2D onScreen = canvas.localToScreen(
                (card.centerX() - view.x()) * view.scale(), (card.centerY() - view.y()) * view.scale());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection().orElseThrow()).isInstanceOf(Selection.OfEnterprise.class);
        assertThat(((Selection.OfEnterprise) model.selection().orElseThrow())
                        .enterprise()
                        .id())
                .isEqualTo("tbea-hy");
    }
}
