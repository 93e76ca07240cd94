package org.chainmap.bench;

import java.util.concurrent.TimeUnit;
import org.chainmap.cli.RegionEvolution;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.compare.MapComparer;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.MapReader;
import org.chainmap.io.MapWriter;
import org.chainmap.model.RegionMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code compare} of a generated region ({@link RegionGenerator}, seed 1) and its later version
 * ({@link RegionEvolution}, seed 1): the comparison of two loaded maps (both gap analyses included), of the region
 * with an equal copy of it, and the first with the two files read from their bytes, as the command does. Sample mode, for medians.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class CompareBenchmarks {

    /** The number of enterprises of the generated region. */
    @Param({"10000", "100000"})
    public int enterprises;

    private RegionMap before;
    private RegionMap after;
    private byte[] beforeBytes;
    private byte[] afterBytes;
    private RegionMap beforeAgain;

    /** Generates the region, its later version and their files' bytes. */
    @Setup(Level.Trial)
    public void generate() {
        before = RegionGenerator.generate(enterprises, 1);
        after = RegionEvolution.evolve(before, 1);
        beforeBytes = MapWriter.toBytes(before);
        afterBytes = MapWriter.toBytes(after);
        beforeAgain = MapReader.read(beforeBytes).map().orElseThrow();
    }

    /** The comparison of the two loaded maps. */
    @Benchmark
    public MapComparison compare() {
        return MapComparer.compare(before, after);
    }

    /** The comparison of a map with an equal copy of it (read again from its bytes): one analysis for both. */
    @Benchmark
    public MapComparison compareSame() {
        return MapComparer.compare(before, beforeAgain);
    }

    /** Reading both files (at once, as the command does) and comparing them. */
    @Benchmark
    public MapComparison readAndCompare() {
        java.util.concurrent.CompletableFuture<RegionMap> old = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> MapReader.read(beforeBytes).map().orElseThrow());
        RegionMap now = MapReader.read(afterBytes).map().orElseThrow();
        return MapComparer.compare(old.join(), now);
    }
}
