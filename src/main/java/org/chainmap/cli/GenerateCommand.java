package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.MapFile;
import org.chainmap.model.RegionMap;

/**
 * {@code generate --firms N [--seed S] --out FILE}: writes a synthetic region of N firms (see
 * {@link RegionGenerator}) for benchmarks and for trying the application at scale.
 */
final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--firms", "--seed", "--out"), Set.of(), console.messages());
        parsed.none();
        int firms = (int) parsed.number("--firms", 1000, 1, 1_000_000);
        long seed = parsed.number("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Path out = Path.of(parsed.required("--out"));
        RegionMap map = RegionGenerator.generate(firms, seed);
        try {
            MapFile.save(map, out);
        } catch (IOException | InvalidMapException e) {
            console.err().println(console.text("generate.failed", out, e.getMessage()));
            return 1;
        }
        console.out()
                .println(console.text(
                        "generate.done",
                        out,
                        map.chains().size(),
                        map.enterprises().size(),
                        map.links().size()));
        return 0;
    }
}
