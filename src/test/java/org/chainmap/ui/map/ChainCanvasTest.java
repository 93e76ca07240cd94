package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.Viewport;
import org.chainmap.render.Words;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainMenuBar;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.chainmap.ui.chains.ChainList;
import org.chainmap.ui.details.DetailsPane;
import org.chainmap.ui.files.ExportDialog;
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
 * The chain's map on the canvas: shown in its tab, fitted, zoomed by key, clicked to select, following the chain
 * list, and exported as a picture of the size the export dialog announces.
 */
@ExtendWith(ApplicationExtension.class)
class ChainCanvasTest {

    private MainViewModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.ENGLISH);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private ChainCanvas showMap(FxRobot robot) {
        robot.clickOn("Map");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane views = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainWindow.MAP_TAB_ID);
        return robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
    }

    @Test
    void anEditMadeWhileTheMapIsHiddenIsDrawnWhenItIsShownAndTheCameraStays(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        robot.interact(() -> window.view(MainMenuBar.ViewAction.ACTUAL_SIZE));
        org.chainmap.render.Viewport camera = canvas.viewport();
        var before = canvas.geometry();
        robot.clickOn("Columns");
        String firm = model.map()
                .orElseThrow()
                .enterprisesIn("power.transformer")
                .get(0)
                .id();
        robot.interact(() -> model.perform(new org.chainmap.edit.MoveEnterprise(firm, null, "power.silicon-steel")));
        assertThat(canvas.geometry()).as("no layout while hidden").isSameAs(before);

        showMap(robot);
        assertThat(canvas.geometry()).isNotSameAs(before);
        assertThat(canvas.geometry()
                        .segments()
                        .get("power.silicon-steel")
                        .contains(canvas.geometry().cards().get(firm)))
                .as("the card is drawn in its new box")
                .isTrue();
        assertThat(canvas.viewport()).isEqualTo(camera);
    }

    @Test
    void fitsTheChainAndZoomsByKey(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        assertThat(canvas.geometry()).isNotNull();
        assertThat(canvas.geometry().segments()).containsKey("power.transformer");
        robot.clickOn(canvas);
        assertThat(canvas.isFocused())
                .as("the canvas takes the focus when clicked")
                .isTrue();
        robot.type(KeyCode.EQUALS).type(KeyCode.F);
        double fitted = canvas.viewport().scale();
        Viewport expected = Viewport.fit(
                canvas.geometry().width(), canvas.geometry().height(), canvas.getWidth(), canvas.getHeight());
        assertThat(fitted).isCloseTo(expected.scale(), within(1e-9));
        robot.type(KeyCode.EQUALS);
        assertThat(canvas.viewport().scale()).isCloseTo(fitted * 1.25, within(1e-9));
        robot.type(KeyCode.SUBTRACT, 2);
        assertThat(canvas.viewport().scale()).isCloseTo(fitted / 1.25, within(1e-9));
    }

    @Test
    void clickingACardSelectsItsFirm(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        robot.clickOn(canvas).type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        Rect card = canvas.geometry().cards().get("tbea-hy");
        robot.interact(() -> canvas.centreOn(card.centerX(), card.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport view = canvas.viewport();
        Point2D onScreen = canvas.localToScreen(
                (card.centerX() - view.x()) * view.scale(), (card.centerY() - view.y()) * view.scale());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection().orElseThrow()).isInstanceOf(Selection.OfEnterprise.class);
        assertThat(((Selection.OfEnterprise) model.selection().orElseThrow())
                        .enterprise()
                        .id())
                .isEqualTo("tbea-hy");
    }

    @Test
    void switchingChainsLaysOutTheNewChainAndClickingShowsTheFirmsDetails(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        assertThat(canvas.geometry().segments()).containsKey("power.transformer");
        robot.interact(() -> robot.lookup("#" + ChainList.LIST_ID).query().requestFocus());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Chain second = model.chains().get(1);
        assertThat(model.selectedChain()).contains(second);
        assertThat(canvas.geometry().segments().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        second.segments().stream().map(Segment::id).toList());
        String firm = canvas.geometry().cards().keySet().iterator().next();
        Rect card = canvas.geometry().cards().get(firm);
        robot.interact(() -> {
            canvas.zoomTo(1, 0, 0);
            canvas.centreOn(card.centerX(), card.centerY());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        String name = model.map().orElseThrow().enterprise(firm).orElseThrow().name();
        assertThat(robot.lookup("#" + DetailsPane.ID)
                        .lookup((Labeled label) -> name.equals(label.getText()))
                        .tryQuery())
                .as("the details show %s", name)
                .isPresent();
    }

    @Test
    void exportsAPictureOfTheSizeTheDialogAnnounces(FxRobot robot) throws Exception {
        ChainCanvas canvas = showMap(robot);
        Picture picture = picture(canvas.drawing().orElseThrow());
        AtomicReference<Dialog<ExportDialog.Choice>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(ExportDialog.create(robot.window(0), model.texts(), subject -> picture));
            dialog.get().show();
        });
        // By default a PNG is fitted to an A3 page at 300 dpi, by the command line's rule, and the dialog says so.
        assertThat(robot.lookup("#" + ExportDialog.SIZE_ID).queryLabeled().getText())
                .isEqualTo(Pictures.toPage(picture, Pictures.AUTOMATIC_SCALE)
                                .written()
                                .width() + " × "
                        + Pictures.toPage(picture, Pictures.AUTOMATIC_SCALE)
                                .written()
                                .height()
                        + " pixels: fits an A3 page at 300 dpi");
        robot.interact(() -> robot.lookup("#" + ExportDialog.BY_DPI_ID)
                .queryAs(javafx.scene.control.RadioButton.class)
                .setSelected(true));
        Spinner<Integer> dpi = robot.lookup("#" + ExportDialog.DPI_ID).query();
        robot.interact(() -> dpi.getValueFactory().setValue(288));
        String announced =
                robot.lookup("#" + ExportDialog.SIZE_ID).queryLabeled().getText();
        assertThat(announced)
                .isEqualTo(PngExport.size(picture, 3).width() + " × "
                        + PngExport.size(picture, 3).height() + " pixels");
        robot.clickOn("Export...");
        ExportDialog.Choice choice = dialog.get().getResult();
        assertThat(choice.scale()).isEqualTo(3.0);
        assertThat(choice.subject()).isEqualTo(ExportDialog.Subject.CHAIN);

        Path file = dir.resolve("power.png");
        robot.interact(() -> window.exportPicture(picture, choice, file));
        awaitExported("power.png");
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth() + " × " + image.getHeight() + " pixels").isEqualTo(announced);
    }

    @Test
    void exportsTheCurrentViewAsAPdfWithItsWords(FxRobot robot) throws Exception {
        ChainCanvas canvas = showMap(robot);
        Picture view = picture(canvas.viewDrawing().orElseThrow());
        AtomicReference<Dialog<ExportDialog.Choice>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(ExportDialog.create(robot.window(0), model.texts(), subject -> view));
            dialog.get().show();
        });
        ChoiceBox<ExportDialog.Format> format =
                robot.lookup("#" + ExportDialog.FORMAT_ID).query();
        robot.interact(() -> format.setValue(ExportDialog.Format.PDF));
        Spinner<Integer> dpi = robot.lookup("#" + ExportDialog.DPI_ID).query();
        assertThat(dpi.isDisabled())
                .as("a vector document has no pixel density")
                .isTrue();
        assertThat(robot.lookup("#" + ExportDialog.SIZE_ID).queryLabeled().getText())
                .startsWith("Vector: " + Math.round(view.width()) + " × " + Math.round(view.height()) + " px");
        robot.clickOn("Export...");
        ExportDialog.Choice choice = dialog.get().getResult();
        assertThat(choice.format()).isEqualTo(ExportDialog.Format.PDF);

        Path file = dir.resolve("view.pdf");
        robot.interact(() -> window.exportPicture(view, choice, file));
        awaitExported("view.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains(view.title());
        }
    }

    @Test
    void aPngTooLargeForAPageIsFittedToA3AsTheCommandLineFitsIt(FxRobot robot) throws Exception {
        ChainCanvas canvas = showMap(robot);
        org.chainmap.render.Drawing chain = canvas.drawing().orElseThrow();
        // The chain's drawing twelve times as large: at 192 dpi far more than an A3 page at 300 dpi.
        Picture large = picture(org.chainmap.render.Drawing.of(
                chain.width() * 12,
                chain.height() * 12,
                (g, view, theme, words) -> chain.paint(
                        g,
                        new org.chainmap.render.Viewport(
                                view.x() / 12, view.y() / 12, view.scale() * 12, view.width(), view.height()),
                        theme,
                        words)));
        Pictures.PageFit fit = Pictures.toPage(large, Pictures.AUTOMATIC_SCALE);
        assertThat(fit.fitted()).isTrue();
        AtomicReference<Dialog<ExportDialog.Choice>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(ExportDialog.create(robot.window(0), model.texts(), subject -> large));
            dialog.get().show();
        });
        String announced =
                robot.lookup("#" + ExportDialog.SIZE_ID).queryLabeled().getText();
        assertThat(announced)
                .startsWith(fit.written().width() + " × " + fit.written().height() + " pixels: drawn at "
                        + fit.percent() + "% to fit an A3 page at 300 dpi");
        robot.clickOn("Export...");
        ExportDialog.Choice choice = dialog.get().getResult();
        assertThat(choice.toPage()).isTrue();
        Path file = dir.resolve("large.png");
        robot.interact(() -> window.exportPicture(large, choice, file));
        awaitExported("large.png");
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(fit.written().width()).isLessThanOrEqualTo(Pictures.PAGE_WIDTH);
        assertThat(image.getHeight()).isEqualTo(fit.written().height()).isLessThanOrEqualTo(Pictures.PAGE_WIDTH);
    }

    /** The selected chain's picture of {@code drawing}, framed as the export frames it. */
    private Picture picture(org.chainmap.render.Drawing drawing) {
        RegionMap map = model.map().orElseThrow();
        Chain chain = model.selectedChain().orElseThrow();
        return Pictures.chain(
                map,
                chain,
                model.report(chain).orElseThrow(),
                Words.of(Locale.ENGLISH),
                "hengyang.json",
                "today",
                drawing);
    }

    /** Waits for the status line to say that {@code name} was exported. */
    private void awaitExported(String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!model.statusProperty().get().contains("exported") && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get())
                .as("the status after the export; open windows: %s", javafx.stage.Window.getWindows())
                .endsWith("exported " + name);
    }

    @Test
    void pointingAtABoxWhoseNameIsCutAtFitShowsItsWholeName(FxRobot robot) throws Exception {
        ChainCanvas canvas = showMap(robot);
        robot.interact(() -> {
            javafx.stage.Window stage = canvas.getScene().getWindow();
            stage.setWidth(1280); // the headless screen is 1280 × 800: at 1366 it overflows
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.view(MainMenuBar.ViewAction.FIT));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas.moving());
        WaitForAsyncUtils.waitForFxEvents();
        // At fit in English at 1366 × 768 (and narrower) this box reads "Copper & aluminium conduc..." (issue 17).
        Rect box = canvas.geometry().segments().get("power.conductor");
        Viewport view = canvas.viewport();
        Point2D header = canvas.localToScreen(
                (box.x() + box.width() / 2 - view.x()) * view.scale(), (box.y() + 6 - view.y()) * view.scale());
        robot.moveTo(canvas.localToScreen(2, 2)).moveTo(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.hoveredBox()).isEqualTo("power.conductor");
        assertThat(robot.lookup(".tooltip").queryAll())
                .as("the hover card shows the box's whole name, and what the letter of its mark means")
                .anyMatch(node -> node instanceof Labeled label
                        && label.isVisible()
                        && label.getText()
                                .equals("Copper & aluminium conductors, magnet wire\n"
                                        + "W = weak: few or no sizeable local firms"));
        // leave no card under the pointer for the next test's window
        robot.moveTo(canvas.localToScreen(2, 2));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pointingAtAFirmShowsItsCardAndEscapeAndZoomToSelectionWork(FxRobot robot) throws Exception {
        ChainCanvas canvas = showMap(robot);
        robot.clickOn(canvas).type(KeyCode.DIGIT0);
        Rect card = canvas.geometry().cards().get("tbea-hy");
        robot.interact(() -> canvas.centreOn(card.centerX(), card.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D middle = canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2);
        robot.moveTo(canvas.localToScreen(5, 5)).moveTo(middle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.hovered()).isEqualTo("tbea-hy");
        String name =
                model.map().orElseThrow().enterprise("tbea-hy").orElseThrow().name();
        assertThat(robot.lookup(".tooltip").queryAll())
                .as("the hover card shows the firm")
                .anyMatch(
                        node -> node instanceof Labeled label && label.getText().startsWith(name));

        robot.clickOn(middle);
        assertThat(model.selection()).isPresent();
        robot.type(KeyCode.F);
        double fitted = canvas.viewport().scale();
        robot.type(KeyCode.Z);
        // The camera flies there: wait until it lands.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas.moving());
        WaitForAsyncUtils.waitForFxEvents();
        Viewport view = canvas.viewport();
        assertThat(view.scale()).isGreaterThan(fitted);
        assertThat(view.x() + view.width() / view.scale() / 2).isCloseTo(card.centerX(), within(1e-6));
        robot.type(KeyCode.ESCAPE);
        assertThat(model.selection()).isEmpty();
    }

    @Test
    void selectingFocusesThePathsAndTheViewMenuMovesTheMap(FxRobot robot) throws Exception {
        ChainCanvas canvas = showMap(robot);
        assertThat(canvas.focused()).isFalse();
        Chain chain = model.selectedChain().orElseThrow();
        var firm = model.map().orElseThrow().enterprise("tbea-hy").orElseThrow();
        robot.interact(() -> model.select(new Selection.OfEnterprise(
                firm, model.segment(firm.mainSegment()).orElseThrow())));
        assertThat(canvas.focused()).isTrue();
        robot.interact(() -> model.focusSelectionProperty().set(false));
        assertThat(canvas.focused()).isFalse();
        robot.interact(() -> model.focusSelectionProperty().set(true));
        assertThat(canvas.focused()).isTrue();

        robot.clickOn("#menuView").clickOn("#menuView-zoom_in");
        Viewport fit = Viewport.fit(
                canvas.geometry().width(), canvas.geometry().height(), canvas.getWidth(), canvas.getHeight());
        assertThat(canvas.viewport().scale()).isCloseTo(fit.scale() * 1.25, within(1e-9));
        robot.clickOn("#menuView").clickOn("#menuView-fit");
        assertThat(canvas.viewport().scale()).isCloseTo(fit.scale(), within(1e-9));
        robot.clickOn("#menuView").clickOn("#menuView-zoom_to_selection");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas.moving());
        assertThat(canvas.viewport().scale()).isGreaterThan(fit.scale());
        robot.type(KeyCode.ESCAPE);
        assertThat(model.selection()).isEmpty();
        assertThat(canvas.focused()).isFalse();
        assertThat(model.selectedChain()).contains(chain);
    }

    @Test
    void theWheelZoomsAboutThePointerAndShiftWheelPans(FxRobot robot) {
        ChainCanvas canvas = showMap(robot);
        robot.clickOn(canvas).type(KeyCode.F);
        Viewport before = canvas.viewport();
        boolean overview = canvas.level() == org.chainmap.render.ZoomLevel.OVERVIEW;
        Point2D pointer = canvas.localToScreen(canvas.getWidth() / 3, canvas.getHeight() / 3);
        robot.moveTo(pointer).scroll(1, javafx.geometry.VerticalDirection.UP);
        Viewport zoomed = canvas.viewport();
        assertThat(zoomed.scale()).isNotEqualTo(before.scale());
        // Across the switch from the overview the pointed box is kept instead of the point (LevelSwitchTest).
        boolean crossed = overview != (canvas.level() == org.chainmap.render.ZoomLevel.OVERVIEW);
        // The map point under the pointer stays under it (to the pixel the robot's pointer lands on).
        double mapX = before.x() + canvas.getWidth() / 3 / before.scale();
        if (!crossed) {
            assertThat(zoomed.x() + canvas.getWidth() / 3 / zoomed.scale()).isCloseTo(mapX, within(1 / before.scale()));
        }
        robot.press(KeyCode.SHIFT)
                .scroll(1, javafx.geometry.VerticalDirection.UP)
                .release(KeyCode.SHIFT);
        Viewport panned = canvas.viewport();
        assertThat(panned.scale()).isEqualTo(zoomed.scale());
        assertThat(panned.x()).isNotEqualTo(zoomed.x());
        assertThat(panned.y()).isEqualTo(zoomed.y());
    }

    @Test
    void thePanoramaShowsEveryChainAndAClickOpensOne(FxRobot robot) {
        robot.clickOn("Panorama");
        WaitForAsyncUtils.waitForFxEvents();
        PanoramaCanvas panorama = robot.lookup("#" + PanoramaCanvas.ID).queryAs(PanoramaCanvas.class);
        assertThat(panorama.geometry()).as("laid out once the map is open").isNotNull();
        assertThat(panorama.geometry().bands()).hasSize(model.chains().size());
        // Fitted to the surface it has now, not to the size it had while the tab was being laid out.
        Viewport fitted = Viewport.fit(
                panorama.geometry().width(), panorama.geometry().height(), panorama.getWidth(), panorama.getHeight());
        assertThat(panorama.viewport().scale()).isCloseTo(fitted.scale(), within(1e-9));
        // And it stays fitted when the window changes size, until the user moves it.
        robot.interact(() -> panorama.getScene()
                .getWindow()
                .setWidth(panorama.getScene().getWindow().getWidth() - 300));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport refitted = Viewport.fit(
                panorama.geometry().width(), panorama.geometry().height(), panorama.getWidth(), panorama.getHeight());
        assertThat(refitted.scale()).isNotCloseTo(fitted.scale(), within(1e-6));
        assertThat(panorama.viewport().scale()).isCloseTo(refitted.scale(), within(1e-9));
        var band = panorama.geometry().bands().get(2);
        Viewport view = panorama.viewport();
        robot.clickOn(panorama.localToScreen(
                (band.header().centerX() - view.x()) * view.scale(),
                (band.header().centerY() - view.y()) * view.scale()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedChain().orElseThrow().id()).isEqualTo(band.chain());
        TabPane views = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainWindow.MAP_TAB_ID);
    }
}
