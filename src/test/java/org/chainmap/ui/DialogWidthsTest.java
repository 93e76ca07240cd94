package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.chainmap.edit.MoveChain;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.RegionMap;
import org.chainmap.progress.ProgressFixtures;
import org.chainmap.ui.importing.ImportPreviews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@link ControlWidthsTest}'s rule for the dialogs (issue 17 item 4): no labelled control of Add firm, Export
 * picture, the import preview, the presentation's settings (Arrange), Compare with…, the progress report, the
 * save prompt and About is cut, in any theme and language. Each dialog is opened the way the user opens it, from
 * the window's menus and buttons, and read as it first shows, at the size {@link OwnedDialog} gives it. Each is
 * also owned by the main window and centred on it (item 2).
 */
@ExtendWith(ApplicationExtension.class)
class DialogWidthsTest {

    private static final String LEDGER = String.join(
            "\r\n",
            "序号,企业名称,所属产业链,环节,是否本地,营收（万元）,核实日期,联系人",
            "1,衡阳恒缘电工材料有限公司,甲链,原料,是,\"1,200\",2024/5/31,张三",
            "2,某贸易公司,,,否,,,",
            "");

    @TempDir
    Path dir;

    private final javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
    private MainViewModel model;

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void noDialogCutsALabelledControlInAnyThemeOrLanguage(FxRobot robot) throws Exception {
        Path map = Files.writeString(dir.resolve("progress.json"), ProgressFixtures.now(), StandardCharsets.UTF_8);
        Path ledger = Files.write(dir.resolve("台账.csv"), LEDGER.getBytes(Charset.forName("GBK")));
        List<String> cut = new ArrayList<>();
        List<String> opened = new ArrayList<>();
        List<String> misplaced = new ArrayList<>();
        for (Locale language : I18n.LANGUAGES) {
            for (AppTheme theme : AppTheme.values()) {
                open(robot, language, theme, map);
                for (Map.Entry<String, Consumer<FxRobot>> dialog :
                        routes(ledger).entrySet()) {
                    String where = language.getLanguage() + " " + theme + " " + dialog.getKey() + ": ";
                    List<Window> before = List.copyOf(Window.getWindows());
                    dialog.getValue().accept(robot);
                    List<Window> shown = waitForNewWindows(before);
                    opened.add(where + shown.size());
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        for (Window window : shown) {
                            placed(window).ifPresent(wrong -> misplaced.add(where + wrong));
                            Parent root = window.getScene().getRoot();
                            root.applyCss();
                            root.layout();
                            ControlWidthsTest.cut(root).forEach(text -> cut.add(where + text));
                            shoot(window, where);
                        }
                    });
                    robot.interact(() -> shown.forEach(Window::hide));
                    WaitForAsyncUtils.waitForFxEvents();
                }
                robot.interact(stage[0]::close);
            }
        }
        assertThat(opened).as("every dialog opened").noneMatch(line -> line.endsWith(": 0"));
        assertThat(cut).as("dialog controls whose text is cut").isEmpty();
        assertThat(misplaced)
                .as("dialogs not owned by the window or not centred on it")
                .isEmpty();
    }

    /**
     * What is wrong with where {@code window} shows (issue 17 item 2): it must be owned by the main window and
     * centred on it; empty when it is.
     */
    private java.util.Optional<String> placed(Window window) {
        Window owner = window instanceof Stage dialog ? dialog.getOwner() : null;
        if (owner != stage[0]) {
            return java.util.Optional.of("owned by " + owner);
        }
        double off = Math.abs(window.getX() + window.getWidth() / 2 - (owner.getX() + owner.getWidth() / 2));
        return off > 2
                ? java.util.Optional.of("off the window's centre by " + (int) off + " px")
                : java.util.Optional.empty();
    }

    /** With {@code -Dchainmap.dialogShots=DIR}, a PNG of {@code window} there, to look at the dialogs. */
    private static void shoot(Window window, String where) {
        String dir = System.getProperty("chainmap.dialogShots");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage image = window.getScene().snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        java.awt.image.BufferedImage png =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            Path folder = Files.createDirectories(Path.of(dir));
            String name = where.replaceAll("[^A-Za-z0-9]+", "-") + window.hashCode() + ".png";
            javax.imageio.ImageIO.write(png, "png", folder.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void open(FxRobot robot, Locale language, AppTheme theme, Path map) {
        robot.interact(() -> {
            stage[0] = new Stage();
            model = new MainViewModel(language);
            model.themeProperty().set(theme);
            MainWindow window = new MainWindow(
                    stage[0], model, new AppData(new MemoryPreferences(), new RecoveryStore(dir.resolve("r"))));
            window.show();
            window.openAtStartup(map);
        });
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.map().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the map did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How the user opens each dialog, by name. */
    private Map<String, Consumer<FxRobot>> routes(Path ledger) {
        Map<String, Consumer<FxRobot>> routes = new LinkedHashMap<>();
        routes.put("add firm", robot -> {
            robot.interact(() -> {
                RegionMap map = model.map().orElseThrow();
                model.select(
                        new Selection.OfSegment(map.chains().get(0).segments().get(0)));
            });
            later("menuAddFirm");
        });
        routes.put("export picture", robot -> later("menuExportPicture"));
        routes.put(
                "import preview", robot -> Platform.runLater(() -> ImportPreviews.open(() -> stage[0], model, ledger)));
        routes.put("compare with", robot -> later("menuCompare"));
        routes.put("arrange presentation", robot -> later("menuArrangePresentation"));
        routes.put("about", robot -> later("menuAbout"));
        routes.put("progress report", robot -> {
            robot.interact(() -> {
                TabPane tabs = (TabPane) stage[0].getScene().getRoot().lookup(".tab-pane");
                tabs.getTabs().stream()
                        .filter(tab -> "view-dashboard".equals(tab.getId()))
                        .findFirst()
                        .ifPresent(tab -> tabs.getSelectionModel().select(tab));
            });
            WaitForAsyncUtils.waitForFxEvents();
            Platform.runLater(() -> ((Button) stage[0].getScene().getRoot().lookup("#dashboardReport")).fire());
        });
        routes.put("save prompt", robot -> {
            robot.interact(() -> {
                RegionMap map = model.map().orElseThrow();
                model.perform(
                        new MoveChain(map.chains().get(0).id(), map.chains().size() - 1));
            });
            Platform.runLater(() -> stage[0].fireEvent(new WindowEvent(stage[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        });
        return routes;
    }

    /** Fires the window's menu item {@code id} on the JavaFX thread, not waiting for the dialog it opens. */
    private void later(String id) {
        Platform.runLater(() -> {
            MenuBar bar = (MenuBar) stage[0].getScene().getRoot().lookup(".menu-bar");
            for (Menu menu : bar.getMenus()) {
                MenuItem item = find(menu, id);
                if (item != null) {
                    item.fire();
                    return;
                }
            }
            throw new AssertionError("no menu item " + id);
        });
    }

    private static MenuItem find(MenuItem item, String id) {
        if (id.equals(item.getId())) {
            return item;
        }
        if (item instanceof Menu menu) {
            for (MenuItem child : menu.getItems()) {
                MenuItem found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The windows showing that were not before, once there are some (at most 30 s). */
    private static List<Window> waitForNewWindows(List<Window> before) {
        List<Window> shown = new ArrayList<>();
        try {
            // looked at on the FX thread: a scene read from another thread while it changes can throw
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                        shown.clear();
                        for (Window window : List.copyOf(Window.getWindows())) {
                            if (window.isShowing() && !before.contains(window) && window.getScene() != null) {
                                shown.add(window);
                            }
                        }
                        return !shown.isEmpty() && shown.stream().noneMatch(DialogWidthsTest::onlyProgress);
                    })
                    .get());
        } catch (TimeoutException e) {
            return shown;
        }
        return shown;
    }

    /** Whether {@code window} is the small "reading…" progress dialog that comes before the import preview. */
    private static boolean onlyProgress(Window window) {
        Node preview = window.getScene().getRoot().lookup("#import-counts");
        Node progress = window.getScene().getRoot().lookup(".progress-bar");
        return preview == null && progress != null;
    }
}
