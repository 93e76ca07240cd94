package org.chainmap.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.chainmap.io.MapFile;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.render.Picture;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.Styles;
import org.chainmap.ui.TestMaps;
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

/**
 * Compare mode on the small test map against a hand-made older version of it, which had one more transformer maker
 * (gone since) and knew the leader by a shorter name.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainWindow window;
    private Path older;

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(TestMaps.writeSmall(dir));
        RegionMap small = TestMaps.small();
        List<Enterprise> firms = new ArrayList<>();
        for (Enterprise firm : small.enterprises()) {
            firms.add(firm.name().equals("特变电工衡阳变压器有限公司") ? firm.withName("特变衡变") : firm);
        }
        firms.add(Enterprise.of("gone", "旧变压器厂", true, List.of("power.transformer")));
        older = dir.resolve("older.json");
        MapFile.save(small.withEnterprises(firms), older);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void compare(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.compare().compareWith(older.toString()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.comparing().active());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void compareModeMarksEveryViewAndListsTheChanges(FxRobot robot) throws TimeoutException {
        compare(robot);
        assertThat(robot.lookup("#" + CompareBar.ID).tryQuery()).isPresent();
        ListView<ChangeList.Row> list = robot.lookup("#" + ChangeList.ID).queryListView();
        assertThat(list.getItems()).extracting(ChangeList.Row::words).contains("− 旧变压器厂", "~ 特变电工衡阳变压器有限公司");
        // Columns: the firm that left is a struck-out ghost in its old box; the renamed one is outlined.
        List<String> ghosts = robot.lookup("." + Styles.COMPARE_REMOVED).queryAll().stream()
                .filter(Label.class::isInstance)
                .map(node -> ((Label) node).getText())
                .toList();
        assertThat(ghosts).contains("旧变压器厂");
        // Its old box counts the firms there now, and the local one that left apart, beside the local count.
        assertThat(robot.lookup(".segment-counts").queryAll().stream()
                        .map(node -> ((Label) node).getText())
                        .filter(words -> words.contains("\u2212"))
                        .toList())
                .singleElement()
                .satisfies(words -> assertThat(words).matches("本地\\d+ \\(\u22121\\) · 外地\\d+"));
        assertThat(robot.lookup("." + Styles.COMPARE_CHANGED).queryAll()).isNotEmpty();
        // Map: the ghost is laid out as a card of the chain's drawing.
        robot.interact(() -> window.showView("map"));
        WaitForAsyncUtils.waitForFxEvents();
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).query();
        assertThat(canvas.geometry().cards()).containsKey("gone");
        // Panorama: the map with the ghost is what it draws.
        robot.interact(() -> window.showView("panorama"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.comparing().shown().orElseThrow().compared().map().enterprise("gone"))
                .isPresent();
    }

    @Test
    void theExportedPictureIsTheMarkedOneWhileComparingAndThePlainOneAfter(FxRobot robot) throws TimeoutException {
        compare(robot);
        robot.interact(() -> window.showView("map"));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> model.afterEdits().whenSettled().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).query();
        org.chainmap.model.Chain chain = model.selectedChain().orElseThrow();
        // what File ▸ Export picture writes: the chain with the changes marked, its title and figures saying so
        List<Optional<Picture>> pictures = new ArrayList<>();
        robot.interact(() -> pictures.add(window.compare().picture(false, canvas.drawing(), chain)));
        robot.interact(() -> pictures.add(window.compare().picture(true, canvas.drawing(), chain)));
        robot.interact(() -> window.compare().leave());
        robot.interact(() -> pictures.add(window.compare().picture(false, canvas.drawing(), chain)));
        assertThat(pictures.get(0)).hasValueSatisfying(picture -> {
            assertThat(picture.compared()).isTrue();
            assertThat(picture.title()).contains("与 older.json 相比的变化");
            assertThat(picture.figures()).contains("企业 +0 −1 ~1");
        });
        assertThat(pictures.get(1))
                .hasValueSatisfying(picture -> assertThat(picture.title()).contains("产业链全景"));
        assertThat(pictures.get(2))
                .as("out of compare mode the plain picture is written")
                .isEmpty();
    }

    @Test
    void anEditInCompareModeKeepsTheChainsLayoutAndOnlyTheMarksChange(FxRobot robot) throws TimeoutException {
        model.afterEdits().backgroundFrom(0); // the large map's way: comparison, layout and marks in the background
        compare(robot);
        robot.interact(() -> window.showView("map"));
        WaitForAsyncUtils.waitForFxEvents();
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).query();
        var laidOut = canvas.geometry();
        assertThat(laidOut.cards()).containsKey("gone");
        var before = model.comparing().shown().orElseThrow();
        String firm = model.map().orElseThrow().enterprises().stream()
                .filter(f -> f.name().equals("特变电工衡阳变压器有限公司"))
                .findFirst()
                .orElseThrow()
                .id();
        // A rename: another comparison (the firm is no longer renamed), drawn on the layout the chain had.
        robot.interact(() -> model.perform(
                org.chainmap.edit.EditEnterprise.rename(model.map().orElseThrow(), firm, "特变衡变")));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> model.comparing().shown().filter(now -> now != before).isPresent());
        robot.interact(() -> {});
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !model.afterEdits().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.comparing().shown().orElseThrow().compared().firm(firm))
                .isEqualTo(org.chainmap.compare.Change.SAME);
        assertThat(canvas.geometry()).as("the chain's layout after the edit").isSameAs(laidOut);
    }

    @Test
    void aFirmThatLeftTwoSegmentsIsCountedInBothInColumnsAsOnTheMap(FxRobot robot) throws Exception {
        // An older version with one more firm, which made both transformers and copper conductors.
        RegionMap small = TestMaps.small();
        List<Enterprise> firms = new ArrayList<>(small.enterprises());
        firms.add(Enterprise.of("twice", "旧铜变厂", true, List.of("power.transformer", "power.copper")));
        Path twice = dir.resolve("twice.json");
        MapFile.save(small.withEnterprises(firms), twice);
        robot.interact(() -> window.compare().compareWith(twice.toString()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.comparing().active());
        WaitForAsyncUtils.waitForFxEvents();
        // Columns: both its boxes list the ghost and count it apart, as the map's boxes do (one function counts both).
        assertThat(robot.lookup("." + Styles.COMPARE_REMOVED).queryAll().stream()
                        .filter(Label.class::isInstance)
                        .map(node -> ((Label) node).getText())
                        .filter("旧铜变厂"::equals)
                        .toList())
                .hasSize(2);
        assertThat(robot.lookup(".segment-counts").queryAll().stream()
                        .map(node -> ((Label) node).getText())
                        .filter(words -> words.matches("本地\\d+ \\(\u22121\\) · 外地\\d+"))
                        .toList())
                .hasSize(2);
        assertThat(org.chainmap.compare.ComparedMap.removedBySegment(
                        model.comparing().shown().orElseThrow().compared().ghosts()))
                .containsOnly(java.util.Map.entry("power.transformer", 1), java.util.Map.entry("power.copper", 1));
    }

    @Test
    void anExternalFirmRemovedIsCountedBesideTheExternalCountNotTheLocalOne(FxRobot robot) throws Exception {
        RegionMap small = TestMaps.small();
        List<Enterprise> firms = new ArrayList<>(small.enterprises());
        firms.add(Enterprise.of("outside", "外地旧厂", false, List.of("power.transformer")));
        Path external = dir.resolve("external.json");
        MapFile.save(small.withEnterprises(firms), external);
        robot.interact(() -> window.compare().compareWith(external.toString()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.comparing().active());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".segment-counts").queryAll().stream()
                        .map(node -> ((Label) node).getText())
                        .filter(words -> words.contains("\u2212"))
                        .toList())
                .singleElement()
                .satisfies(words -> assertThat(words).matches("本地\\d+ · 外地\\d+ \\(\u22121\\)"));
    }

    @Test
    void theCompareBarWearsEveryTheme(FxRobot robot) throws Exception {
        compare(robot);
        for (org.chainmap.ui.AppTheme theme : org.chainmap.ui.AppTheme.values()) {
            robot.interact(() -> model.themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.layout.Region bar = robot.lookup("#" + CompareBar.ID).query();
            javafx.scene.paint.Color background = (javafx.scene.paint.Color)
                    bar.getBackground().getFills().get(0).getFill();
            javafx.scene.paint.Color text = javafx.scene.paint.Color.web(themeText(theme));
            // The theme's own text colour, legible on the bar (light blue under light text was not, in the dark).
            assertThat(contrast(background, text)).as(theme.name()).isGreaterThanOrEqualTo(4.5);
            assertThat(robot.from(bar).lookup(".label").queryAll()).isNotEmpty().allSatisfy(label -> assertThat(
                            ((Label) label).getTextFill())
                    .as(theme.name())
                    .isEqualTo(text));
        }
    }

    private static String themeText(org.chainmap.ui.AppTheme theme) throws java.io.IOException {
        try (var in = Styles.class.getResourceAsStream(theme.stylesheet())) {
            String sheet = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var setting = java.util.regex.Pattern.compile("-cm-text:\\s*(#[0-9a-fA-F]{6})")
                    .matcher(sheet);
            assertThat(setting.find()).as(theme.stylesheet()).isTrue();
            return setting.group(1);
        }
    }

    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    @Test
    void clickingARowSelectsTheFirmAndEscLeaves(FxRobot robot) throws TimeoutException {
        compare(robot);
        ListView<ChangeList.Row> list = robot.lookup("#" + ChangeList.ID).queryListView();
        int row = list.getItems().stream().map(ChangeList.Row::words).toList().indexOf("~ 特变电工衡阳变压器有限公司");
        robot.interact(() -> list.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(node -> node instanceof javafx.scene.control.ListCell<?> cell
                        && "~ 特变电工衡阳变压器有限公司".equals(cell.getText()))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).get().isInstanceOfSatisfying(Selection.OfEnterprise.class, firm -> assertThat(
                        firm.enterprise().name())
                .isEqualTo("特变电工衡阳变压器有限公司"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.comparing().active()).isFalse();
        assertThat(robot.lookup("#" + CompareBar.ID).tryQuery()).isEmpty();
    }

    @Test
    void clickingARowOnThePanoramaCentresItsBox(FxRobot robot) throws TimeoutException {
        compare(robot);
        robot.interact(() -> window.showView("panorama"));
        WaitForAsyncUtils.waitForFxEvents();
        org.chainmap.ui.map.PanoramaCanvas panorama =
                robot.lookup("#panorama-canvas").query();
        org.chainmap.layout.Rect box = org.chainmap.layout.PanoramaLayouter.layout(
                        model.comparing().shown().orElseThrow().compared().map(),
                        model.texts().locale())
                .segments()
                .get("power.transformer");
        // The camera far from the box first, as after a pan.
        robot.interact(() -> panorama.show(box.x() + 20_000, box.y() + 20_000, 10, 10));
        assertThat(sees(panorama.viewport(), box)).isFalse();
        ListView<ChangeList.Row> list = robot.lookup("#" + ChangeList.ID).queryListView();
        ChangeList.Row row = list.getItems().stream()
                .filter(item -> "~ 特变电工衡阳变压器有限公司".equals(item.words()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sees(panorama.viewport(), box)).isTrue();
        org.chainmap.render.Viewport view = panorama.viewport();
        double centreX = view.x() + view.width() / view.scale() / 2;
        assertThat(centreX).isCloseTo(box.x() + box.width() / 2, org.assertj.core.data.Offset.offset(1.0));
    }

    private static boolean sees(org.chainmap.render.Viewport view, org.chainmap.layout.Rect box) {
        return view.sees(box.x(), box.y(), box.width(), box.height());
    }
}
