package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import org.chainmap.analysis.SnapshotOnSave;
import org.chainmap.edit.Description;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.Merge;
import org.chainmap.edit.PutSnapshot;
import org.chainmap.io.FileStamp;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapChangedException;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapLock;
import org.chainmap.io.MapLockedException;
import org.chainmap.io.sheet.Column;
import org.chainmap.io.sheet.CsvEncoding;
import org.chainmap.io.sheet.Headers;
import org.chainmap.io.sheet.ImportFiles;
import org.chainmap.io.sheet.ImportOptions;
import org.chainmap.io.sheet.ImportPreview;
import org.chainmap.io.sheet.Importer;
import org.chainmap.io.sheet.RowOutcome;
import org.chainmap.io.sheet.SheetException;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;

/**
 * {@code import FILE (--xlsx DATA | --csv DATA)… [--dry-run] [--skip-refused] [--encoding E] [--columns H=K,…]}:
 * weighs workbooks or CSV files (several as one: {@code --csv segments.csv --csv firms.csv}) against the map
 * FILE, prints the preview, and unless it is a dry run writes the
 * map with the rows taken, as one change through {@link Merge} and {@link MapFile#save} (atomic, with
 * {@code .bak}). Rows that cannot be taken stop the import unless {@code --skip-refused} is given. The map's
 * {@link MapLock} is held from reading the map to writing it, so that two imports run one after the other and
 * neither loses the other's rows; a map changed meanwhile by a writer that does not lock is not written over.
 */
final class ImportCommand implements Command {

    /** How long an import waits for another writer of the map to finish. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--encoding", "--columns"),
                Set.of("--xlsx", "--csv"),
                Set.of("--dry-run", "--skip-refused"),
                console.messages());
        String file = parsed.single("FILE");
        List<String> xlsx = parsed.every("--xlsx");
        List<String> csv = parsed.every("--csv");
        if (xlsx.isEmpty() == csv.isEmpty()) {
            throw new UsageException(console.text("import.oneData"));
        }
        List<Path> data = (xlsx.isEmpty() ? csv : xlsx).stream().map(Path::of).toList();
        String encodingName = parsed.choice("--encoding", "auto", "auto", "utf-8", "gbk", "gb18030", "utf-16");
        CsvEncoding encoding = CsvEncoding.fromName(encodingName).orElseThrow();
        ImportOptions options = new ImportOptions(encoding, columns(parsed.text("--columns", null), console));
        if (parsed.flag("--dry-run") || !Files.exists(Path.of(file))) {
            return run(parsed, file, data, options, console);
        }
        // Held from reading the map to writing it: another import waits, then reads what this one wrote.
        try (MapLock lock = MapLock.acquire(MapFile.targetOf(Path.of(file)), LOCK_WAIT)) {
            return run(parsed, file, data, options, console);
        } catch (MapLockedException e) {
            console.err().println(locked(e, console));
            return 1;
        } catch (IOException e) {
            console.err().println(console.text("import.failed", file, WriteFailure.reason(e, console)));
            return 1;
        }
    }

    private static int run(Arguments parsed, String file, List<Path> data, ImportOptions options, Console console) {
        FutureTask<ImportFiles> sheets = SheetsBeside.read(data, options);
        Optional<LoadResult> loaded = MapArgument.readToSave(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = loaded.get().map().orElseThrow();
        ImportPreview preview;
        try {
            preview = Importer.preview(map, SheetsBeside.result(sheets));
        } catch (SheetException e) {
            console.err()
                    .println(TerminalText.visible(
                            e.reason().text(console.messages().locale())));
            return 1;
        }
        ImportText.write(preview, console);
        if (preview.sheets().stream().noneMatch(ImportPreview.SheetReport::read)) {
            console.err().println(console.text("import.noSheet", preview.source()));
            return 1;
        }
        if (preview.hasRefusals() && !parsed.flag("--skip-refused")) {
            console.err().println(console.text("import.refusedStop", preview.count(RowOutcome.Action.REFUSED)));
            return 1;
        }
        if (parsed.flag("--dry-run")) {
            console.out().println(console.text("import.dryRun"));
            return 0;
        }
        if (preview.changes() == 0) {
            console.out().println(console.text("import.nothing"));
            return 0;
        }
        return write(map, loaded.get().stamp().orElse(null), preview, Path.of(file), console);
    }

    /** The words for a map that another writer holds. */
    static String locked(MapLockedException e, Console console) {
        MapLock.Holder holder = e.holder();
        return console.text("map.locked", e.file(), holder.pid(), holder.host(), holder.since());
    }

    private static int write(RegionMap map, FileStamp read, ImportPreview preview, Path file, Console console) {
        Locale locale = console.messages().locale();
        RegionMap after;
        try {
            after = Merge.of(
                            map,
                            preview.incoming(),
                            Description.of("import.apply", preview.changes(), preview.source()))
                    .plan(map)
                    .applyTo(map);
            // a map that asks for a snapshot on each save gets it here, as a save in the window takes it
            Snapshot due = SnapshotOnSave.due(after, LocalDate.now());
            if (due != null) {
                after = new PutSnapshot(due).plan(after).applyTo(after);
            }
        } catch (EditRefusedException e) {
            console.err().println(console.text("import.refusedChange", e.message(locale)));
            return 1;
        }
        MapFile.Saved saved;
        try {
            saved = MapFile.save(after, file, read);
        } catch (MapChangedException e) {
            console.err().println(console.text("import.changed", file));
            return 1;
        } catch (MapLockedException e) {
            console.err().println(locked(e, console));
            return 1;
        } catch (InvalidMapException e) {
            console.err().println(console.text("import.invalid"));
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    console.err().println("  " + TerminalText.visible(problem.describe(locale)));
                }
            }
            return 1;
        } catch (IOException e) {
            console.err().println(console.text("import.failed", file, WriteFailure.reason(e, console)));
            return 1;
        }
        console.out()
                .println(console.text(
                        "import.written",
                        file,
                        preview.changes(),
                        preview.source(),
                        saved.backup().orElse(MapFile.backupOf(saved.file()))));
        return 0;
    }

    /** The meaning of headers given as {@code 营业收入=revenue,联系人=ignore}; empty when not given. */
    static Map<String, String> columns(String text, Console console) throws UsageException {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text == null) {
            return mapping;
        }
        for (String pair : text.split("[,，]")) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new UsageException(console.text("import.badColumns", pair));
            }
            String key = pair.substring(equals + 1).strip();
            boolean known = key.equals(Headers.IGNORE)
                    || java.util.Arrays.stream(Column.values())
                            .anyMatch(column -> column.key().equals(key));
            if (!known) {
                throw new UsageException(console.text("import.unknownKey", key));
            }
            mapping.put(pair.substring(0, equals).strip(), key);
        }
        return mapping;
    }
}
