package org.chainmap.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.MapComparer;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.AppData;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.MemoryPreferences;
import org.chainmap.ui.TestMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare mode entered in the same pulse as the window is shown, before the split pane beside the views has been laid
 * out even once (a comparison handed over as the window opens): the list of changes still gets its default 240 px,
 * not what is left of a first layout at another width, nor half of the window.
 */
@ExtendWith(ApplicationExtension.class)
class CompareListPlacementTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theListGetsItsWidthWhenComparingBeforeTheFirstLayout(FxRobot robot) throws Exception {
        Path file = TestMaps.writeSmall(dir);
        RegionMap now = TestMaps.small();
        List<Enterprise> firms = new ArrayList<>(now.enterprises());
        firms.add(Enterprise.of("gone", "旧变压器厂", true, List.of("power.transformer")));
        RegionMap older = now.withEnterprises(firms);
        ListView<?>[] list = new ListView<?>[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            MainViewModel model = new MainViewModel(I18n.CHINESE);
            MainWindow window = new MainWindow(
                    stage[0], model, new AppData(new MemoryPreferences(), new RecoveryStore(dir.resolve("r"))));
            window.show();
            model.open(file);
            RegionMap open = model.map().orElseThrow();
            ComparedMap compared = ComparedMap.of(MapComparer.compare(older, open));
            model.comparing().shownProperty().set(new Comparing.Shown(compared, "older.json", "", "small.json"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> list[0] = (ListView<?>) stage[0].getScene().lookup("#" + ChangeList.ID));
        assertThat(stage[0].getWidth()).as("the window's width").isGreaterThan(900);
        assertThat(list[0].getWidth())
                .as("the list's width in a window %.0f px wide", stage[0].getWidth())
                .isCloseTo(CompareMode.LIST_WIDTH_DEFAULT, Offset.offset(12.0));
    }

    /**
     * Compare mode entered before the window is shown: the split beside the views is first laid out inside {@code
     * show()}, at the root's preferred size, a few hundred pixels wide, then at the window's. Placed at that first
     * width, the list took what the views' 40 % left it there (0.6 of a 243 px split: 146 px) and, not resized with
     * the window, kept it.
     */
    @Test
    void theListGetsItsWidthWhenTheSplitsFirstLayoutIsNarrow(FxRobot robot) throws Exception {
        Path file = TestMaps.writeSmall(dir);
        RegionMap now = TestMaps.small();
        List<Enterprise> firms = new ArrayList<>(now.enterprises());
        firms.add(Enterprise.of("gone", "旧变压器厂", true, List.of("power.transformer")));
        RegionMap older = now.withEnterprises(firms);
        Stage[] stage = new Stage[1];
        List<Double> widths = new ArrayList<>();
        robot.interact(() -> {
            stage[0] = new Stage();
            MainViewModel model = new MainViewModel(I18n.CHINESE);
            MainWindow window = new MainWindow(
                    stage[0], model, new AppData(new MemoryPreferences(), new RecoveryStore(dir.resolve("r"))));
            model.open(file);
            RegionMap open = model.map().orElseThrow();
            ComparedMap compared = ComparedMap.of(MapComparer.compare(older, open));
            model.comparing().shownProperty().set(new Comparing.Shown(compared, "older.json", "", "small.json"));
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?>[] list = new ListView<?>[1];
        robot.interact(() -> list[0] = (ListView<?>) stage[0].getScene().lookup("#" + ChangeList.ID));
        assertThat(stage[0].getWidth()).as("the window's width").isGreaterThan(900);
        assertThat(list[0].getWidth())
                .as("the list's width in a window %.0f px wide", stage[0].getWidth())
                .isCloseTo(CompareMode.LIST_WIDTH_DEFAULT, Offset.offset(12.0));
    }
}
