package org.chainmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapReader;
import org.chainmap.io.MapWriter;
import org.chainmap.model.MapValidator;
import org.chainmap.model.RegionMap;

/**
 * {@code bench [FILE] [--enterprises N,N…] [--runs R]}: times the document's hot paths (read, validate, write,
 * atomic save) on a map file or on generated regions, after warm-up, and prints the median, fastest and
 * slowest run of each, with the machine they ran on.
 */
final class BenchCommand implements Command {

    private static final int WARMUP = 5;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--enterprises", "--runs"), Set.of(), console.messages());
        int runs = (int) parsed.number("--runs", 15, 1, 10_000);
        List<String> files = parsed.positionals(0, "FILE");
        console.out()
                .println(console.text(
                        "bench.machine",
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        System.getProperty("java.version"),
                        System.getProperty("os.arch"),
                        runs,
                        WARMUP));
        TextTable table = new TextTable(false, false, true, true, true, true);
        table.row(
                console.text("bench.column.map"),
                console.text("bench.column.step"),
                "bytes",
                console.text("bench.column.median"),
                console.text("bench.column.min"),
                console.text("bench.column.max"));
        try {
            if (!files.isEmpty()) {
                for (String file : files) {
                    measure(file, Files.readAllBytes(Path.of(file)), runs, table);
                }
            } else {
                for (String size : parsed.text("--enterprises", "1000,10000").split(",")) {
                    int firms = parseFirms(size, console);
                    byte[] bytes = MapWriter.toBytes(RegionGenerator.generate(firms, 1));
                    measure(console.text("bench.generated", firms), bytes, runs, table);
                }
            }
        } catch (IOException e) {
            console.err().println(e.getMessage());
            return 1;
        }
        console.out().print(table.render());
        return 0;
    }

    private static int parseFirms(String size, Console console) throws UsageException {
        try {
            int firms = Integer.parseInt(size.trim());
            if (firms >= 1 && firms <= GenerateCommand.MAX_ENTERPRISES) {
                return firms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(
                console.text("usage.badNumber", "--enterprises", size, 1, GenerateCommand.MAX_ENTERPRISES));
    }

    private static void measure(String label, byte[] bytes, int runs, TextTable table) throws IOException {
        RegionMap map = MapReader.read(bytes).map().orElseThrow(() -> new IOException(label + ": not a valid map"));
        Path dir = Files.createTempDirectory("chainmap-bench");
        Path file = dir.resolve("bench.json");
        try {
            row(table, label, "read + validate", bytes.length, time(runs, () -> MapReader.read(bytes)));
            row(table, label, "validate", bytes.length, time(runs, () -> MapValidator.validate(map)));
            row(table, label, "write", bytes.length, time(runs, () -> MapWriter.toBytes(map)));
            row(table, label, "save (atomic, .bak)", bytes.length, time(runs, () -> save(map, file)));
        } finally {
            Files.deleteIfExists(MapFile.backupOf(file));
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static Object save(RegionMap map, Path file) {
        try {
            MapFile.save(map, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidMapException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds of each measured run, sorted. */
    private static double[] time(int runs, Supplier<Object> work) {
        Object sink = null;
        for (int i = 0; i < WARMUP; i++) {
            sink = work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("the measured work returned nothing");
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void row(TextTable table, String label, String step, int bytes, double[] millis) {
        table.row(
                label,
                step,
                String.format("%,d", bytes),
                String.format("%.1f ms", millis[millis.length / 2]),
                String.format("%.1f ms", millis[0]),
                String.format("%.1f ms", millis[millis.length - 1]));
    }
}
