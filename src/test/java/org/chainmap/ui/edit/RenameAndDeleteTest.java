package org.chainmap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.chainmap.layout.Placement;
import org.chainmap.layout.Rect;
import org.chainmap.model.RegionMap;
import org.chainmap.render.Viewport;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.chainmap.ui.Styles;
import org.chainmap.ui.map.CanvasGesturesTest;
import org.chainmap.ui.map.ChainCanvas;
import org.chainmap.ui.map.InlineRename;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys of the Edit menu on the map, end to end on the Hengyang map: F2 renames a firm or a segment in
 * place (a refused name keeps the field open and says why), Delete deletes the selection or the picks as one
 * step (a segment with firms only after a confirmation), Ctrl+A and Shift/Ctrl+click pick several, which
 * then move together.
 */
@ExtendWith(ApplicationExtension.class)
class RenameAndDeleteTest {

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

    private void showMap(FxRobot robot, String... segments) {
        robot.clickOn("Map");
        WaitForAsyncUtils.waitForFxEvents();
        canvas = robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
        Rect first = canvas.geometry().segments().get(segments[0]);
        double left = first.x();
        double top = first.y();
        double right = first.right();
        double bottom = first.bottom();
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

    private Point2D screen(double mx, double my) {
        Viewport view = canvas.viewport();
        return canvas.localToScreen((mx - view.x()) * view.scale(), (my - view.y()) * view.scale());
    }

    private Point2D onCard(String firm) {
        Rect card = canvas.geometry().cards().get(firm);
        return screen(card.x() + card.width() * 0.3, card.centerY());
    }

    private Point2D onHeader(String segment) {
        Rect box = canvas.geometry().segments().get(segment);
        return screen(box.x() + box.width() * 0.3, box.y() + Placement.HEADER / 2);
    }

    private String nameOf(String firm) {
        return model.map().orElseThrow().enterprise(firm).orElseThrow().name();
    }

    private TextField field(FxRobot robot) {
        return robot.lookup("#" + InlineRename.FIELD_ID).queryAs(TextField.class);
    }

    @Test
    void f2RenamesTheSelectedFirmInPlaceAndUndoRestoresIt(FxRobot robot) {
        showMap(robot, "power.cable");
        robot.clickOn(onCard("jinbei-hy"));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents(); // the field selects its text as it takes the focus, a pulse later
        TextField field = field(robot);
        assertThat(field.getText()).isEqualTo("金杯电工");
        assertThat(field.isFocused()).isTrue();
        robot.write("Jinbei Cable").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameOf("jinbei-hy")).isEqualTo("Jinbei Cable");
        assertThat(robot.lookup("#" + InlineRename.FIELD_ID).tryQuery()).isEmpty();
        assertThat(canvas.isFocused()).as("the keyboard is back on the map").isTrue();
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).isEqualTo("Rename 金杯电工 to Jinbei Cable");

        robot.push(CanvasGesturesTest.UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameOf("jinbei-hy")).isEqualTo("金杯电工");
        robot.push(CanvasGesturesTest.REDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nameOf("jinbei-hy")).isEqualTo("Jinbei Cable");
    }

    @Test
    void aRefusedNameKeepsTheFieldOpenWithTheReasonAndEscCancels(FxRobot robot) {
        showMap(robot, "power.cable");
        RegionMap before = model.map().orElseThrow();
        robot.clickOn(onCard("jinbei-hy"));
        robot.clickOn("#menuEdit").clickOn("#menuRename");
        TextField field = field(robot);
        robot.interact(() -> field.setText("abc"));
        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        assertThat(field.getText())
                .as("Delete in the field deletes a character, not the firm")
                .isEqualTo("bc");
        assertThat(model.map().orElseThrow()).isSameAs(before);
        robot.interact(() -> field.setText("  "));
        robot.type(KeyCode.ENTER);
        assertThat(model.map().orElseThrow()).isSameAs(before);
        assertThat(field.getScene()).as("still open").isNotNull();
        assertThat(field.getPseudoClassStates()).contains(Styles.INVALID);
        Label message = robot.lookup("#" + InlineRename.MESSAGE_ID).queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("A name cannot be empty.");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#" + InlineRename.FIELD_ID).tryQuery()).isEmpty();
        assertThat(model.map().orElseThrow()).isSameAs(before);
        assertThat(model.selection())
                .as("Esc in the field leaves the selection")
                .isPresent();
    }

    @Test
    void f2OnASegmentRenamesTheNameShown(FxRobot robot) {
        showMap(robot, "power.cable");
        robot.clickOn(onHeader("power.cable"));
        assertThat(model.selection().orElseThrow()).isInstanceOf(Selection.OfSegment.class);
        robot.type(KeyCode.F2);
        TextField field = field(robot);
        assertThat(field.getText()).isEqualTo("Wire & cable");
        robot.interact(() -> field.setText("Cables"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var segment = model.map().orElseThrow().segment("power.cable").orElseThrow();
        assertThat(segment.nameEn()).isEqualTo("Cables");
        assertThat(segment.name()).isEqualTo("电线电缆");
    }

    @Test
    void deleteDeletesTheSelectedFirmAndUndoBringsItBack(FxRobot robot) {
        showMap(robot, "power.cable");
        robot.clickOn(onCard("hengfei-cable"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow().enterprise("hengfei-cable")).isEmpty();
        assertThat(model.selection()).isEmpty();
        robot.push(CanvasGesturesTest.UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow().enterprise("hengfei-cable")).isPresent();
    }

    @Test
    void deletingASegmentWithFirmsAsksFirst(FxRobot robot) {
        showMap(robot, "power.cable");
        RegionMap before = model.map().orElseThrow();
        robot.clickOn(onHeader("power.cable"));
        robot.type(KeyCode.DELETE);
        DialogPane dialog = robot.lookup("#" + SelectionEdits.DELETE_DIALOG_ID).queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Delete the segment Wire & cable?");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(1)));
        assertThat(model.map().orElseThrow()).as("cancelled").isSameAs(before);

        robot.type(KeyCode.DELETE);
        dialog = robot.lookup("#" + SelectionEdits.DELETE_DIALOG_ID).queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(dialog.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow().segment("power.cable")).isEmpty();
        assertThat(model.map().orElseThrow().enterprise("jinbei-hy"))
                .as("its firms stay")
                .isPresent();
        robot.push(CanvasGesturesTest.UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).isEqualTo(before);
    }

    @Test
    void severalPickedFirmsAreDeletedAndMovedAsOneStep(FxRobot robot) {
        showMap(robot, "power.cable", "power.reactor");
        RegionMap before = model.map().orElseThrow();
        robot.clickOn(onCard("jinbei-hy"));
        robot.press(KeyCode.SHIFT).clickOn(onCard("hengfei-cable")).release(KeyCode.SHIFT);
        assertThat(canvas.picks().picks().firms()).containsExactly("jinbei-hy", "hengfei-cable");

        Rect reactor = canvas.geometry().segments().get("power.reactor");
        robot.drag(onCard("jinbei-hy"), MouseButton.PRIMARY)
                .moveTo(screen(reactor.centerX(), reactor.bottom() - 8))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        RegionMap moved = model.map().orElseThrow();
        assertThat(moved.enterprise("jinbei-hy").orElseThrow().segments())
                .containsExactly("power.reactor", "power.conductor");
        assertThat(moved.enterprise("hengfei-cable").orElseThrow().segments()).containsExactly("power.reactor");
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).isEqualTo("Move 2 firms to Reactors");
        assertThat(canvas.picks().picks().firms()).as("still picked").hasSize(2);

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow().enterprise("jinbei-hy")).isEmpty();
        assertThat(model.map().orElseThrow().enterprise("hengfei-cable")).isEmpty();
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).isEqualTo("Delete 2 items");
        robot.push(CanvasGesturesTest.UNDO).push(CanvasGesturesTest.UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).isEqualTo(before);
    }

    @Test
    void markExternalMarksEveryPickedFirmAsOneStep(FxRobot robot) {
        showMap(robot, "power.cable");
        RegionMap before = model.map().orElseThrow();
        assertThat(before.enterprise("jinbei-hy").orElseThrow().local()).isTrue();
        assertThat(before.enterprise("hengfei-cable").orElseThrow().local()).isTrue();
        robot.clickOn(onCard("jinbei-hy"));
        robot.press(KeyCode.SHIFT).clickOn(onCard("hengfei-cable")).release(KeyCode.SHIFT);
        javafx.scene.control.MenuItem markExternal =
                robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                        .flatMap(menu -> menu.getItems().stream())
                        .filter(item -> "menuMarkExternal".equals(item.getId()))
                        .findFirst()
                        .orElseThrow();
        robot.interact(markExternal::fire);
        RegionMap marked = model.map().orElseThrow();
        assertThat(marked.enterprise("jinbei-hy").orElseThrow().local()).isFalse();
        assertThat(marked.enterprise("hengfei-cable").orElseThrow().local()).isFalse();
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).isEqualTo("Mark 2 firms external");
        robot.push(CanvasGesturesTest.UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).isEqualTo(before);
    }

    @Test
    void ctrlAPicksEveryCardAndARubberBandAddsToThePicks(FxRobot robot) {
        showMap(robot, "power.cable", "power.transformer");
        robot.clickOn(canvas);
        robot.push(
                new javafx.scene.input.KeyCodeCombination(KeyCode.A, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        assertThat(canvas.picks().picks().firms())
                .containsExactlyInAnyOrderElementsOf(canvas.geometry().cards().keySet());
        assertThat(model.selection()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(canvas.picks().picks().isEmpty()).isTrue();

        Rect cable = canvas.geometry().segments().get("power.cable");
        robot.press(KeyCode.SHIFT)
                .drag(screen(cable.x() - 6, cable.y() - 6), MouseButton.PRIMARY)
                .moveTo(screen(cable.right() - 4, cable.bottom() - 4))
                .release(MouseButton.PRIMARY)
                .release(KeyCode.SHIFT);
        assertThat(canvas.picks().picks().firms()).containsExactlyInAnyOrder("jinbei-hy", "hengfei-cable");
    }

    @Test
    void theArrowKeysNudgeTheSelectedCardInItsBoxAndPinIt(FxRobot robot) {
        showMap(robot, "power.cable");
        RegionMap before = model.map().orElseThrow();
        Rect jinbei = canvas.geometry().cards().get("jinbei-hy");
        Rect hengfei = canvas.geometry().cards().get("hengfei-cable");
        String upper = jinbei.y() < hengfei.y() ? "jinbei-hy" : "hengfei-cable";
        String lower = upper.equals("jinbei-hy") ? "hengfei-cable" : "jinbei-hy";
        Point2D at = onCard(lower);
        robot.clickOn(at.getX(), at.getY());

        robot.type(KeyCode.UP);

        assertThat(model.selectedChain().orElseThrow().pins().cards()).containsOnlyKeys(lower);
        assertThat(canvas.geometry().cards().get(lower).y())
                .as("the card nudged up stands above the other now")
                .isLessThan(canvas.geometry().cards().get(upper).y());
        robot.type(KeyCode.UP);
        assertThat(model.edits().undoableProperty().get()).isNotNull();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(model.map().orElseThrow()).isEqualTo(before);
    }
}
