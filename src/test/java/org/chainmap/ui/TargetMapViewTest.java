package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.chainmap.io.MapReader;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View ▸ Target map switches what the views draw and the analysis counts; File ▸ Take snapshot is an edit. */
@ExtendWith(ApplicationExtension.class)
class TargetMapViewTest {

    private static final String MAP =
            """
            { "format": "chainmap", "version": 1, "region": { "name": "测试市" },
              "chains": [ { "id": "c", "name": "测试链", "segments": [
                  { "id": "c.a", "name": "原料", "stage": "upstream", "feeds": ["c.b"] },
                  { "id": "c.b", "name": "部件", "stage": "midstream" } ] } ],
              "enterprises": [
                { "id": "f1", "name": "甲", "local": true, "segments": ["c.a"] },
                { "id": "f2", "name": "乙", "local": true, "segments": ["c.b"], "planned": "signed" } ],
              "links": [] }
            """;

    @TempDir
    Path dir;

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        Path file = dir.resolve("planned.json");
        Files.writeString(file, MAP, StandardCharsets.UTF_8);
        window.openAtStartup(file);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .flatMap(item -> item instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(item))
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow();
    }

    private int covered() {
        return model.gaps().report("c").orElseThrow().covered();
    }

    @Test
    void theSwitchChangesWhatIsCountedAndDrawnAndStaysForTheSession(FxRobot robot) {
        assertThat(model.stateProperty().get()).isEqualTo(MapState.BOTH);
        assertThat(((RadioMenuItem) item(robot, "menuState-both")).isSelected()).isTrue();
        assertThat(covered()).isEqualTo(2);
        assertThat(model.gaps().shown().orElseThrow().enterprise("f2")).isPresent();

        robot.interact(() -> item(robot, "menuState-current").fire());
        assertThat(model.stateProperty().get()).isEqualTo(MapState.CURRENT);
        assertThat(covered()).as("乙 is only signed: 部件 is missing today").isEqualTo(1);
        assertThat(model.gaps().shown().orElseThrow().enterprise("f2")).isEmpty();
        assertThat(((RadioMenuItem) item(robot, "menuState-current")).isSelected())
                .isTrue();

        robot.interact(() -> item(robot, "menuState-target").fire());
        assertThat(covered()).isEqualTo(2);
        assertThat(model.gaps()
                        .shown()
                        .orElseThrow()
                        .enterprise("f2")
                        .orElseThrow()
                        .isPlanned())
                .as("the target state draws it as if it were there")
                .isFalse();

        // An edit keeps the state chosen.
        robot.interact(() ->
                model.perform(new org.chainmap.edit.SetPlanned(org.chainmap.model.ElementKind.ENTERPRISE, "f2", null)));
        assertThat(model.stateProperty().get()).isEqualTo(MapState.TARGET);
        assertThat(Objects.requireNonNull(
                                model.map().orElseThrow().enterprise("f2").orElseThrow())
                        .isPlanned())
                .isFalse();
    }

    @Test
    void takingASnapshotIsAnEditThatUndoes(FxRobot robot) {
        robot.interact(() -> item(robot, "menuTakeSnapshot").fire());
        assertThat(model.map().orElseThrow().snapshots().taken()).hasSize(1);
        assertThat(model.map()
                        .orElseThrow()
                        .snapshots()
                        .taken()
                        .get(0)
                        .chains()
                        .get(0)
                        .covered())
                .as("the current state's figures")
                .isEqualTo(1);
        assertThat(model.edits().isDirty()).isTrue();
        robot.interact(model::undo);
        assertThat(model.map().orElseThrow().snapshots().taken()).isEmpty();
    }

    @Test
    void withASnapshotOnEachSaveTheSavedFileKeepsOneOfTodaysFigures(FxRobot robot) {
        robot.interact(() -> {
            CheckMenuItem onSave = (CheckMenuItem) item(robot, "menuSnapshotOnSave");
            onSave.setSelected(true);
            onSave.fire();
        });
        assertThat(model.map().orElseThrow().snapshots().onSave()).isTrue();
        assertThat(model.map().orElseThrow().snapshots().taken()).isEmpty();
        robot.interact(() -> item(robot, "menuSave").fire());
        Path file = dir.resolve("planned.json");
        RegionMap saved = MapReader.read(file).map().orElseThrow();
        assertThat(saved.snapshots().onSave()).isTrue();
        assertThat(saved.snapshots().taken()).hasSize(1);
        assertThat(saved.snapshots().taken().get(0).date())
                .isEqualTo(LocalDate.now().toString());
        assertThat(saved.snapshots().taken().get(0).chains().get(0).covered())
                .as("the current state's figures")
                .isEqualTo(1);
        assertThat(model.edits().isDirty()).isFalse();

        // a second save the same day, after an edit that changes the figures, replaces the day's snapshot
        robot.interact(() ->
                model.perform(new org.chainmap.edit.SetPlanned(org.chainmap.model.ElementKind.ENTERPRISE, "f2", null)));
        robot.interact(() -> item(robot, "menuSave").fire());
        RegionMap again = MapReader.read(file).map().orElseThrow();
        assertThat(again.snapshots().taken()).hasSize(1);
        assertThat(again.snapshots().taken().get(0).chains().get(0).covered()).isEqualTo(2);
    }
}
