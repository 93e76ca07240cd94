package org.chainmap.ui.importing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.report.ExcelReport;
import org.chainmap.io.report.HtmlReport;
import org.chainmap.io.report.MarkdownReport;
import org.chainmap.io.report.Report;
import org.chainmap.io.report.ReportContent;
import org.chainmap.io.sheet.SheetException;
import org.chainmap.io.sheet.TemplateWriter;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.ProgressDialog;

/**
 * The File menu's spreadsheet items: Import… (choose a workbook or CSV file, see its preview, apply it as one
 * change), Export report… (Excel, Markdown or HTML, by the name chosen) and Save import template…. Added to a
 * menu beside Export picture…, they follow the interface's language themselves.
 */
public final class SpreadsheetItems {

    private static final System.Logger LOG = System.getLogger(SpreadsheetItems.class.getName());

    /** The ids of the items, for tests. */
    static final String IMPORT_ID = "menuImport";

    static final String REPORT_ID = "menuExportReport";
    static final String TEMPLATE_ID = "menuTemplate";

    private final Supplier<Window> owners;
    private final MainViewModel model;
    private final MenuItem importItem = new MenuItem();
    private final MenuItem report = new MenuItem();
    private final MenuItem template = new MenuItem();

    private SpreadsheetItems(Supplier<Window> owners, MainViewModel model) {
        this.owners = owners;
        this.model = model;
        importItem.setId(IMPORT_ID);
        report.setId(REPORT_ID);
        template.setId(TEMPLATE_ID);
        importItem.setOnAction(event -> chooseAndImport());
        report.setOnAction(event -> exportReport());
        template.setOnAction(event -> saveTemplate());
        importItem.disableProperty().bind(model.documentProperty().isNull());
        report.disableProperty().bind(model.documentProperty().isNull());
        model.textsProperty().addListener((o, was, now) -> translate());
        translate();
    }

    /**
     * Puts the items into {@code file}, after its Export picture… item (or at its end), with a separator; their
     * dialogs open over the window {@code owners} gives when they are chosen.
     */
    public static SpreadsheetItems addTo(Menu file, Supplier<Window> owners, MainViewModel model) {
        SpreadsheetItems items = new SpreadsheetItems(owners, model);
        int at = file.getItems().size();
        for (int i = 0; i < file.getItems().size(); i++) {
            if ("menuExportPicture".equals(file.getItems().get(i).getId())) {
                at = i + 1;
            }
        }
        file.getItems().addAll(at, List.of(items.report, new SeparatorMenuItem(), items.importItem, items.template));
        return items;
    }

    private void translate() {
        I18n text = model.texts();
        importItem.setText(text.text("menu.file.import"));
        report.setText(text.text("menu.file.exportReport"));
        template.setText(text.text("menu.file.template"));
    }

    private void chooseAndImport() {
        Optional<MapDocument> document = model.document();
        if (document.isEmpty()) {
            return;
        }
        I18n text = model.texts();
        FileChooser chooser = chooser(text.text("dialog.import.choose"), document.get());
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                text.text("dialog.import.filter"), "*.xlsx", "*.xls", "*.csv", "*.txt"),
                        new FileChooser.ExtensionFilter(text.text("dialog.import.filter.all"), "*.*"));
        File chosen = OwnedDialog.open(chooser, owners.get());
        if (chosen != null) {
            importFile(chosen.toPath());
        }
    }

    /**
     * Reads {@code file} in the background, with a window that shows it is working and can cancel it, then shows
     * its preview; an unreadable file is refused with the reason. The map stays usable while a large workbook is
     * read, and is not touched: the preview is made against the map as it was when the reading began.
     */
    void importFile(Path file) {
        Optional<MapDocument> document = model.document();
        if (document.isEmpty()) {
            return;
        }
        I18n text = model.texts();
        RegionMap map = document.get().map();
        Task<ImportSession> reading = new Task<>() {
            @Override
            protected ImportSession call() throws SheetException {
                return ImportSession.open(map, file);
            }
        };
        reading.setOnSucceeded(event -> ImportDialog.show(
                owners.get(), text, reading.getValue(), document.get().name(), this::apply));
        reading.setOnFailed(event -> error(
                text.text("dialog.import.refused"),
                reading.getException() instanceof SheetException e
                        ? e.reason().text(text.locale())
                        : String.valueOf(reading.getException())));
        ProgressDialog.run(
                owners.get(),
                text,
                text.text("dialog.import.title"),
                text.text("dialog.import.reading", file.getFileName()),
                reading,
                "chainmap-import");
    }

    private void apply(ImportSession session) {
        I18n text = model.texts();
        if (model.map().orElse(null) != session.map()) {
            error(text.text("dialog.import.refused"), text.text("dialog.import.mapChanged"));
            return;
        }
        Optional<String> refused = model.perform(session.command());
        if (refused.isPresent()) {
            error(text.text("dialog.import.refused"), refused.get());
        } else {
            model.announce(text.text("status.imported", session.preview().changes(), session.source()));
        }
    }

    private void exportReport() {
        Optional<MapDocument> document = model.document();
        if (document.isEmpty()) {
            return;
        }
        I18n text = model.texts();
        FileChooser chooser = chooser(text.text("dialog.report.title"), document.get());
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(text.text("dialog.report.xlsx"), "*.xlsx");
        chooser.getExtensionFilters()
                .addAll(
                        xlsx,
                        new FileChooser.ExtensionFilter(text.text("dialog.report.md"), "*.md"),
                        new FileChooser.ExtensionFilter(text.text("dialog.report.html"), "*.html"));
        chooser.setSelectedExtensionFilter(xlsx);
        chooser.setInitialFileName(baseName(document.get().name()) + "-report.xlsx");
        File chosen = OwnedDialog.save(chooser, owners.get());
        if (chosen == null) {
            return;
        }
        writeReport(withSuffix(chosen.toPath(), chooser.getSelectedExtensionFilter()));
    }

    /** Writes the open map's gap report to {@code target}, as a workbook, Markdown or HTML by its suffix. */
    void writeReport(Path target) {
        Optional<MapDocument> document = model.document();
        if (document.isEmpty()) {
            return;
        }
        Locale locale = model.texts().locale();
        RegionMap map = document.get().map();
        String name = document.get().name();
        write(target, "status.reportWritten", out -> {
            Report content = ReportContent.of(map, locale, name, LocalDate.now());
            String kind = target.getFileName().toString().toLowerCase(Locale.ROOT);
            if (kind.endsWith(".xlsx")) {
                ExcelReport.write(content, out);
                return;
            }
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (kind.endsWith(".md")) {
                MarkdownReport.write(content, writer);
            } else {
                HtmlReport.write(content, writer, locale);
            }
            writer.flush();
        });
    }

    private void saveTemplate() {
        I18n text = model.texts();
        FileChooser chooser =
                chooser(text.text("dialog.template.title"), model.document().orElse(null));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(text.text("dialog.report.xlsx"), "*.xlsx");
        chooser.getExtensionFilters().add(xlsx);
        chooser.setInitialFileName(text.text("dialog.template.name") + ".xlsx");
        File chosen = OwnedDialog.save(chooser, owners.get());
        if (chosen != null) {
            write(
                    withSuffix(chosen.toPath(), xlsx),
                    "status.templateWritten",
                    out -> TemplateWriter.write(out, text.locale()));
        }
    }

    /**
     * Writes {@code target} in the background (the analysis of a large map and a workbook of its chains take
     * seconds), with a window that shows it and can cancel it; the file is replaced only when it is complete.
     */
    void write(Path target, String done, AtomicWrite.Writing writing) {
        I18n text = model.texts();
        Task<Void> work = new Task<>() {
            @Override
            protected Void call() throws IOException {
                AtomicWrite.write(target, writing);
                return null;
            }
        };
        work.setOnSucceeded(event -> model.announce(text.text(done, target.getFileName())));
        work.setOnFailed(event -> {
            LOG.log(System.Logger.Level.WARNING, "Export to " + target + " failed", work.getException());
            error(
                    text.text("dialog.writeFailed.title"),
                    text.text("dialog.writeFailed", target, work.getException().getMessage()));
        });
        ProgressDialog.run(
                owners.get(),
                text,
                target.getFileName().toString(),
                text.text("dialog.export.progress", target.getFileName()),
                work,
                "chainmap-write");
    }

    private FileChooser chooser(String title, MapDocument document) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        Path folder = document == null || document.file() == null
                ? null
                : document.file().toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** {@code file} ending in the filter's suffix, added when the name has none of it. */
    static Path withSuffix(Path file, FileChooser.ExtensionFilter filter) {
        if (filter == null || filter.getExtensions().isEmpty()) {
            return file;
        }
        String suffix = filter.getExtensions().get(0).substring(1);
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? file : file.resolveSibling(name + suffix);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        OwnedDialog.prepare(alert, owners.get(), null);
        alert.setTitle(model.texts().text("dialog.import.title"));
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.show();
    }
}
