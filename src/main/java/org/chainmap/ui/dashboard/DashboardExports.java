package org.chainmap.ui.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chainmap.compare.MapComparer;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapReader;
import org.chainmap.io.report.ExcelReport;
import org.chainmap.io.report.HtmlReport;
import org.chainmap.io.report.Report;
import org.chainmap.progress.Chart;
import org.chainmap.progress.DashboardCharts;
import org.chainmap.progress.ProgressReport;
import org.chainmap.render.Theme;
import org.chainmap.render.chart.ChartExport;
import org.chainmap.render.chart.ChartPage;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.OwnedDialog;

/**
 * What the Dashboard tab writes: a chart or the whole dashboard as PNG, SVG or PDF (by the name chosen), drawn by
 * {@code render.chart} in the window's theme; and the progress report as a workbook or a page, against an older
 * version of the map (its backup, or a file chosen) or from the snapshots alone, written in the background.
 */
final class DashboardExports {

    private static final System.Logger LOG = System.getLogger(DashboardExports.class.getName());

    private final MainViewModel model;
    private final Supplier<Optional<DashboardView.Shown>> shown;

    DashboardExports(MainViewModel model, Supplier<Optional<DashboardView.Shown>> shown) {
        this.model = model;
        this.shown = shown;
    }

    /** Asks where, then writes {@code chart} alone. */
    void exportChart(Chart chart, Window owner) {
        Optional<DashboardView.Shown> now = shown.get();
        if (now.isPresent()) {
            picture(ChartPage.of(chart, now.get().words().locale()), chart.id(), owner);
        }
    }

    /** Asks where, then writes the chain's four charts and the ranking on one page. */
    void exportDashboard(Window owner) {
        Optional<DashboardView.Shown> now = shown.get();
        if (now.isEmpty() || now.get().trend() == null) {
            return;
        }
        DashboardCharts charts = new DashboardCharts(now.get().words());
        List<Chart> all = new ArrayList<>(charts.of(now.get().trend()));
        all.add(charts.ranking(now.get().dashboard().ranking()));
        ChartPage page = new ChartPage(
                now.get().trend().name(),
                now.get()
                        .words()
                        .pageSubtitle(
                                now.get().dashboard().map().region().name(),
                                now.get().dashboard().today()),
                all,
                2,
                now.get().words().locale());
        picture(page, "dashboard", owner);
    }

    private void picture(ChartPage page, String name, Window owner) {
        I18n text = model.texts();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.text("dashboard.exportTitle"));
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter("PNG", "*.png");
        chooser.getExtensionFilters()
                .addAll(
                        png,
                        new FileChooser.ExtensionFilter("SVG", "*.svg"),
                        new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setSelectedExtensionFilter(png);
        chooser.setInitialFileName(name + ".png");
        folder(chooser);
        File chosen = saving.apply(chooser, owner);
        if (chosen != null) {
            writePicture(page, withSuffix(chosen.toPath(), chooser.getSelectedExtensionFilter()));
        }
    }

    /** Writes {@code page} to {@code target} as PNG (at 192 dpi), SVG or PDF by its suffix, in the window's theme. */
    void writePicture(ChartPage page, Path target) {
        Theme theme = model.theme().drawing();
        String kind = target.getFileName().toString().toLowerCase(Locale.ROOT);
        write(target, out -> {
            if (kind.endsWith(".svg")) {
                ChartExport.svg(page, theme, out);
            } else if (kind.endsWith(".pdf")) {
                ChartExport.pdf(List.of(page), page.title(), theme, out);
            } else {
                ChartExport.png(page, theme, 2, out);
            }
        });
    }

    /**
     * How the report's and the charts' files are chosen: the system's save dialog ({@link OwnedDialog#save});
     * tests answer it themselves, as no system dialog opens headless.
     */
    static java.util.function.BiFunction<FileChooser, Window, File> saving = OwnedDialog::save;

    /** Asks against what and where, then writes the progress report. */
    void progressReport(Window owner) {
        Optional<DashboardView.Shown> now = shown.get();
        Optional<MapDocument> document = model.document();
        if (now.isEmpty() || document.isEmpty()) {
            return;
        }
        I18n text = model.texts();
        ButtonType backup = new ButtonType(text.text("dashboard.since.backup"));
        ButtonType file = new ButtonType(text.text("dashboard.since.file"));
        ButtonType snapshots = new ButtonType(text.text("dashboard.since.snapshots"));
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                text.text("dashboard.since.question"),
                backup,
                file,
                snapshots,
                new ButtonType(text.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.setHeaderText(null);
        // The question wrapped at a width of its own, its lines whole, whatever width the buttons give the dialog.
        javafx.scene.control.Label question = new javafx.scene.control.Label(text.text("dashboard.since.question"));
        question.setWrapText(true);
        question.setPrefWidth(560);
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ask.getDialogPane().setContent(question);
        ask.setTitle(text.text("dashboard.report"));
        OwnedDialog.prepare(ask, owner, "progressReport");
        // Four long choices: each button as wide as its own words, not all as wide as the longest, so that the row
        // fits a 1366-pixel screen in high contrast's large type.
        for (ButtonType type : ask.getButtonTypes()) {
            ButtonBar.setButtonUniformSize(ask.getDialogPane().lookupButton(type), false);
        }
        Path map = document.get().file();
        if (map == null || !java.nio.file.Files.isRegularFile(MapFile.backupOf(map))) {
            ask.getDialogPane().lookupButton(backup).setDisable(true);
        }
        ask.showAndWait().ifPresent(answer -> {
            Path old = null;
            if (answer == backup) {
                old = MapFile.backupOf(map);
            } else if (answer == file) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(text.text("dashboard.since.file"));
                chooser.getExtensionFilters()
                        .add(new FileChooser.ExtensionFilter(text.text("dialog.open.filter"), "*.json"));
                folder(chooser);
                File chosen = OwnedDialog.open(chooser, owner);
                if (chosen == null) {
                    return;
                }
                old = chosen.toPath();
            } else if (answer != snapshots) {
                return;
            }
            saveReport(now.get(), old, owner);
        });
    }

    private void saveReport(DashboardView.Shown now, Path old, Window owner) {
        I18n text = model.texts();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.text("dashboard.report"));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(text.text("dialog.report.xlsx"), "*.xlsx");
        chooser.getExtensionFilters()
                .addAll(xlsx, new FileChooser.ExtensionFilter(text.text("dialog.report.html"), "*.html"));
        chooser.setSelectedExtensionFilter(xlsx);
        chooser.setInitialFileName(text.text("dashboard.reportName") + ".xlsx");
        folder(chooser);
        File chosen = saving.apply(chooser, owner);
        if (chosen != null) {
            writeReport(now, old, withSuffix(chosen.toPath(), chooser.getSelectedExtensionFilter()));
        }
    }

    /**
     * Writes the progress report of {@code now} against the map in {@code old} ({@code null}: the snapshots alone)
     * to {@code target}, a workbook or a page by its suffix, in the background.
     */
    void writeReport(DashboardView.Shown now, Path old, Path target) {
        String name = model.document().map(MapDocument::name).orElse("");
        Locale locale = now.words().locale();
        String kind = target.getFileName().toString().toLowerCase(Locale.ROOT);
        write(target, out -> {
            MapComparison comparison = null;
            if (old != null) {
                LoadResult read = MapReader.read(old);
                if (read.map().isEmpty()) {
                    throw new IOException(model.texts().text("dashboard.oldUnreadable", old));
                }
                comparison =
                        MapComparer.compare(read.map().get(), now.dashboard().map());
            }
            String source = old == null ? name : old.getFileName() + " \u2192 " + name;
            int[] figures = {0};
            Report content = ProgressReport.of(now.dashboard(), comparison, source, now.words(), chart -> {
                ChartPage page = ChartPage.of(chart, locale);
                try {
                    return new Report.Figure(
                            chart.title(),
                            ChartExport.svg(page, Theme.LIGHT, ChartExport.figureIds(++figures[0])),
                            ChartExport.png(page, Theme.LIGHT, ChartExport.REPORT_SCALE),
                            page.width(),
                            page.height());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (kind.endsWith(".html")) {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                HtmlReport.write(content, writer, locale);
                writer.flush();
            } else {
                ExcelReport.write(content, out);
            }
        });
    }

    /** Writes {@code target} off the JavaFX thread; says so in the status bar, or why not in a dialog. */
    private void write(Path target, AtomicWrite.Writing writing) {
        I18n text = model.texts();
        Task<Void> work = new Task<>() {
            @Override
            protected Void call() throws IOException {
                AtomicWrite.write(target, writing);
                return null;
            }
        };
        work.setOnSucceeded(event -> model.announce(text.text("dashboard.written", target.getFileName())));
        work.setOnFailed(event -> {
            LOG.log(System.Logger.Level.WARNING, "Export to " + target + " failed", work.getException());
            Alert failed = new Alert(
                    Alert.AlertType.ERROR,
                    text.text("dialog.writeFailed", target, work.getException().getMessage()));
            failed.setHeaderText(null);
            failed.setTitle(text.text("dialog.writeFailed.title"));
            failed.show();
        });
        Thread thread = new Thread(work, "dashboard-export");
        thread.setDaemon(true);
        thread.start();
    }

    private void folder(FileChooser chooser) {
        model.document()
                .map(MapDocument::file)
                .map(Path::toAbsolutePath)
                .map(Path::getParent)
                .map(Path::toFile)
                .filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
    }

    private static Path withSuffix(Path chosen, FileChooser.ExtensionFilter filter) {
        String name = chosen.getFileName().toString();
        if (name.contains(".") || filter == null) {
            return chosen;
        }
        return chosen.resolveSibling(name + filter.getExtensions().get(0).substring(1));
    }
}
