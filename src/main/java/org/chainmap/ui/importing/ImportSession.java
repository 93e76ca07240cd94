package org.chainmap.ui.importing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.edit.Command;
import org.chainmap.edit.Description;
import org.chainmap.edit.Merge;
import org.chainmap.io.sheet.CsvEncoding;
import org.chainmap.io.sheet.ImportOptions;
import org.chainmap.io.sheet.ImportPreview;
import org.chainmap.io.sheet.Importer;
import org.chainmap.io.sheet.SheetException;
import org.chainmap.io.sheet.SheetFile;
import org.chainmap.model.RegionMap;

/**
 * The state of File ▸ Import… while its dialog is open, without a screen: the open map as it was when the
 * import began, the file read, the encoding and header meanings chosen, and the preview they give. Changing
 * the encoding reads a CSV file again; giving a header a meaning only weighs the rows again. Nothing here
 * changes the map: {@link #command()} is the one change that Apply hands to {@code MainViewModel.perform}.
 */
final class ImportSession {

    private final RegionMap map;
    private final Path file;
    private SheetFile.Loaded loaded;
    private ImportOptions options;
    private ImportPreview preview;

    private ImportSession(RegionMap map, Path file, SheetFile.Loaded loaded, ImportOptions options) {
        this.map = map;
        this.file = file;
        this.loaded = loaded;
        this.options = options;
        weigh();
    }

    /**
     * Reads {@code file} and weighs it against {@code map}.
     *
     * @throws SheetException if the file cannot be imported at all (too large, not a spreadsheet, a zip bomb)
     */
    static ImportSession open(RegionMap map, Path file) throws SheetException {
        Objects.requireNonNull(map, "map");
        return new ImportSession(map, file, SheetFile.read(file, CsvEncoding.AUTO), ImportOptions.DEFAULTS);
    }

    /** The map the import is weighed against. */
    RegionMap map() {
        return map;
    }

    /** The file's name. */
    String source() {
        return file.getFileName().toString();
    }

    /** The preview of the file as now read and mapped. */
    ImportPreview preview() {
        return preview;
    }

    /** Whether the file is a CSV file, whose encoding may be chosen. */
    boolean isCsv() {
        return !loaded.workbook();
    }

    /** The encoding chosen: {@link CsvEncoding#AUTO} until one is. */
    CsvEncoding encoding() {
        return options.encoding();
    }

    /**
     * Reads a CSV file again in {@code encoding} and weighs it again.
     *
     * @throws SheetException if it cannot be read (it was read before, so only if it changed on disk)
     */
    void encoding(CsvEncoding encoding) throws SheetException {
        if (!isCsv() || encoding == options.encoding()) {
            return;
        }
        loaded = SheetFile.read(file, encoding);
        options = options.withEncoding(encoding);
        weigh();
    }

    /** The meanings given to headers so far: header → column key, or {@code ignore}. */
    Map<String, String> mapping() {
        return options.mapping();
    }

    /** Gives {@code header} the meaning {@code key} ({@code null}: none, as before) and weighs the rows again. */
    void map(String header, String key) {
        Map<String, String> mapping = new LinkedHashMap<>(options.mapping());
        if (key == null) {
            mapping.remove(header);
        } else {
            mapping.put(header, key);
        }
        options = options.withMapping(mapping);
        weigh();
    }

    /** The headers of the file nobody knows yet, sheet by sheet, for the user to give a meaning. */
    List<String> unknownHeaders() {
        return preview.sheets().stream()
                .filter(ImportPreview.SheetReport::read)
                .flatMap(sheet -> sheet.headers().unknownHeaders().stream())
                .distinct()
                .toList();
    }

    /**
     * The texts of the first filled row of each sheet that was not recognised: what may be its headers, for the
     * user to give a meaning so that the sheet is read.
     */
    List<String> headersOfUnreadSheets() {
        List<String> headers = new java.util.ArrayList<>();
        for (int i = 0; i < preview.sheets().size(); i++) {
            if (preview.sheets().get(i).read()) {
                continue;
            }
            loaded.tables().get(i).rows().stream()
                    .filter(row -> !row.isBlank())
                    .findFirst()
                    .ifPresent(row -> row.cells().stream()
                            .map(org.chainmap.io.sheet.Cell::text)
                            .filter(text -> !text.isEmpty() && !headers.contains(text))
                            .forEach(headers::add));
        }
        return headers;
    }

    /** Whether Apply would change the map. */
    boolean canApply() {
        return preview.changes() > 0;
    }

    /** The import as one change: the rows that can be taken, named for the Edit menu. */
    Command command() {
        return Merge.of(map, preview.incoming(), Description.of("import.apply", preview.changes(), source()));
    }

    private void weigh() {
        preview = Importer.preview(map, source(), loaded, options.mapping());
    }
}
