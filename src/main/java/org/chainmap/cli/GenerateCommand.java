package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapWriter;
import org.chainmap.model.RegionMap;

/**
 * {@code generate --enterprises N [--seed S] [--out FILE] [--evolve LATER]}: writes a synthetic region of N
 * enterprises (see {@link RegionGenerator}) for benchmarks and for trying the application at scale, to FILE (saved
 * atomically) or, without {@code --out}, to standard output; with {@code --evolve}, also a later version of it, with
 * the changes of a quarter ({@link RegionEvolution}), to LATER, for {@code compare}.
 */
final class GenerateCommand implements Command {

    /** The most enterprises a region may have: about 59 MB of file, within the 64 MiB that a map file may take. */
    static final int MAX_ENTERPRISES = 120_000;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args, Set.of("--enterprises", "--seed", "--out", "--evolve"), Set.of(), console.messages());
        parsed.none();
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
