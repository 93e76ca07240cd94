package org.chainmap.io.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * Weighs a spreadsheet against a map: which of its rows would add, update, change nothing, or cannot be taken,
 * and why. Sheets are read by kind, segments first, then firms, links and list items, so that each may name
 * what an earlier kind brings. The map is not changed; the preview holds what would come in.
 */
public final class Importer {

    private Importer() {}

    /**
     * Reads {@code file} and weighs it against {@code map}.
     *
     * @throws SheetException if the file cannot be read at all (too large, not a spreadsheet, a zip bomb)
     */
    public static ImportPreview preview(RegionMap map, Path file, ImportOptions options) throws SheetException {
        return preview(map, read(List.of(file), options));
    }

    /**
     * Reads several files and weighs them against {@code map} as one import, their sheets together (segments of
     * one file first, whatever the order of the files): one preview, one change.
     *
     * @throws SheetException if one of the files cannot be read at all; nothing is weighed then
     */
    public static ImportPreview preview(RegionMap map, List<Path> files, ImportOptions options) throws SheetException {
        return preview(map, read(files, options));
    }

    /** Weighs files already read against {@code map}. */
    public static ImportPreview preview(RegionMap map, ImportFiles files) {
        return preview(map, files.source(), files.loaded(), files.mapping());
    }

    /**
     * Reads the files of one import, in their order, without weighing them (which needs the map).
     *
     * @throws SheetException if one of the files cannot be read at all (too large, not a spreadsheet, a zip bomb)
     */
    public static ImportFiles read(List<Path> files, ImportOptions options) throws SheetException {
        if (files.size() == 1) {
            Path file = files.get(0);
            SheetFile.Loaded loaded = SheetFile.read(file, options.encoding());
            return new ImportFiles(file.getFileName().toString(), loaded, options.mapping());
        }
        List<Table> tables = new ArrayList<>();
        boolean workbook = false;
        boolean bom = false;
        int undecodable = 0;
        CsvEncoding encoding = null;
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            SheetFile.Loaded loaded = SheetFile.read(file, options.encoding());
            tables.addAll(loaded.tables());
            workbook |= loaded.workbook();
            bom |= loaded.bom();
            undecodable += loaded.undecodable();
            encoding = encoding != null ? encoding : loaded.encoding();
            names.add(file.getFileName().toString());
        }
        SheetFile.Loaded all = new SheetFile.Loaded(tables, workbook, encoding, bom, undecodable);
        return new ImportFiles(String.join(", ", names), all, options.mapping());
    }

    /** Weighs the sheets of a file already read against {@code map}. */
    public static ImportPreview preview(
            RegionMap map, String source, SheetFile.Loaded loaded, Map<String, String> mapping) {
        Incoming incoming = new Incoming(map);
        List<Table> tables = loaded.tables();
        List<Optional<Headers>> found = new ArrayList<>();
        for (Table table : tables) {
            found.add(Headers.find(table, mapping));
        }
        int[] blank = new int[tables.size()];
        int[] examples = new int[tables.size()];
        List<RowOutcome> outcomes = new ArrayList<>();
        Map<String, Integer> firmRefused = new HashMap<>();
        SegmentRows segments = new SegmentRows(incoming);
        MappingRows mappings = new MappingRows(incoming);
        FirmRows firms = new FirmRows(incoming);
        LinkRows links = new LinkRows(incoming, firmRefused);
        ItemRows items = new ItemRows(incoming);
        for (SheetKind kind : SheetKind.values()) {
            for (int t = 0; t < tables.size(); t++) {
                Headers headers = found.get(t).orElse(null);
                if (headers == null || headers.kind() != kind) {
                    continue;
                }
                Table table = tables.get(t);
                for (Table.Row row :
                        table.rows().subList(headers.row() + 1, table.rows().size())) {
                    if (row.isBlank()) {
                        blank[t]++;
                        continue;
                    }
                    RowReader reader = new RowReader(table, row, headers);
                    if (isExample(reader, kind)) {
                        examples[t]++;
                        continue;
                    }
                    switch (kind) {
                        case SEGMENTS -> segments.read(reader);
                        case MAPPING -> mappings.read(reader);
                        case FIRMS -> outcomes.add(refusedFirm(firms.read(reader), reader, firmRefused));
                        case LINKS -> outcomes.add(links.read(reader));
                        case LISTS -> outcomes.add(items.read(reader));
                    }
                }
            }
            if (kind == SheetKind.SEGMENTS) {
                outcomes.addAll(segments.finish());
            } else if (kind == SheetKind.MAPPING) {
                outcomes.addAll(mappings.finish());
            }
        }
        List<ImportPreview.SheetReport> reports = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            int filled =
                    (int) table.rows().stream().filter(row -> !row.isBlank()).count();
            reports.add(new ImportPreview.SheetReport(
                    table.name(), found.get(t).orElse(null), filled, blank[t], examples[t], table.merged()));
        }
        List<String> order = tables.stream().map(Table::name).toList();
        outcomes.sort(Comparator.comparing((RowOutcome outcome) -> outcome.kind())
                .thenComparing(outcome -> order.indexOf(outcome.sheet()))
                .thenComparingInt(RowOutcome::row));
        RegionMap fragment = incoming.fragment();
        return new ImportPreview(source, loaded, reports, outcomes, fragment, notes(map, incoming, fragment, firms));
    }

    /** What the import as a whole tells beside its rows. */
    private static ImportNotes notes(RegionMap map, Incoming incoming, RegionMap fragment, FirmRows firms) {
        List<ImportNotes.NewChain> newChains = fragment.chains().stream()
                .filter(chain -> incoming.isNewChain(chain.id()))
                .map(chain -> new ImportNotes.NewChain(chain.id(), chain.name()))
                .toList();
        List<String> unplaced = fragment.enterprises().stream()
                .filter(firm -> firm.segments().isEmpty())
                .map(Enterprise::name)
                .toList();
        return new ImportNotes(
                newChains,
                unplaced,
                firms.localByCode(),
                firms.externalByCode(),
                firms.added(),
                firms.assumedLocal(),
                map.region().code(),
                firms.placedByProduct(),
                firms.placedByCode(),
                incoming.cutUnknown());
    }

    private static boolean isExample(RowReader row, SheetKind kind) {
        if (kind == SheetKind.MAPPING) {
            return false; // no id column: its first column is a product, which may be any word
        }
        Column id = kind.columns().get(0);
        String text = row.text(id);
        return text != null && Rows.EXAMPLE_IDS.contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    private static RowOutcome refusedFirm(RowOutcome outcome, RowReader row, Map<String, Integer> firmRefused) {
        String name = row.text(Column.FIRM_NAME);
        if (outcome.action() == RowOutcome.Action.REFUSED && name != null) {
            firmRefused.putIfAbsent(Incoming.nameKey(name), row.number());
        }
        return outcome;
    }
}
