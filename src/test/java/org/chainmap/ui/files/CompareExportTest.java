package org.chainmap.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.chainmap.io.MapFile;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.TestMaps;
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
 * File ▸ Export picture in compare mode, end to end: the menu's shortcut, the dialog (format, Export…), the file
 * chosen, the file written. The small map now has a local grid builder that a year ago it had not (the missing
 * grid segment closed, weak now; a firm added): the PNG written while comparing is the marked one (the added firm's
 * green, unlike the picture written out of compare mode), the PDF and the SVG say the comparison in words.
 */
@ExtendWith(ApplicationExtension.class)
class CompareExportTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainWindow window;
    private Path older;

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        Path now = dir.resolve("now.json");
        MapFile.save(TestMaps.smallWithGridBuilder(), now);
        older = dir.resolve("older.json");
        MapFile.save(TestMaps.small(), older);
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(now);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        ExportDialog.saving = org.chainmap.ui.OwnedDialog::save;
        FxToolkit.cleanupStages();
    }

    /** File ▸ Export picture… by its shortcut, {@code format} chosen in the dialog, written to {@code file}. */
    private void export(FxRobot robot, ExportDialog.Format format, Path file) throws TimeoutException {
        String[] offered = new String[1];
        ExportDialog.saving = (chooser, owner) -> {
            offered[0] = chooser.getInitialFileName();
            return file.toFile();
        };
        String before = model.statusProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + ExportDialog.FORMAT_ID)
                .tryQuery()
                .isPresent());
        ChoiceBox<ExportDialog.Format> formats =
                robot.lookup("#" + ExportDialog.FORMAT_ID).query();
        robot.interact(() -> formats.setValue(format));
        robot.clickOn(model.texts().text("dialog.export.button"));
        String name = file.getFileName().toString();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!model.statusProperty().get().endsWith(name) && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get())
                .as("the status after the export; open windows: %s", javafx.stage.Window.getWindows())
                .endsWith(model.texts().text("status.exported", name));
        assertThat(offered[0])
                .as("the name offered (status before: %s)", before)
                .isEqualTo("power." + format.extension());
        assertThat(file).isNotEmptyFile();
    }

    private void compare(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.compare().compareWith(older.toString()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.comparing().active());
        robot.interact(() -> window.showView("map"));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> model.afterEdits().whenSettled().isDone());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The pixels of {@code image} within a few steps of the compare marks' green (#1e9e3e). */
    private static int green(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0x1e) < 12 && Math.abs(g - 0x9e) < 12 && Math.abs(b - 0x3e) < 12) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void thePngWrittenWhileComparingIsTheMarkedPictureAndThePlainOneAfter(FxRobot robot) throws Exception {
        compare(robot);
        Path marked = dir.resolve("marked.png");
        export(robot, ExportDialog.Format.PNG, marked);
        robot.interact(() -> window.compare().leave());
        WaitForAsyncUtils.waitForFxEvents();
        Path plain = dir.resolve("plain.png");
        export(robot, ExportDialog.Format.PNG, plain);

        assertThat(Files.readAllBytes(marked)).isNotEqualTo(Files.readAllBytes(plain));
        int markedGreen = green(ImageIO.read(marked.toFile()));
        int plainGreen = green(ImageIO.read(plain.toFile()));
        // the added firm outlined green, the grid box's ring around its "closed, weak now" tick, the legend's keys
        assertThat(markedGreen).as("green pixels while comparing").isGreaterThan(200);
        assertThat(plainGreen).as("green pixels out of compare mode").isLessThan(markedGreen / 10);
    }

    @Test
    void thePdfAndSvgWrittenWhileComparingSayTheComparison(FxRobot robot) throws Exception {
        compare(robot);
        Path pdf = dir.resolve("marked.pdf");
        export(robot, ExportDialog.Format.PDF, pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String words = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(words)
                    .contains("与 older.json 相比的变化")
                    .contains("衡阳电建")
                    .contains("企业 +1")
                    .contains("缺口补上1处"); // the grid segment's missing and extend gaps, said once
        }
        Path svg = dir.resolve("marked.svg");
        export(robot, ExportDialog.Format.SVG, svg);
        String drawn = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(drawn).contains("与 older.json 相比的变化").containsIgnoringCase("#1e9e3e");
    }
}
