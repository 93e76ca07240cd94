package org.chainmap.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.chainmap.model.Segment;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.chainmap.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One language at a time in the details pane (issue 17 item 4): a segment is headed by its name in the UI's language
 * where the map has it, and the name in the other language is one of its attributes.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsLanguageTest {

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

    @Test
    void aSegmentIsHeadedInTheLanguageOfTheWindow(FxRobot robot) {
        Segment segment = model.segment("power.transformer").orElseThrow();
        robot.interact(() -> model.select(new Selection.OfSegment(segment)));

        assertThat(title(robot)).isEqualTo(segment.nameEn());
        assertThat(labels(robot)).contains("Chinese name", segment.name()).doesNotContain("English name");

        robot.interact(() -> model.languageProperty().set(I18n.CHINESE));

        assertThat(title(robot)).isEqualTo(segment.name());
        assertThat(labels(robot)).contains("英文名称", segment.nameEn()).doesNotContain("中文名称");
    }

    private static String title(FxRobot robot) {
        return robot.lookup("." + Styles.DETAILS_TITLE).queryAs(Label.class).getText();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup("#details .label").queryAll().stream()
                .map(Node.class::cast)
                .filter(Label.class::isInstance)
                .map(node -> ((Label) node).getText())
                .toList();
    }
}
