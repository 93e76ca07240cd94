package org.chainmap.ui.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.chainmap.io.RecoveryStore;
import org.chainmap.ui.AppData;
import org.chainmap.ui.AppTheme;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.MemoryPreferences;
import org.chainmap.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chain list at its narrowest, in every language and theme: no label of a chain's row shows "…" (issue 17:
 * on a 100,000-firm map in English, the "·" between the gap counts were squeezed to "…", as in "2 missing … 3
 * weak … 47 broken"). A chain's name is left out: a long name ends in "…" by design, the whole in the tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class ChainListWidthsTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void noLabelOfARowIsCutWhenTheListIsNarrow(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        int shortRows = 0;
        for (Locale language : I18n.LANGUAGES) {
            for (AppTheme theme : AppTheme.values()) {
                Stage stage = open(robot, language, theme);
                String where = language.getLanguage() + " " + theme + ": ";
                List<ListCell<?>> rows = new ArrayList<>();
                robot.interact(() -> {
                    SplitPane panes = robot.lookup(".split-pane").queryAs(SplitPane.class);
                    panes.setDividerPositions(0, 0.8); // the chain list at its least width
                    Parent root = stage.getScene().getRoot();
                    root.applyCss();
                    root.layout();
                    for (Node cell : robot.lookup(".list-cell").queryAll()) {
                        if (cell instanceof ListCell<?> row
                                && row.getListView().getId().equals(ChainList.LIST_ID)
                                && row.getGraphic() != null) {
                            rows.add(row);
                            cut(row.getGraphic()).forEach(text -> cut.add(where + text));
                        }
                    }
                });
                assertThat(rows).as(where + "rows shown").isNotEmpty();
                for (ListCell<?> row : rows) {
                    Node counts = row.getGraphic().lookup("." + Styles.GAP_COUNTS);
                    shortRows += counts instanceof GapCounts gaps && gaps.isShort() ? 1 : 0;
                    Tooltip tip = row.getTooltip();
                    robot.interact(() -> tip.getOnShowing().handle(null)); // its words are written as it shows
                    assertThat(tip.getText())
                            .as(where + "the long form in the tooltip")
                            .contains("\u00b7");
                }
                robot.interact(stage::close);
            }
        }
        assertThat(cut).as("labels of the chain list's rows whose text is cut").isEmpty();
        assertThat(shortRows).as("rows in the short form somewhere").isPositive();
    }

    private Stage open(FxRobot robot, Locale language, AppTheme theme) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            MainViewModel model = new MainViewModel(language);
            model.themeProperty().set(theme);
            MainWindow window = new MainWindow(
                    stage[0], model, new AppData(new MemoryPreferences(), new RecoveryStore(dir.resolve("r"))));
            stage[0].setWidth(1280);
            stage[0].setHeight(800);
            window.show();
            window.openAtStartup(Path.of("maps/hengyang.json"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage[0];
    }

    /** The labels under {@code node}, the chain's name aside, whose skin draws "…" their text does not have. */
    private static List<String> cut(Node node) {
        List<String> cut = new ArrayList<>();
        if (!node.isVisible() || node.getStyleClass().contains(Styles.CHAIN_NAME)) {
            return cut;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            String shown = shown(labeled);
            if (shown != null
                    && shown.contains(labeled.getEllipsisString())
                    && !labeled.getText().contains("\u2026")) {
                cut.add("\"" + labeled.getText() + "\" → \"" + shown + "\" (" + Math.round(labeled.getWidth())
                        + " px)");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cut.addAll(cut(child));
            }
        }
        return cut;
    }

    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
