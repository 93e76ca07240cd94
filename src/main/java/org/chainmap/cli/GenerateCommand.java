package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapWriter;
import org.chainmap.io.sheet.SheetException;
import org.chainmap.io.sheet.TemplateWriter;
import org.chainmap.model.RegionMap;

/**
 * {@code generate --enterprises N [--seed S] [--out FILE] [--evolve LATER]}: writes a synthetic region of N
 * enterprises (see {@link RegionGenerator}) for benchmarks and for trying the application at scale, to FILE (saved
 * atomically) or, without {@code --out}, to standard output; with {@code --evolve}, also a later version of it, with
 * the changes of a quarter ({@link RegionEvolution}), to LATER, for {@code compare}. {@code generate --ledger N --map
 * MAP [--seed S] [--csv FILE] [--xlsx FILE]} writes instead a synthetic firms ledger of N rows for the segments of
 * MAP ({@link LedgerGenerator}): as CSV, and as the workbook {@code template} makes of MAP with that ledger imported.
 */
final class GenerateCommand implements Command {

    /** The most enterprises a region may have: about 59 MB of file, within the 64 MiB that a map file may take. */
    static final int MAX_ENTERPRISES = 120_000;

    /** The most rows a generated ledger may have: the 200,000 rows a CSV import takes. */
    static final int MAX_LEDGER_ROWS = 200_000;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--enterprises", "--seed", "--out", "--evolve", "--ledger", "--map", "--csv", "--xlsx"),
                Set.of(),
                console.messages());
        parsed.none();
        if (parsed.text("--ledger", null) != null) {
            return ledger(parsed, console);
        }
        int enterprises = (int) parsed.number("--enterprises", 1000, 1, MAX_ENTERPRISES);
        long seed = parsed.number("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        String out = parsed.text("--out", null);
        String evolve = parsed.text("--evolve", null);
        RegionMap map = RegionGenerator.generate(enterprises, seed);
        // the line about the later version goes where it does not mix with a map on standard output
        java.io.PrintStream said = out == null ? console.err() : console.out();
        if (evolve != null && save(RegionEvolution.evolve(map, seed), Path.of(evolve), console, said) != 0) {
            return 1;
        }
        if (out == null) {
            byte[] bytes = MapWriter.toBytes(map);
            console.out().write(bytes, 0, bytes.length);
            console.out().flush();
            return 0;
        }
        return save(map, Path.of(out), console, console.out());
    }

    /** The {@code --ledger} form: a synthetic ledger for a map, as CSV and/or as a workbook. */
    private static int ledger(Arguments parsed, Console console) throws UsageException {
        int rows = (int) parsed.number("--ledger", 10_000, 1, MAX_LEDGER_ROWS);
        long seed = parsed.number("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        String mapFile = parsed.required("--map");
        String csv = parsed.text("--csv", null);
        String xlsx = parsed.text("--xlsx", null);
        if (csv == null && xlsx == null) {
            throw new UsageException(console.text("generate.ledgerOut"));
        }
        Optional<LoadResult> loaded = MapArgument.read(mapFile, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = loaded.get().map().orElseThrow();
        List<List<String>> ledger = LedgerGenerator.rows(map, rows, seed);
        Path written = null;
        try {
            Path csvFile = csv != null ? Path.of(csv) : Files.createTempFile("ledger", ".csv");
            written = csvFile;
            LedgerGenerator.writeCsv(ledger, csvFile);
            if (xlsx != null) {
                written = Path.of(xlsx);
                RegionMap after = LedgerGenerator.imported(map, csvFile);
                AtomicWrite.write(Path.of(xlsx), out -> TemplateWriter.write(after, out, Locale.CHINESE));
                if (csv == null) {
                    Files.delete(csvFile);
                }
            }
        } catch (IOException e) {
            console.err().println(console.text("generate.failed", written, WriteFailure.reason(e, console)));
            return 1;
        } catch (SheetException e) {
            console.err()
                    .println(console.text(
                            "generate.failed",
                            written,
                            e.reason().text(console.messages().locale())));
            return 1;
        } catch (EditRefusedException e) {
            console.err()
                    .println(console.text(
                            "generate.failed",
                            written,
                            e.message(console.messages().locale())));
            return 1;
        }
        for (String file : new String[] {csv, xlsx}) {
            if (file != null) {
                console.out().println(console.text("generate.ledgerDone", file, rows));
            }
        }
        return 0;
    }

    private static int save(RegionMap map, Path file, Console console, java.io.PrintStream said) {
        try {
            MapFile.save(map, file);
        } catch (IOException | InvalidMapException e) {
            console.err().println(console.text("generate.failed", file, WriteFailure.reason(e, console)));
            return 1;
        }
        said.println(console.text(
                "generate.done",
                file,
                map.chains().size(),
                map.enterprises().size(),
                map.links().size()));
        return 0;
    }
}
