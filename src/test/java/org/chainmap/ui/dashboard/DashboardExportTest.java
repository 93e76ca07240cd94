package org.chainmap.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import org.chainmap.progress.ProgressFixtures;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
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
 * The dashboard's Export all, from the window, as PNG, SVG and PDF (issue 19 item 5): the type chosen in the save
 * dialog's filter gives the file's kind, and each file holds the chain's charts with their Chinese words.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardExportTest {

    @TempDir
    Path dir;

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, ProgressFixtures.now(), StandardCharsets.UTF_8);
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(file);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        DashboardExports.saving = org.chainmap.ui.OwnedDialog::save;
        FxToolkit.cleanupStages();
    }

    /** Export all, the save dialog answered with {@code name} and its filter number {@code filter}. */
    private Path exportAll(FxRobot robot, String name, int filter, String suffix) throws TimeoutException {
        String[] offered = new String[1];
        DashboardExports.saving = (chooser, owner) -> {
            offered[0] = chooser.getInitialFileName();
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(filter));
            return dir.resolve(name).toFile();
        };
        robot.clickOn("#dashboardExportAll");
        Path written = dir.resolve(name + suffix);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            if (!Files.isRegularFile(written) || Files.size(written) == 0) {
                return false;
            }
            long size = Files.size(written);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            return Files.size(written) == size;
        });
        assertThat(offered[0]).isEqualTo("dashboard.png");
        return written;
    }

    @Test
    void exportAllWritesThePngTheSvgAndThePdfOfTheChainsCharts(FxRobot robot) throws Exception {
        robot.clickOn("#" + DashboardView.TAB_ID);
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage png = ImageIO.read(exportAll(robot, "看板", 0, ".png").toFile());
        assertThat(png.getWidth()).isGreaterThan(800);
        assertThat(png.getHeight()).isGreaterThan(400);

        String svg = Files.readString(exportAll(robot, "看板", 1, ".svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg ").contains("甲链");

        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                exportAll(robot, "看板", 2, ".pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("甲链");
        }
    }
}
