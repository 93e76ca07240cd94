package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chainmap.compare.AnalysedMap;
import org.chainmap.compare.MapComparer;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.MapReader;
import org.chainmap.io.MapWriter;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code compare} reads, validates and analyses the two versions on two threads, and writes the chains' JSON objects
 * at once; what it writes is, byte for byte, what the same steps write one after the other on one thread with one
 * generator, and the same on every run.
 */
class CompareParallelTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"2000, 1", "5000, 7", "8000, 42"})
    void theTwoThreadsWriteWhatOneThreadWrites(int firms, long seed) throws Exception {
        RegionMap generated = RegionGenerator.generate(firms, seed);
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.write(a, MapWriter.toBytes(generated));
        Files.write(b, MapWriter.toBytes(RegionEvolution.evolve(generated, seed)));
        List<String> files = List.of(a.toString(), b.toString());

        CliRun parallel = CliRun.of("compare", files.get(0), files.get(1), "--format", "json");
        CliRun again = CliRun.of("compare", files.get(0), files.get(1), "--format", "json");

        // one thread: read and validate the old, then the new; analyse the old, then the new; compare
        RegionMap before = MapReader.read(a).map().orElseThrow();
        RegionMap after = MapReader.read(b).map().orElseThrow();
        AnalysedMap oldSide = AnalysedMap.of(before);
        AnalysedMap newSide = AnalysedMap.of(after);
        byte[] sequential = json(MapComparer.compare(oldSide, newSide), files);

        assertThat(parallel.code()).isZero();
        assertThat(parallel.err()).isEmpty();
        assertThat(sequential.length).isGreaterThan(10_000);
        assertThat(Arrays.mismatch(parallel.bytes(), sequential))
                .as("first byte where the two threads' output differs from one thread's")
                .isEqualTo(-1);
        assertThat(Arrays.mismatch(again.bytes(), parallel.bytes())).isEqualTo(-1);
        assertThat(Arrays.mismatch(json(MapComparer.compare(before, after), files), sequential))
                .as("the comparison of two maps, as the window makes it")
                .isEqualTo(-1);
    }

    private static byte[] json(MapComparison comparison, List<String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new Messages(Locale.ENGLISH));
        // one generator writing it all, the chains in turn (the command writes each chain's object on its own, at
        // once, and puts them in their places)
        CompareJson.write(comparison, comparison.chains(), files, console, false);
        return out.toByteArray();
    }
}
