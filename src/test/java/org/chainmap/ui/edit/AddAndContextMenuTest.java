package org.chainmap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.chainmap.layout.Placement;
import org.chainmap.layout.Rect;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.render.Viewport;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.chainmap.ui.map.CanvasGesturesTest;
import org.chainmap.ui.map.ChainCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Adding firms and segments with the Edit menu's keys and the map's context menu, end to end on the Hengyang
 * map: a small dialog asks for the name (a refused one keeps it open with the reason), the new firm or
 * segment is selected, and one Undo takes it away; the context menu marks a firm local or external.
 */
@ExtendWith(ApplicationExtension.class)
class AddAndContextMenuTest {

    private MainViewModel model;
    private ChainCanvas canvas;

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

    /** Clicks the dialog's Add button (the lists tab has an Add button of its own). */
    private static void clickAdd(FxRobot robot) {
        DialogPane dialog = robot.lookup("#" + AddDialog.ID).queryAs(DialogPane.class);
        robot.clickOn(robot.from(dialog)
                .lookup((javafx.scene.Node node) ->
                        node instanceof javafx.scene.control.Button button && "Add".equals(button.getText()))
                .queryButton());
    }

    private void showMap(FxRobot robot, String segment) {
        robot.clickOn("Map");
        WaitForAsyncUtils.waitForFxEvents();
        canvas = robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
        Rect box = canvas.geometry().segments().get(segment);
        robot.interact(() -> canvas.show(box.x() - 150, box.y(), box.width() + 300, box.height()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(double mx, double my) {
        Viewport view = canvas.viewport();
        return canvas.localToScreen((mx - view.x()) * view.scale(), (my - view.y()) * view.scale());
    }

    private Point2D onHeader(String segment) {
        Rect box = canvas.geometry().segments().get(segment);
        return screen(box.x() + box.width() * 0.3, box.y() + Placement.HEADER / 2);
    }

    @Test
    void insertAddsAFirmToTheSelectedSegmentAndARefusedNameKeepsTheDialogOpen(FxRobot robot) {
        showMap(robot, "power.reactor");
        RegionMap before = model.map().orElseThrow();
        robot.clickOn(onHeader("power.reactor"));
        robot.type(KeyCode.INSERT);
        DialogPane dialog = robot.lookup("#" + AddDialog.ID).queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).startsWith("A new firm in Reactors.");
        clickAdd(robot);
        assertThat(robot.lookup("#" + AddDialog.MESSAGE_ID).queryAs(Label.class).getText())
                .isEqualTo("A name cannot be empty.");
        assertThat(model.map().orElseThrow()).isSameAs(before);
        robot.clickOn("#" + AddDialog.NAME_ID).write("Hengyang Reactor Co");
        clickAdd(robot);
        WaitForAsyncUtils.waitForFxEvents();
        Enterprise added = model.map().orElseThrow().enterprisesIn("power.reactor").stream()
                .filter(firm -> before.enterprise(firm.id()).isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(added.name()).isEqualTo("Hengyang Reactor Co");
        assertThat(added.local()).isTrue();
        assertThat(model.selection().orElseThrow()).isInstanceOf(Selection.OfEnterprise.class);
        assertThat(canvas.geometry().cards()).containsKey(added.id());
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).isEqualTo("Add Hengyang Reactor Co");
        robot.push(CanvasGesturesTest.UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).isEqualTo(before);
    }

    @Test
    void altInsertAddsASegmentToTheStageChosen(FxRobot robot) {
        showMap(robot, "power.reactor");
        robot.clickOn(onHeader("power.reactor"));
        robot.push(new KeyCodeCombination(KeyCode.INSERT, KeyCombination.ALT_DOWN));
        @SuppressWarnings("unchecked")
        ChoiceBox<Stage> stage = robot.lookup("#" + AddDialog.STAGE_ID).queryAs(ChoiceBox.class);
        assertThat(stage.getValue()).as("the selection's stage").isEqualTo(Stage.MIDSTREAM);
        robot.interact(() -> stage.setValue(Stage.DOWNSTREAM));
        robot.interact(() ->
                robot.lookup("#" + AddDialog.NAME_ID).queryAs(TextField.class).setText("储能电站"));
        clickAdd(robot);
        WaitForAsyncUtils.waitForFxEvents();
        var chain = model.selectedChain().orElseThrow();
        Segment added = chain.segments(Stage.DOWNSTREAM)
                .get(chain.segments(Stage.DOWNSTREAM).size() - 1);
        assertThat(added.name()).isEqualTo("储能电站");
        assertThat(model.selection().orElseThrow().segment().id()).isEqualTo(added.id());
        assertThat(canvas.geometry().segments()).containsKey(added.id());
    }

    /**
     * Right-clicks at {@code at}: Monocle, the headless platform, makes no context menu event of a right
     * click as desktop platforms do, so the test fires the one they would.
     */
    private void rightClick(FxRobot robot, Point2D at) {
        robot.moveTo(at);
        Point2D scene = canvas.localToScene(canvas.screenToLocal(at)); // the event finds its local point from it
        robot.interact(() -> canvas.fireEvent(new ContextMenuEvent(
                ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(),
                scene.getY(),
                at.getX(),
                at.getY(),
                false,
                null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theContextMenuIsMadeAtItsFirstRequest(FxRobot robot) {
        showMap(robot, "power.cable");
        CanvasMenu menu = CanvasMenu.of(canvas);
        assertThat(menu.menu()).as("no context menu before the first request").isNull();

        Rect card = canvas.geometry().cards().get("hengfei-cable");
        rightClick(robot, screen(card.x() + card.width() * 0.3, card.centerY()));
        assertThat(menu.menu()).isNotNull();
        assertThat(menu.menu().isShowing()).isTrue();
        assertThat(robot.lookup("#" + CanvasMenu.ID + "-external").tryQuery()).isPresent();
        robot.interact(menu.menu()::hide);
    }

    @Test
    void theContextMenuMarksAFirmExternalAndLocalAgain(FxRobot robot) {
        showMap(robot, "power.cable");
        Rect card = canvas.geometry().cards().get("hengfei-cable");
        Point2D onCard = screen(card.x() + card.width() * 0.3, card.centerY());
        rightClick(robot, onCard);
        assertThat(((Selection.OfEnterprise) model.selection().orElseThrow())
                        .enterprise()
                        .id())
                .isEqualTo("hengfei-cable");
        robot.clickOn("#" + CanvasMenu.ID + "-external");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map()
                        .orElseThrow()
                        .enterprise("hengfei-cable")
                        .orElseThrow()
                        .local())
                .isFalse();
        rightClick(robot, onCard);
        robot.clickOn("#" + CanvasMenu.ID + "-local");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map()
                        .orElseThrow()
                        .enterprise("hengfei-cable")
                        .orElseThrow()
                        .local())
                .isTrue();

        Rect box = canvas.geometry().segments().get("power.cable");
        rightClick(robot, screen(box.x() + 4, box.bottom() + 30));
        assertThat(robot.lookup("#" + CanvasMenu.ID + "-addSegment").tryQuery())
                .as("an empty place in a stage column offers a new segment there")
                .isPresent();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void ctrlUpAndDownMoveASegmentWithinItsStage(FxRobot robot) {
        showMap(robot, "power.reactor");
        robot.clickOn(onHeader("power.reactor"));
        List<String> before = midstream();
        int at = before.indexOf("power.reactor");
        robot.push(new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(midstream().indexOf("power.reactor")).isEqualTo(at - 1);
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).isEqualTo("Reorder segment Reactors");
        robot.push(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(midstream()).isEqualTo(before);
    }

    private List<String> midstream() {
        return model.selectedChain().orElseThrow().segments(Stage.MIDSTREAM).stream()
                .map(Segment::id)
                .toList();
    }

    @Test
    void theContextMenuOfASegmentRemovesOneOfItsFeeds(FxRobot robot) {
        showMap(robot, "power.silicon-steel");
        RegionMap before = model.map().orElseThrow();
        java.util.List<String> feeds =
                before.segment("power.silicon-steel").orElseThrow().feeds();
        assertThat(feeds).contains("power.reactor");
        rightClick(robot, onHeader("power.silicon-steel"));
        assertThat(model.selection().orElseThrow()).isInstanceOf(Selection.OfSegment.class);
        javafx.scene.control.Menu submenu = javafx.stage.Window.getWindows().stream()
                .filter(javafx.scene.control.ContextMenu.class::isInstance)
                .flatMap(window -> ((javafx.scene.control.ContextMenu) window).getItems().stream())
                .filter(item -> (CanvasMenu.ID + "-removeFeed").equals(item.getId()))
                .map(javafx.scene.control.Menu.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(submenu.getItems()).hasSize(feeds.size());
        javafx.scene.control.MenuItem reactor = submenu.getItems().get(feeds.indexOf("power.reactor"));
        assertThat(reactor.getText())
                .isEqualTo(before.segment("power.reactor").orElseThrow().nameEn());
        robot.interact(reactor::fire);
        assertThat(model.map()
                        .orElseThrow()
                        .segment("power.silicon-steel")
                        .orElseThrow()
                        .feeds())
                .doesNotContain("power.reactor")
                .contains("power.transformer");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        assertThat(model.map().orElseThrow()).isEqualTo(before);
    }
}
