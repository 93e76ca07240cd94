package org.chainmap.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainmap.model.Presentation;
import org.chainmap.model.StepKind;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.ShippedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Presentation ▸ Arrange…: a note typed and a chain left out are saved in the map as one undoable change. */
@ExtendWith(ApplicationExtension.class)
class ArrangeDialogTest {

    private MainViewModel model;

    @Start
    void start(Stage primary) {
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNoteAndAChainLeftOutAreSavedInTheMapAndUndoneAtOnce(FxRobot robot) {
        robot.clickOn("#menuView").clickOn("#menuPresentation").clickOn("#menuArrangePresentation");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> parts = robot.lookup("#" + ArrangeDialog.PARTS_ID).queryAs(ListView.class);
        assertThat(parts.getItems()).hasSize(model.chains().size() + 2);
        robot.interact(() -> {
            ((ArrangeModel.Part) parts.getItems().get(2)).shown.set(false); // the second chain
            parts.getSelectionModel().select(1); // the first chain: its title step is chosen
        });
        robot.clickOn("#" + ArrangeDialog.NOTE_ID).write("Start here");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        Presentation arranged = model.map().orElseThrow().presentation();
        assertThat(arranged.arranged()).isTrue();
        assertThat(arranged.steps().get(1).step()).isEqualTo(StepKind.TITLE);
        assertThat(arranged.steps().get(1).note()).isEqualTo("Start here");
        String second = model.chains().get(1).id();
        assertThat(arranged.steps()).noneMatch(step -> second.equals(step.chain()));
        assertThat(model.edits().isDirty()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow().presentation()).isEqualTo(Presentation.NONE);
    }
}
