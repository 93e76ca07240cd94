package org.chainmap.ui.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.ListKind;
import org.chainmap.model.RegionMap;
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

/**
 * The English Lists of the shipped Hengyang map speak English in their columns of fixed words (a list item's
 * state, a target's state), and a firm's usual tags are English too: no Chinese character there, while free
 * text (titles, reasons, names without an English one) stays as the map writes it.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishListsTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Set<String> WORD_COLUMNS = Set.of("itemStatus", "targetStatus");

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(Path.of("maps/hengyang.json"));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void everyStateInTheListsIsEnglish(FxRobot robot) {
        robot.clickOn("#" + MainWindow.LISTS_TAB_ID);
        ListsView lists = robot.lookup("#" + ListsView.ID).queryAs(ListsView.class);
        RegionMap map = model.map().orElseThrow();
        List<String> shown = new ArrayList<>();
        int statuses = 0;
        for (Chain chain : map.chains()) {
            robot.interact(() -> model.selectChain(chain));
            for (ListKind kind : ListKind.values()) {
                robot.interact(() -> lists.showKind(kind));
                statuses += (int) chain.lists().of(kind).stream()
                        .filter(item -> item.status() != null)
                        .count();
                shown.addAll(wordCells(robot, "#listItems"));
            }
            robot.interact(() -> lists.showKind(null));
            shown.addAll(wordCells(robot, "#targets"));
        }
        assertThat(statuses).as("the map's list items with a state").isGreaterThan(20);
        assertThat(shown).contains("under construction", "being set up", "work started 2022-09-28");
        assertThat(shown).noneMatch(text -> CHINESE.matcher(text).find());
    }

    /** The text of every row of the table's columns of fixed words, and of every such cell drawn. */
    private static List<String> wordCells(FxRobot robot, String table) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> view = robot.lookup(table).queryTableView();
        List<String> texts = new ArrayList<>();
        for (TableColumn<?, ?> column : view.getColumns()) {
            if (WORD_COLUMNS.contains(column.getId())) {
                for (int row = 0; row < view.getItems().size(); row++) {
                    Object data = column.getCellData(row);
                    texts.add(data == null ? "" : data.toString());
                }
            }
        }
        robot.lookup(table)
                .lookup(".table-cell")
                .<TableCell<?, ?>>match(cell -> cell.getTableColumn() != null
                        && WORD_COLUMNS.contains(cell.getTableColumn().getId())
                        && cell.getText() != null)
                .queryAllAs(TableCell.class)
                .forEach(cell -> texts.add(cell.getText()));
        return texts;
    }

    @Test
    void theUsualTagsOfFirmsAreEnglish() {
        I18n text = model.texts();
        List<String> tags = model.map().orElseThrow().enterprises().stream()
                .map(Enterprise::tags)
                .flatMap(List::stream)
                .distinct()
                .toList();
        assertThat(tags).contains("规上", "单项冠军", "链主", "上市");
        assertThat(text.tags(tags)).noneMatch(tag -> CHINESE.matcher(tag).find());
        assertThat(text.tags(List.of("规上", "自定义"))).containsExactly("above scale", "自定义");
        assertThat(I18n.of(I18n.CHINESE).tags(List.of("规上"))).containsExactly("规上");
    }
}
