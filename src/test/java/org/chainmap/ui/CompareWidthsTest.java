package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapReader;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare mode on a 1366×768 laptop in the largest type (high contrast, English): the compare bar's words wrap, none
 * is cut; the list of changes beside the views is a pane the user can widen, and keeps the width given next time.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWidthsTest {

    @TempDir
    Path dir;

    private final Preferences preferences = new MemoryPreferences();

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theBarIsWholeAt1366AndTheListKeepsItsWidth(FxRobot robot) throws Exception {
        RegionMap map = MapReader.read(ShippedMap.WORKING_COPY).map().orElseThrow();
        List<Enterprise> firms = new ArrayList<>(map.enterprises());
        firms.add(Enterprise.of("gone", "A transformer maker that has since left", true, List.of("power.transformer")));
        Path older = dir.resolve("older.json");
        MapFile.save(map.withEnterprises(firms), older);

        Stage stage = open(robot, older);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            root.resize(1366, 768);
            root.applyCss();
            root.layout();
            cut.addAll(ControlWidthsTest.cut(robot.lookup("#compareBar").query()));
        });
        assertThat(cut).as("the compare bar's words cut").isEmpty();

        // The user widens the list to 360 px; the next window's list has that width.
        SplitPane split = robot.lookup(node -> node instanceof SplitPane pane
                        && pane.getItems().stream().anyMatch(item -> "compareList".equals(item.getId())))
                .query();
        ListView<?> list = robot.lookup("#compareList").queryListView();
        // At first the list has its default width, not half of the views' room.
        assertThat(list.getWidth()).isCloseTo(240, org.assertj.core.data.Offset.offset(12.0));
        robot.interact(() -> {
            split.setDividerPositions(1 - 360 / split.getWidth());
            split.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double widened = list.getWidth();
        assertThat(widened).isCloseTo(360, org.assertj.core.data.Offset.offset(12.0));
        robot.interact(stage::close);

        Stage again = open(robot, older);
        ListView<?> next = robot.lookup(
                        node -> "compareList".equals(node.getId()) && node.getScene() == again.getScene())
                .queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(next.getWidth()).isCloseTo(widened, org.assertj.core.data.Offset.offset(12.0));
    }

    private Stage open(FxRobot robot, Path older) throws TimeoutException {
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        MainViewModel[] model = new MainViewModel[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            model[0] = new MainViewModel(Locale.ENGLISH);
            model[0].themeProperty().set(AppTheme.CONTRAST);
            window[0] =
                    new MainWindow(stage[0], model[0], new AppData(preferences, new RecoveryStore(dir.resolve("r"))));
            window[0].show();
            window[0].openAtStartup(ShippedMap.WORKING_COPY);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model[0].map().isPresent());
        robot.interact(() -> window[0].compare().compareWith(older.toString()));
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> model[0].comparing().active());
        WaitForAsyncUtils.waitForFxEvents();
        return stage[0];
    }
}
