package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.chainmap.model.Chain;
import org.chainmap.search.Hit;
import org.chainmap.ui.map.ChainCanvas;
import org.chainmap.ui.map.ChainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map and panorama tabs are built at their first showing, not with the window (docs/performance.md,
 * "Start-up"): until then each holds only its surface, hidden with the tab, which lays out nothing; whatever
 * needs the map (find, a view menu item, the view asked for at start) builds the tab and finds it laid out.
 */
@ExtendWith(ApplicationExtension.class)
class LazyViewsTest {

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(stage, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private Tab tab(FxRobot robot, String id) {
        return robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                .filter(tab -> id.equals(tab.getId()))
                .findFirst()
                .orElseThrow();
    }

    private ChainCanvas canvas(FxRobot robot) {
        return robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
    }

    @Test
    void theMapAndPanoramaTabsHoldOnlyTheirHiddenSurfacesUntilShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node map = tab(robot, MainWindow.MAP_TAB_ID).getContent();
        Node panorama = tab(robot, MainWindow.PANORAMA_TAB_ID).getContent();
        assertThat(map).isInstanceOf(ChainCanvas.class);
        assertThat(panorama.getId()).isEqualTo("panorama-canvas");
        // In the scene (its window there for dialogs), hidden with its tab: the open map is not laid out for it.
        assertThat(map.getScene()).isNotNull();
        assertThat(canvas(robot).geometry()).isNull();
        robot.interact(() -> model.selectChain(model.chains().get(2)));
        assertThat(canvas(robot).geometry()).isNull();

        robot.interact(() -> window.showView("map"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab(robot, MainWindow.MAP_TAB_ID).getContent()).isInstanceOf(ChainView.class);
        assertThat(canvas(robot).geometry()).isNotNull();
        assertThat(canvas(robot).geometry().segments())
                .containsKeys(model.chains().get(2).segments().stream()
                        .map(segment -> segment.id())
                        .toArray(String[]::new));
    }

    @Test
    void findGoesToTheMapBeforeItsTabWasEverShown(FxRobot robot) throws TimeoutException {
        Chain power = model.chains().stream()
                .filter(chain -> chain.id().equals("power"))
                .findFirst()
                .orElseThrow();
        Hit firm = new Hit(
                Hit.Kind.ENTERPRISE,
                "tbea-hy",
                "特变电工衡阳变压器有限公司",
                Hit.Field.NAME,
                Hit.Closeness.EXACT,
                power.id(),
                "power.transformer",
                true);
        robot.interact(() -> window.goTo(firm));
        WaitForAsyncUtils.waitForFxEvents();
        ChainCanvas canvas = canvas(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas.moving());
        assertThat(tab(robot, MainWindow.MAP_TAB_ID).getContent()).isInstanceOf(ChainView.class);
        assertThat(canvas.getWidth()).isGreaterThan(0);
        assertThat(canvas.geometry().cards()).containsKey("tbea-hy");
        assertThat(canvas.viewport().scale())
                .as("zoomed to the firm")
                .isGreaterThan(org.chainmap.render.Viewport.fit(
                                        canvas.geometry().width(),
                                        canvas.geometry().height(),
                                        canvas.getWidth(),
                                        canvas.getHeight())
                                .scale()
                        * 1.5);
    }

    @Test
    void theViewAskedForAtStartIsBuiltAndLaidOut(FxRobot robot) {
        robot.interact(() -> window.showView("panorama"));
        WaitForAsyncUtils.waitForFxEvents();
        Node panorama = tab(robot, MainWindow.PANORAMA_TAB_ID).getContent();
        assertThat(panorama).isNotInstanceOf(org.chainmap.ui.map.PanoramaCanvas.class);
        org.chainmap.ui.map.PanoramaCanvas surface =
                robot.lookup("#panorama-canvas").query();
        assertThat(surface.getWidth()).isGreaterThan(0);
        assertThat(surface.drawing()).isPresent();
    }
}
