package org.chainmap.ui.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Target;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The five lists and the targets of a chain, edited in their tab and undone from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class ListsViewTest {

    private MainViewModel model;
    private RegionMap opened;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(Path.of("maps/hengyang.json"));
        opened = model.map().orElseThrow();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private java.util.List<ListItem> items(ListKind kind) {
        return model.selectedChain().orElseThrow().lists().of(kind);
    }

    @Test
    void anItemIsAddedRetitledAndUndone(FxRobot robot) {
        robot.clickOn("#" + MainWindow.LISTS_TAB_ID);
        robot.clickOn("#lists-projects");
        int before = items(ListKind.PROJECTS).size();

        robot.clickOn("#listsAdd");
        assertThat(items(ListKind.PROJECTS)).hasSize(before + 1);
        // Adding starts editing the new item's title: type over it.
        robot.push(KeyCode.CONTROL, KeyCode.A).write("硅钢剪切配送中心").type(KeyCode.ENTER);

        ListItem added = items(ListKind.PROJECTS).get(before);
        assertThat(added.title()).isEqualTo("硅钢剪切配送中心");
        TableView<?> table = robot.lookup("#listItems").queryTableView();
        assertThat(table.getItems()).hasSize(before + 1);
        assertThat(model.edits().undoableProperty().get().text(I18n.CHINESE)).isEqualTo("编辑清单项 硅钢剪切配送中心");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(items(ListKind.PROJECTS).get(before).title()).isEqualTo("新清单项");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(model.map().orElseThrow()).isEqualTo(opened);
        assertThat(table.getItems()).hasSize(before);
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.TableColumn<ListItem, String> amountColumn(TableView<ListItem> table) {
        // The columns are made anew when the map changes: look the column up each time.
        return (javafx.scene.control.TableColumn<ListItem, String>)
                table.getColumns().get(2);
    }

    private static void typeAmount(FxRobot robot, TableView<ListItem> table, int row, String typed) {
        robot.interact(() -> table.edit(row, amountColumn(table)));
        robot.push(KeyCode.CONTROL, KeyCode.A).write(typed).type(KeyCode.ENTER);
    }

    @Test
    void anAmountIsShownAndTypedAsPlannersWriteIt(FxRobot robot) {
        robot.clickOn("#" + MainWindow.LISTS_TAB_ID);
        robot.clickOn("#lists-projects");
        int before = items(ListKind.PROJECTS).size();
        robot.clickOn("#listsAdd");
        robot.type(KeyCode.ESCAPE);
        TableView<ListItem> table = robot.lookup("#listItems").queryTableView();

        typeAmount(robot, table, before, "1000亿");
        assertThat(items(ListKind.PROJECTS).get(before).amount()).isEqualTo(100_000_000_000L);
        assertThat(amountColumn(table).getCellData(before)).isEqualTo("1,000亿元");
        // The exact amount stays in the cell's tooltip.
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableCell<?, ?> shown = robot.lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> cell) -> "1,000亿元".equals(cell.getText()))
                .query();
        assertThat(shown.getTooltip()).isNotNull();
        assertThat(shown.getTooltip().getText()).isEqualTo("100,000,000,000元");

        typeAmount(robot, table, before, "350万");
        assertThat(items(ListKind.PROJECTS).get(before).amount()).isEqualTo(3_500_000L);
        assertThat(amountColumn(table).getCellData(before)).isEqualTo("350万元");

        typeAmount(robot, table, before, "很多");
        assertThat(items(ListKind.PROJECTS).get(before).amount()).isEqualTo(3_500_000L);
    }

    @Test
    void aTargetIsDeletedWithTheKeyboardAndRestored(FxRobot robot) {
        robot.clickOn("#" + MainWindow.LISTS_TAB_ID);
        robot.clickOn("#lists-targets");
        TableView<Target> table = robot.lookup("#targets").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        Target first = table.getItems().get(0);

        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.type(KeyCode.DELETE);

        assertThat(model.map().orElseThrow().targets()).doesNotContain(first);
        assertThat(table.getItems()).doesNotContain(first);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(model.map().orElseThrow().targets()).contains(first);
    }
}
