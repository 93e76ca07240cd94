package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.chainmap.io.RecoveryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No labelled control is cut in any theme and language (issue 17 item 4: in high contrast the Lists buttons read
 * "Development go…", "Targ…", "Del…" and Add only "…"), at 1600×1000 and on a 1366×768 laptop, in every view
 * of the main window. A control is cut when the text its skin draws is not the whole of its own: JavaFX 21 has
 * no public "truncated" property, so the test reads the skin's text node (the one {@link Text} child a
 * labelled control's skin adds) and compares.
 */
@ExtendWith(ApplicationExtension.class)
class ControlWidthsTest {

    @TempDir
    Path dir;

    private final Preferences preferences = new MemoryPreferences();

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void noLabelledControlIsCutInAnyThemeLanguageOrWindowSize(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (Locale language : I18n.LANGUAGES) {
            for (AppTheme theme : AppTheme.values()) {
                Stage stage = open(robot, language, theme);
                TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
                for (int t = 0; t < tabs.getTabs().size(); t++) {
                    int index = t;
                    robot.interact(() -> tabs.getSelectionModel().select(index));
                    WaitForAsyncUtils.waitForFxEvents();
                    for (double[] size : new double[][] {{1600, 1000}, {1366, 768}}) {
                        String where = language.getLanguage() + " " + theme + " " + (int) size[0] + "×" + (int) size[1]
                                + " tab " + index + ": ";
                        // Headless, the screen is 1280×800 and a larger window overflows its frame buffer: the
                        // window's content is laid out at the size in one step, and read before the next pulse.
                        robot.interact(() -> {
                            Parent root = stage.getScene().getRoot();
                            root.resize(size[0], size[1]);
                            root.applyCss();
                            root.layout();
                            cut(root).forEach(text -> cut.add(where + text));
                        });
                    }
                }
                robot.interact(stage::close);
            }
        }
        assertThat(cut).as("controls whose text is cut").isEmpty();
    }

    private Stage open(FxRobot robot, Locale language, AppTheme theme) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            MainViewModel model = new MainViewModel(language);
            model.themeProperty().set(theme);
            MainWindow window =
                    new MainWindow(stage[0], model, new AppData(preferences, new RecoveryStore(dir.resolve("r"))));
            window.show();
            window.openAtStartup(ShippedMap.WORKING_COPY);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage[0];
    }

    /**
     * The labelled controls under {@code node} shown with their text cut: "text → shown". Cells of lists and
     * tables are left out: a long firm's name in a narrow column is cut by design, the whole in its tooltip.
     */
    static List<String> cut(Node node) {
        List<String> cut = new ArrayList<>();
        if (!node.isVisible() || node instanceof Cell<?>) {
            return cut;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            String shown = shown(labeled);
            String ellipsis = labeled.getEllipsisString();
            if (shown != null
                    && !ellipsis.isEmpty()
                    && shown.contains(ellipsis)
                    && !labeled.getText().contains(ellipsis)) {
                cut.add(labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\" → \"" + shown + "\" ("
                        + Math.round(labeled.getWidth()) + " px)");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cut.addAll(cut(child));
            }
        }
        return cut;
    }

    /** The text a labelled control's skin draws, or {@code null} before it has a skin. */
    static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
