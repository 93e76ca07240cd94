package org.chainmap.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.chainmap.progress.ProgressWords;
import org.chainmap.progress.Ranking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The ranking's columns stay as wide as their headings, found once for each set of columns, not on every layout. */
@ExtendWith(ApplicationExtension.class)
class RankingTableTest {

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theHeadingsAreLookedUpOnceForEachSetOfColumns(FxRobot robot) {
        RankingTable[] table = new RankingTable[1];
        Ranking ranking = new Ranking(List.of(
                new Ranking.Row(1, "a", "电力装备产业链", 0.5, 0.4, 3, 0.1, null, -1, 4, 1_000_000L),
                new Ranking.Row(2, "b", "新能源汽车产业链", 0.25, null, 5, null, null, null, 1, null)));
        robot.interact(() -> {
            table[0] = new RankingTable(chain -> {});
            table[0].show(ranking, new ProgressWords(Locale.ENGLISH), "a");
            Stage stage = new Stage();
            stage.setScene(new Scene(table[0], 500, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (int width = 400; width < 900; width += 50) {
                table[0].resize(width, 300);
                table[0].layout();
            }
        });
        assertThat(table[0].lookups)
                .as("look-ups of the headings over eleven layouts")
                .isEqualTo(1);
        for (TableColumn<Ranking.Row, ?> column : table[0].getColumns()) {
            assertThat(column.getMinWidth()).as(column.getText()).isGreaterThan(20);
        }

        robot.interact(() -> {
            table[0].show(ranking, new ProgressWords(Locale.CHINESE), "a"); // new headings in the other language
            table[0].applyCss();
            table[0].layout();
            table[0].layout();
        });
        assertThat(table[0].lookups).as("one more for the new columns").isEqualTo(2);
    }

    @Test
    void noHeadingIsCutInANarrowOrAWideWindow(FxRobot robot) {
        RankingTable[] table = new RankingTable[1];
        Ranking ranking = new Ranking(List.of(
                new Ranking.Row(1, "a", "电力装备产业链", 0.5, 0.4, 3, 0.1, null, -1, 4, 1_000_000L),
                new Ranking.Row(2, "b", "新能源汽车产业链", 0.25, null, 5, null, null, null, 1, null)));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            table[0] = new RankingTable(chain -> {});
            table[0].show(ranking, new ProgressWords(Locale.CHINESE), "a");
            stage[0] = new Stage();
            stage[0].setScene(new Scene(table[0], 600, 300));
            stage[0].show();
        });
        for (int width : new int[] {600, 1500, 780}) {
            robot.interact(() -> {
                stage[0].setWidth(width);
                table[0].getColumns().get(2).setSortType(TableColumn.SortType.DESCENDING);
                table[0].getSortOrder().setAll(List.of(table[0].getColumns().get(2)));
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (javafx.scene.Node node : table[0].lookupAll(".column-header .label")) {
                    javafx.scene.control.Label label = (javafx.scene.control.Label) node;
                    javafx.scene.text.Text shown = (javafx.scene.text.Text) label.lookup(".text");
                    assertThat(shown.getText()).as("heading at %d px", width).isEqualTo(label.getText());
                }
            });
        }
    }
}
