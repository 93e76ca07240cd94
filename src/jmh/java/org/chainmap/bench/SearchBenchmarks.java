package org.chainmap.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.RegionMap;
import org.chainmap.search.Hit;
import org.chainmap.search.SearchIndex;
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
 * Find (Ctrl+F) at scale: building the {@link SearchIndex} of a generated region (seed 1), once warm and once
 * in a fresh JVM (the pinyin dictionary's first load included, as when the application opens its first map),
 * and answering one query, as each keystroke does. Generated firms are named like 恒达电气有限公司, so the
 * queries are a first letter ({@code h}, which nearly every name matches), initials ({@code hd}, {@code hdqc}),
 * full pinyin ({@code hengda}, {@code hengdadianqi}), Chinese ({@code 电气}), the start of a credit code and
 * letters no name has ({@code xyz}). Sample mode, for medians.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SearchBenchmarks {

    /** A generated region, not yet indexed: no pinyin looked up in this JVM. */
    @State(Scope.Benchmark)
    public static class Region {
        /** The number of enterprises. */
        @Param({"10000", "100000"})
        public int enterprises;

        RegionMap map;

        /** Generates the region. */
        @Setup(Level.Trial)
        public void generate() {
            map = RegionGenerator.generate(enterprises, 1);
        }
    }

    /** The index of a generated region. */
    @State(Scope.Benchmark)
    public static class Indexed {
        /** The number of enterprises. */
        @Param({"10000", "100000"})
        public int enterprises;

        SearchIndex index;

        /** Generates the region and indexes it. */
        @Setup(Level.Trial)
        public void generate() {
            index = SearchIndex.of(RegionGenerator.generate(enterprises, 1));
        }
    }

    /** What is typed. */
    @State(Scope.Benchmark)
    public static class Typed {
        /** The query. */
        @Param({"h", "hd", "hengda", "hdqc", "hengdadianqi", "电气", "91999999", "xyz"})
        public String query;
    }

    /** {@code SearchIndex.of}, warm. */
    @Benchmark
    public SearchIndex build(Region region) {
        return SearchIndex.of(region.map);
    }

    /** {@code SearchIndex.of} once in a fresh JVM: the first index of a session, dictionary load included. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Xmx4g")
    public SearchIndex buildFirst(Region region) {
        return SearchIndex.of(region.map);
    }

    /** {@code SearchIndex.find}: the best 50 hits of one query. */
    @Benchmark
    public List<Hit> find(Indexed region, Typed typed) {
        return region.index.find(typed.query);
    }
}
