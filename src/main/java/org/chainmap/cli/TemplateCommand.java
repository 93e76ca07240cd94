package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.LoadResult;
import org.chainmap.io.sheet.TemplateWriter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * {@code template [MAP] --out FILE.xlsx}: the workbook to fill in for an import, in the user's language: its
 * headers, an example row per sheet and drop-down lists; given a map, its segments, firms, links and list items
 * instead of the examples (edit them in Excel or WPS and import them back).
 */
final class TemplateCommand implements Command {

    @Override
    public String name() {
        return "template";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--out"), Set.of(), console.messages());
        Path out = Path.of(parsed.required("--out"));
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
        try {
            AtomicWrite.write(out, stream -> {
                if (data == null) {
                    TemplateWriter.write(stream, console.messages().locale());
                } else {
                    TemplateWriter.write(data, stream, console.messages().locale());
                }
            });
        } catch (IOException e) {
            console.err().println(console.text("template.failed", out, e.getMessage()));
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
        return 0;
    }
}
