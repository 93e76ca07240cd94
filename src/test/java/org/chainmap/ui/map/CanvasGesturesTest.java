package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.chainmap.layout.Rect;
import org.chainmap.model.RegionMap;
import org.chainmap.render.Viewport;
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

/**
 * Editing the chain's map with the mouse, end to end on the Hengyang map: a card dragged into another box
 * moves its firm, a drag from a card's link handle to another card draws a supply link, each as one step
 * that Undo takes back and Redo makes again; short drags stay clicks, Esc and a drop outside cancel, and a
 * drag on empty space still pans.
 */
@ExtendWith(ApplicationExtension.class)
public class CanvasGesturesTest {

    public static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

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

    /** Shows the power chain's map with the boxes of {@code segments} in view. */
    private void showMap(FxRobot robot, String... segments) {
        robot.clickOn("Map");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane views = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainWindow.MAP_TAB_ID);
        canvas = robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
        assertThat(model.selectedChain().orElseThrow().id()).isEqualTo("power");
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = 0;
        double bottom = 0;
        for (String segment : segments) {
            Rect box = canvas.geometry().segments().get(segment);
            left = Math.min(left, box.x());
            top = Math.min(top, box.y());
            right = Math.max(right, box.right());
            bottom = Math.max(bottom, box.bottom());
        }
        double l = left;
        double t = top;
        double w = right - left;
        double h = bottom - top;
        robot.interact(() -> canvas.show(l, t, w, h));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Map point (mx, my) on the screen. */
    private Point2D screen(double mx, double my) {
        Viewport view = canvas.viewport();
        return canvas.localToScreen((mx - view.x()) * view.scale(), (my - view.y()) * view.scale());
    }

    /** A point inside the card of {@code firm}, away from its link handle. */
    private Point2D onCard(String firm) {
        Rect card = canvas.geometry().cards().get(firm);
        return screen(card.x() + card.width() * 0.3, card.centerY());
    }

    private Point2D inBox(String segment) {
        Rect box = canvas.geometry().segments().get(segment);
        return screen(box.centerX(), box.bottom() - 8);
    }

    private List<String> segmentsOf(String firm) {
        return model.map().orElseThrow().enterprise(firm).orElseThrow().segments();
    }

    @Test
    void pointingAtAFirmShowsItsCardMadeAtTheFirstPointing(FxRobot robot) {
        showMap(robot, "power.cable", "power.reactor");
        assertThat(cards()).as("no card shown before a firm is pointed at").isEmpty();

        // from off the firms first: a pointer that an earlier test's window left on this spot moves nowhere
        robot.moveTo(canvas.localToScreen(2, 2));
        robot.moveTo(onCard("jinbei-hy"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cards()).hasSize(1);
        Tooltip card = cards().get(0);
        assertThat(card.isShowing()).isTrue();
        assertThat(card.getText()).startsWith("金杯电工");
        robot.moveTo(inBox("power.reactor"));
        WaitForAsyncUtils.waitForFxEvents();
        // off the firm, in a box: the card gives the box's whole name instead (a box may cut it)
        assertThat(card.getText()).as("off the firm, in a box").doesNotStartWith("金杯电工");
        assertThat(card.getText())
                .as("the whole name, then what its mark means")
                .isEqualTo(model.displayName(model.segment("power.reactor").orElseThrow())
                        + "\nW = weak: few or no sizeable local firms");
        robot.moveTo(canvas.localToScreen(2, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.isShowing()).as("hidden off every firm and box").isFalse();
    }

    /** The firm cards among the windows, shown or not. */
    private static List<Tooltip> cards() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Tooltip tip && FirmCard.ID.equals(tip.getId()))
                .map(Tooltip.class::cast)
                .toList();
    }

    @Test
    void draggingACardIntoAnotherBoxMovesItsFirmAsOneStep(FxRobot robot) {
        showMap(robot, "power.cable", "power.reactor");
        robot.drag(onCard("jinbei-hy"), MouseButton.PRIMARY).moveTo(inBox("power.reactor"));
        assertThat(segmentsOf("jinbei-hy"))
                .as("nothing changes before the drop")
                .containsExactly("power.cable", "power.conductor");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentsOf("jinbei-hy")).containsExactly("power.reactor", "power.conductor");
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).startsWith("Move 金杯电工 to ");
        assertThat(canvas.geometry()
                        .segments()
                        .get("power.reactor")
                        .contains(canvas.geometry().cards().get("jinbei-hy")))
                .as("the card is drawn in its new box")
                .isTrue();

        robot.push(UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentsOf("jinbei-hy")).containsExactly("power.cable", "power.conductor");
        assertThat(model.edits().isDirty()).isFalse();
        robot.push(REDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentsOf("jinbei-hy")).containsExactly("power.reactor", "power.conductor");
    }

    @Test
    void escapeOrADropOutsideEveryBoxCancelsAndAShortDragIsAClick(FxRobot robot) {
        showMap(robot, "power.cable", "power.reactor");
        RegionMap before = model.map().orElseThrow();
        robot.drag(onCard("jinbei-hy"), MouseButton.PRIMARY).moveTo(inBox("power.reactor"));
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).as("Esc cancelled the move").isSameAs(before);

        Rect cable = canvas.geometry().segments().get("power.cable");
        robot.drag(onCard("jinbei-hy"), MouseButton.PRIMARY)
                .moveTo(screen(cable.right() + 40, cable.centerY()))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).as("dropped between boxes").isSameAs(before);
        assertThat(model.selection()).as("a drag is not a click").isEmpty();

        Point2D card = onCard("jinbei-hy");
        robot.drag(card, MouseButton.PRIMARY).moveTo(card.add(2, 1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).isSameAs(before);
        assertThat(model.selection().orElseThrow()).isInstanceOf(Selection.OfEnterprise.class);

        Viewport view = canvas.viewport();
        robot.drag(screen(cable.right() + 40, cable.centerY()), MouseButton.PRIMARY)
                .moveBy(-60, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.viewport().x()).as("a drag on empty space pans").isGreaterThan(view.x());
        assertThat(model.map().orElseThrow()).isSameAs(before);
    }

    /** The link handle on the right edge of {@code firm}'s card. */
    private Point2D linkHandle(String firm) {
        Rect card = canvas.geometry().cards().get(firm);
        return screen(card.right(), card.centerY());
    }

    private long links(String from, String to) {
        return model.map().orElseThrow().links().stream()
                .filter(link -> link.from().equals(from) && link.to().equals(to))
                .count();
    }

    @Test
    void draggingFromALinkHandleToAnotherCardDrawsASupplyLink(FxRobot robot) {
        showMap(robot, "power.cable", "power.transformer");
        assertThat(links("hengfei-cable", "tbea-hy")).isZero();
        int before = model.map().orElseThrow().links().size();
        robot.drag(linkHandle("hengfei-cable"), MouseButton.PRIMARY)
                .moveTo(onCard("tbea-hy"))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(links("hengfei-cable", "tbea-hy")).isOne();
        assertThat(model.map()
                        .orElseThrow()
                        .segment("power.cable")
                        .orElseThrow()
                        .feeds())
                .as("a link, not a feed")
                .doesNotContain("power.transformer");
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).isEqualTo("Link 恒飞电缆 → 特变电工衡阳变压器有限公司");

        robot.push(UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(links("hengfei-cable", "tbea-hy")).isZero();
        assertThat(model.map().orElseThrow().links()).hasSize(before);
        robot.push(REDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(links("hengfei-cable", "tbea-hy")).isOne();

        // Alt and a drag from the card itself draws a link too; onto the same card it is refused, and says why.
        RegionMap drawn = model.map().orElseThrow();
        robot.press(KeyCode.ALT)
                .drag(onCard("hengfei-cable"), MouseButton.PRIMARY)
                .moveBy(0, -20)
                .moveTo(onCard("hengfei-cable").add(20, 0))
                .release(MouseButton.PRIMARY)
                .release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).isSameAs(drawn);
        assertThat(model.statusProperty().get()).endsWith("A firm cannot supply itself.");
    }

    @Test
    void draggingFromABoxsFeedHandleToAnotherBoxDrawsAFeed(FxRobot robot) {
        showMap(robot, "power.cable", "power.reactor");
        assertThat(model.map()
                        .orElseThrow()
                        .segment("power.cable")
                        .orElseThrow()
                        .feeds())
                .doesNotContain("power.reactor");
        Rect cable = canvas.geometry().segments().get("power.cable");
        robot.drag(screen(cable.right(), cable.y() + org.chainmap.layout.Placement.HEADER / 2), MouseButton.PRIMARY)
                .moveTo(inBox("power.reactor"))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map()
                        .orElseThrow()
                        .segment("power.cable")
                        .orElseThrow()
                        .feeds())
                .contains("power.reactor");
        robot.push(UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map()
                        .orElseThrow()
                        .segment("power.cable")
                        .orElseThrow()
                        .feeds())
                .doesNotContain("power.reactor");
    }
}
