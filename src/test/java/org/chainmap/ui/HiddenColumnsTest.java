package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;
import org.chainmap.ui.map.ChainView;
import org.chainmap.ui.map.SegmentBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The columns leave the scene while another view is shown (issue 17 item 9): every frame walks all of a scene's
 * nodes, hidden or not, and a large chain's columns were four fifths of them. Shown again, they come back as they
 * were (the same nodes, scrolled where they were), or made anew for the chain and map shown meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenColumnsTest {

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

    private ChainView columns(FxRobot robot) {
        return (ChainView) robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream()
                .filter(tab -> MainWindow.COLUMNS_TAB_ID.equals(tab.getId()))
                .findFirst()
                .orElseThrow()
                .getContent();
    }

    private static Set<String> boxesShown(FxRobot robot) {
        return robot.lookup(".segment-box").queryAll().stream()
                .filter(node -> node instanceof SegmentBox)
                .map(node -> ((SegmentBox) node).segment().id())
                .collect(Collectors.toSet());
    }

    @Test
    void theColumnsLeaveTheSceneWhileHiddenAndComeBackAsTheyWere(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Chain chain = model.selectedChain().orElseThrow();
        ScrollPane scroller = (ScrollPane) columns(robot).getCenter();
        Node content = scroller.getContent();
        assertThat(boxesShown(robot)).contains(chain.segments().get(0).id());
        robot.interact(() -> scroller.setVvalue(0.5));

        robot.interact(() -> window.showView("map"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroller.getScene()).as("the columns out of the scene").isNull();
        assertThat(boxesShown(robot)).isEmpty();

        robot.interact(() -> window.showView("columns"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroller.getScene()).isNotNull();
        assertThat(scroller.getContent()).as("the same columns, not made again").isSameAs(content);
        assertThat(scroller.getVvalue()).isEqualTo(0.5);
        assertThat(boxesShown(robot)).contains(chain.segments().get(0).id());
    }

    @Test
    void aChainChosenWhileTheColumnsAreHiddenIsShownWhenTheyAre(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.showView("map"));
        Chain other = model.chains().get(2);
        robot.interact(() -> model.selectChain(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boxesShown(robot)).isEmpty();

        robot.interact(() -> window.showView("columns"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boxesShown(robot))
                .isEqualTo(other.segments().stream().map(Segment::id).collect(Collectors.toSet()));
    }
}
