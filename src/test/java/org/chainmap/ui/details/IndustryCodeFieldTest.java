package org.chainmap.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.chainmap.model.Enterprise;
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
 * A firm's industry code (GB/T 4754, {@code industryCode}, which an import keeps) is shown in the details pane and
 * edited in its form like the other fields: one step of the undo history, typed {@code c 3821} kept as an import
 * writes it, {@code C3821}; a blank field clears it.
 */
@ExtendWith(ApplicationExtension.class)
class IndustryCodeFieldTest {

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

    private Enterprise firm(String id) {
        return model.map().orElseThrow().enterprise(id).orElseThrow();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> model.select(new Selection.OfEnterprise(
                firm(id), model.segment(firm(id).mainSegment()).orElseThrow())));
    }

    private void editing(FxRobot robot, boolean on) {
        ToggleButton edit = robot.lookup("#" + DetailsPane.EDIT_ID).queryAs(ToggleButton.class);
        robot.interact(() -> edit.setSelected(on));
    }

    private boolean paneShows(FxRobot robot, String text) {
        return robot.lookup("#" + DetailsPane.ID).queryAll().stream()
                .flatMap(pane -> robot.from(pane).lookup((Node node) -> node instanceof Label).queryAll().stream())
                .anyMatch(node -> text.equals(((Label) node).getText()));
    }

    @Test
    void theCodeIsShownAndEditedAsOneStepThatUndoes(FxRobot robot) {
        select(robot, "tbea-hy");
        assertThat(firm("tbea-hy").industryCode()).isNull();
        editing(robot, true);
        TextField code = robot.lookup("#" + EnterpriseForm.ID + "industryCode").queryAs(TextField.class);
        assertThat(code.getText()).isEmpty();

        robot.clickOn(code);
        robot.interact(() -> code.setText("c 3821"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(firm("tbea-hy").industryCode()).isEqualTo("C3821");
        assertThat(code.getText()).isEqualTo("C3821");
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).contains("特变电工衡阳变压器有限公司");
        editing(robot, false);
        assertThat(paneShows(robot, "Industry code")).isTrue();
        assertThat(paneShows(robot, "C3821")).isTrue();

        robot.interact(() -> model.undo());
        assertThat(firm("tbea-hy").industryCode()).isNull();
        assertThat(paneShows(robot, "C3821")).isFalse();
        robot.interact(() -> model.redo());
        assertThat(firm("tbea-hy").industryCode()).isEqualTo("C3821");

        editing(robot, true);
        TextField again = robot.lookup("#" + EnterpriseForm.ID + "industryCode").queryAs(TextField.class);
        assertThat(again.getText()).isEqualTo("C3821");
        robot.clickOn(again);
        robot.interact(() -> again.setText(" "));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firm("tbea-hy").industryCode()).isNull();
    }
}
