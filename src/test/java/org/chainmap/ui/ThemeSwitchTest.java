package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.chainmap.ui.map.ChainCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The View ▸ Theme menu restyles the whole window at once: panels, dialogs and the map. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private Scene scene;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(TestMaps.writeSmall(dir));
        scene = primary.getScene();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theMenuSwitchesThePanelsAtOnce(FxRobot robot) {
        assertThat(model.theme()).isEqualTo(AppTheme.LIGHT);
        assertLooksLike(robot, AppTheme.LIGHT);
        assertThat(robot.lookup("#menuView").tryQuery()).isPresent();

        chooseTheme(robot, "#menuTheme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.theme()).isEqualTo(AppTheme.DARK);
        assertLooksLike(robot, AppTheme.DARK);

        chooseTheme(robot, "#menuTheme-contrast");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.theme()).isEqualTo(AppTheme.CONTRAST);
        assertLooksLike(robot, AppTheme.CONTRAST);
    }

    @Test
    void theMenuNamesTheThemesAndTicksTheShownOne(FxRobot robot) {
        Menu themes = themeMenu(robot);
        assertThat(themes.getText()).isEqualTo("主题(_T)");
        assertThat(themes.getItems()).extracting(MenuItem::getText).containsExactly("浅色", "深色", "高对比度");
        assertThat(ticked(themes)).containsExactly("menuTheme-light");

        robot.interact(() -> model.themeProperty().set(AppTheme.DARK));
        assertThat(ticked(themes)).as("the tick follows the model").containsExactly("menuTheme-dark");

        robot.interact(() -> model.languageProperty().set(I18n.ENGLISH));
        assertThat(themes.getItems()).extracting(MenuItem::getText).containsExactly("Light", "Dark", "High contrast");
        assertThat(ticked(themes)).containsExactly("menuTheme-dark");
    }

    /**
     * Clicks View ▸ Theme ▸ {@code item}, moving along the submenu's first row first: a diagonal path would
     * cross the Language item below and open its submenu instead.
     */
    private static void chooseTheme(FxRobot robot, String item) {
        robot.clickOn("#menuView")
                .clickOn("#menuTheme")
                .moveTo("#menuTheme-light")
                .clickOn(item);
    }

    private static Menu themeMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menuTheme".equals(item.getId()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> ticked(Menu themes) {
        return themes.getItems().stream()
                .filter(item -> ((RadioMenuItem) item).isSelected())
                .map(MenuItem::getId)
                .toList();
    }

    @Test
    void theMapIsRepaintedInTheTheme(FxRobot robot) {
        robot.interact(() -> robot.lookup(".tab-pane")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(1));
        WaitForAsyncUtils.waitForFxEvents();
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
        assertThat(share(robot, canvas, AppTheme.LIGHT.drawing().background()))
                .as("the light map's surface")
                .isGreaterThan(0.05);

        robot.interact(() -> model.themeProperty().set(AppTheme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(share(robot, canvas, AppTheme.DARK.drawing().background()))
                .as("the dark map's surface")
                .isGreaterThan(0.05);
        assertThat(share(robot, canvas, AppTheme.LIGHT.drawing().background()))
                .as("nothing of the light map is left")
                .isZero();
    }

    @Test
    void aDialogOpenedLaterWearsTheTheme(FxRobot robot) {
        robot.interact(() -> model.themeProperty().set(AppTheme.DARK));
        robot.clickOn("#menuHelp").clickOn("#menuAbout");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getStylesheets()).containsExactlyElementsOf(Styles.stylesheets(AppTheme.DARK));
        assertThat(fill(pane)).isEqualTo(AppTheme.DARK.drawing().background());
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    /** The scene wears the theme's sheets, and nodes styled by them show the theme's colours. */
    private void assertLooksLike(FxRobot robot, AppTheme theme) {
        assertThat(scene.getStylesheets()).containsExactlyElementsOf(Styles.stylesheets(theme));
        // The root's background is modena's -fx-background, the chain's title is base.css's -cm-text.
        assertThat(fill((Region) scene.getRoot())).isEqualTo(theme.drawing().background());
        Label title = robot.lookup("." + Styles.CHAIN_TITLE).queryAs(Label.class);
        assertThat(title.getTextFill()).isEqualTo(theme.drawing().text());
    }

    private static Paint fill(Region region) {
        assertThat(region.getBackground()).isNotNull();
        return region.getBackground().getFills().get(0).getFill();
    }

    /** The share of the canvas's pixels painted exactly {@code color}. */
    private static double share(FxRobot robot, Node canvas, Color color) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        assertThat(width * height).isPositive();
        int argb = toArgb(color);
        long same = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (pixels.getArgb(x, y) == argb) {
                    same++;
                }
            }
        }
        return (double) same / (width * height);
    }

    private static int toArgb(Color color) {
        return 0xff000000
                | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }
}
