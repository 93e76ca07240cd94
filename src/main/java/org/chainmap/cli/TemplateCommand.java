package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.LoadResult;
import org.chainmap.io.sheet.CsvTemplate;
import org.chainmap.io.sheet.TemplateWriter;
import org.chainmap.io.sheet.TextCells;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * {@code template [MAP] --out FILE.xlsx}: the workbook to fill in for an import, in the user's language: its
 * headers, an example row per sheet and drop-down lists; given a map, its segments, firms, links and list items
 * instead of the examples (edit them in Excel or WPS and import them back). {@code template [MAP] --csv DIR} writes the
 * same as CSV files, one per sheet ({@link CsvTemplate}), for {@code import MAP --csv …}; with both options, both.
 */
final class TemplateCommand implements Command {

    @Override
    public String name() {
        return "template";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--out", "--csv"), Set.of(), console.messages());
        String csv = parsed.text("--csv", null);
        Path out = csv == null || parsed.text("--out", null) != null ? Path.of(parsed.required("--out")) : null;
        List<String> maps = parsed.positionals(0, "MAP");
        if (maps.size() > 1) {
            throw new UsageException(console.text("usage.extraArgument", maps.get(1)));
        }
        RegionMap map = null;
        if (!maps.isEmpty()) {
            Optional<LoadResult> loaded = MapArgument.read(maps.get(0), console);
            if (loaded.isEmpty()) {
                return 1;
            }
            map = loaded.get().map().orElseThrow();
        }
        RegionMap data = map;
        if (csv != null && writeCsv(data, Path.of(csv), console) != 0) {
            return 1;
        }
        if (out == null) {
            return 0;
        }
        List<String> cut = new ArrayList<>();
        try {
            AtomicWrite.write(out, stream -> {
                if (data == null) {
                    TemplateWriter.write(stream, console.messages().locale());
                } else {
                    cut.addAll(TemplateWriter.write(
                            data, stream, console.messages().locale()));
                }
            });
        } catch (IOException e) {
            console.err().println(console.text("template.failed", out, WriteFailure.reason(e, console)));
            return 1;
        }
        if (map == null) {
            console.out().println(console.text("template.written", out));
        } else {
            int segments = map.chains().stream()
                    .mapToInt(chain -> chain.segments().size())
                    .sum();
            int items = map.chains().stream()
                    .map(Chain::lists)
                    .mapToInt(lists -> lists.all().size())
                    .sum();
            console.out()
                    .println(console.text(
                            "template.writtenWithMap",
                            out,
                            maps.get(0),
                            segments,
                            map.enterprises().size(),
                            map.links().size(),
                            items));
        }
        warnCut(out, cut, console);
        return 0;
    }

    /** Writes the template as CSV files into {@code dir}: 0, or 1 when a file could not be written. */
    private static int writeCsv(RegionMap map, Path dir, Console console) {
        List<Path> files;
        try {
            files = CsvTemplate.write(map, dir, console.messages().locale());
        } catch (IOException e) {
            console.err().println(console.text("template.failed", dir, WriteFailure.reason(e, console)));
            return 1;
        }
        List<String> names =
                files.stream().map(file -> file.getFileName().toString()).toList();
        console.out().println(console.text("template.csvWritten", dir, files.size(), String.join(", ", names)));
        return 0;
    }

    /** Says on standard error which cells of the workbook {@code file} were cut to Excel's limit, if any. */
    static void warnCut(Path file, List<String> cut, Console console) {
        if (!cut.isEmpty()) {
            List<String> shown = cut.size() > 10 ? cut.subList(0, 10) : cut;
            console.err()
                    .println(console.text(
                            "sheet.cut",
                            file,
                            cut.size(),
                            TextCells.MAX_LENGTH,
                            TextCells.CUT_MARK,
                            String.join(", ", shown) + (cut.size() > shown.size() ? ", …" : "")));
        }
    }
}
