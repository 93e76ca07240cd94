package org.chainmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapReader;
import org.chainmap.io.MapWriter;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Problem;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The document's hot paths on a generated region ({@link RegionGenerator}, seed 1) of each size: every
 * operation is timed one by one (sample mode), so that the report gives medians as well as means.
 *
 * <p>Modest on purpose, so that the whole suite runs in about five minutes on two cores: one fork, two
 * warm-up and five measured iterations of two seconds each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MapBenchmarks {

    /** The number of enterprises of the generated region. */
    @Param({"1000", "10000", "100000"})
    public int enterprises;

    private RegionMap map;
    private Chain largest;
    private byte[] bytes;
    private Path dir;
    private Path file;

    /** Generates the region and its file's bytes, and makes a directory to save into. */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        map = RegionGenerator.generate(enterprises, 1);
        Map<String, String> chainOf = new HashMap<>();
        map.chains().forEach(chain -> chain.segments().forEach(segment -> chainOf.put(segment.id(), chain.id())));
        Map<String, Integer> firms = new HashMap<>();
        map.enterprises()
                .forEach(firm -> firms.merge(chainOf.getOrDefault(firm.mainSegment(), ""), 1, Integer::sum));
        largest = map.chains().stream()
                .max(Comparator.comparingInt(chain -> firms.getOrDefault(chain.id(), 0)))
                .orElseThrow();
        bytes = MapWriter.toBytes(map);
        dir = Files.createTempDirectory("chainmap-jmh");
        file = dir.resolve("region.json");
    }

    /** Removes what the saves left. */
    @TearDown(Level.Trial)
    public void clean() throws IOException {
        Files.deleteIfExists(MapFile.backupOf(file));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** {@code MapReader.read} of the file's bytes: parse, build the document, validate it. */
    @Benchmark
    public LoadResult load() {
        return MapReader.read(bytes);
    }

    /** {@code MapValidator.validate} of the loaded document. */
    @Benchmark
    public List<Problem> validate() {
        return MapValidator.validate(map);
    }

    /** {@code MapWriter.toBytes}: the document as the bytes of its file. */
    @Benchmark
    public byte[] write() {
        return MapWriter.toBytes(map);
    }

    /** {@code MapFile.save}: validate, write, read back and compare, write aside, fsync, keep {@code .bak}, rename. */
    @Benchmark
    public Path save() throws IOException, InvalidMapException {
        MapFile.save(map, file);
        return file;
    }

    /** {@code GapAnalysis.of}: the graph view of the document and every chain's gaps, rates and targets. */
    @Benchmark
    public List<ChainReport> analysis() {
        return GapAnalysis.of(map);
    }

    /**
     * {@code ChainLayouter.layout} of the chain with the most firms (a tenth to a third of the region): all
     * phases, link routing included.
     */
    @Benchmark
    public ChainGeometry layoutLargestChain() {
        return ChainLayouter.layout(map, largest);
    }

    /** {@code RegionGenerator.generate}: making the region itself (the {@code generate} command without output). */
    @Benchmark
    public RegionMap generateRegion() {
        return RegionGenerator.generate(enterprises, 1);
    }
}
