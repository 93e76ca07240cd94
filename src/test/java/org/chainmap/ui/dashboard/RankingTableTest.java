package org.chainmap.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.chainmap.progress.ProgressWords;
import org.chainmap.progress.Ranking;
import org.chainmap.ui.AppTheme;
import org.chainmap.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ranking's columns stay as wide as their headings, found once for each set of columns, not on every layout;
 * its selected row is in the theme's colours.
 */
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

    @ParameterizedTest
    @EnumSource(AppTheme.class)
    void theSelectedRowIsInTheThemesColours(AppTheme theme, FxRobot robot) throws IOException {
        RankingTable[] table = new RankingTable[1];
        javafx.scene.control.Button other = new javafx.scene.control.Button("x");
        Ranking ranking = new Ranking(List.of(
                new Ranking.Row(1, "a", "电力装备产业链", 0.5, 0.4, 3, 0.1, null, -1, 4, 1_000_000L),
                new Ranking.Row(2, "b", "新能源汽车产业链", 0.25, null, 5, null, null, null, 1, null)));
        robot.interact(() -> {
            table[0] = new RankingTable(chain -> {});
            table[0].show(ranking, new ProgressWords(Locale.CHINESE), "a");
            javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(other, table[0]);
            root.getStyleClass().add("chainmap");
            Scene scene = new Scene(root, 600, 300);
            scene.getStylesheets().setAll(Styles.stylesheets(theme));
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            other.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedRowFill(robot, table[0]))
                .as("%s, the table not focused", theme)
                .isEqualTo(colour(theme, "-cm-selected"));
        robot.interact(() -> table[0].requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedRowFill(robot, table[0]))
                .as("%s, the table focused", theme)
                .isEqualTo(colour(theme, "-cm-selected-focused"));
    }

    /** The colour under the selected row's cells. */
    private static Paint selectedRowFill(FxRobot robot, RankingTable table) {
        Paint[] fill = new Paint[1];
        robot.interact(() -> {
            for (javafx.scene.Node node : table.lookupAll(".table-row-cell")) {
                if (node instanceof TableRow<?> row && row.isSelected()) {
                    List<BackgroundFill> fills = row.getBackground().getFills();
                    fill[0] = fills.get(fills.size() - 1).getFill();
                }
            }
        });
        return fill[0];
    }

    /** A looked-up colour as {@code theme}'s sheet sets it. */
    private static Color colour(AppTheme theme, String name) throws IOException {
        try (InputStream in = Styles.class.getResourceAsStream(theme.stylesheet())) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher setting =
                    Pattern.compile(Pattern.quote(name) + "\\s*:\\s*([^;]+);").matcher(css);
            assertThat(setting.find()).as(name + " in " + theme.stylesheet()).isTrue();
            return Color.web(setting.group(1).trim());
        }
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
