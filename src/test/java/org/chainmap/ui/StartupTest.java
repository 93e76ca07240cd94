package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import org.chainmap.ui.files.ProblemDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starting on a file that cannot be read explains why and opens the shipped map instead. */
@ExtendWith(ApplicationExtension.class)
class StartupTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        stage = primary;
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(TestMaps.writeBroken(dir));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aBrokenFileIsExplainedAndTheShippedMapShown(FxRobot robot) {
        TextArea problems = robot.lookup("#" + ProblemDialog.LIST_ID).queryAs(TextArea.class);
        assertThat(problems.getText()).startsWith("error").contains("JSON");
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class))
                .extracting(Labeled::getText)
                .contains(
                        "ChainMap cannot open broken.json: 1 problem found.",
                        "The shipped Hengyang map is shown instead.");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + ProblemDialog.LIST_ID).tryQuery()).isEmpty();
        assertThat(model.document().orElseThrow().name()).isEqualTo(ShippedMap.FILE_NAME);
        assertThat(model.chains()).isNotEmpty();
        assertThat(stage.getTitle()).startsWith("衡阳市 — ChainMap — hengyang.json");
    }

    @Test
    void aMissingFileIsExplainedToo(FxRobot robot) {
        Path missing = dir.resolve("nowhere.json");
        assertThat(Files.exists(missing)).isFalse();
        robot.interact(() -> new MainWindow(stage, model).open(missing));
        assertThat(robot.lookup("#" + ProblemDialog.LIST_ID).queryAllAs(TextArea.class))
                .extracting(TextArea::getText)
                .anyMatch(text -> text.contains("no such file"));
    }
}
