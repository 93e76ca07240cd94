package org.chainmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The layout of the issue "see the chains": one chain of about 10,000 firm cards, and a whole region of
 * 100,000 enterprises (every chain and the panorama). Each operation is timed one by one (sample mode), for
 * medians.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class LayoutBenchmarks {

    /** The largest chain of the region whose largest chain holds about 10,000 firm cards. */
    @State(Scope.Benchmark)
    public static class TenThousandFirms {
        RegionMap map;
        Chain chain;

        /** Finds the region and its chain. */
        @Setup(Level.Trial)
        public void generate() {
            LargeChain large = LargeChain.of(10_000);
            map = large.map();
            chain = large.chain();
            System.out.println(large.describe());
        }
    }

    /** A generated region of 100,000 enterprises, seed 1. */
    @State(Scope.Benchmark)
    public static class Region {
        RegionMap map;

        /** Generates the region. */
        @Setup(Level.Trial)
        public void generate() {
            map = RegionGenerator.generate(100_000, 1);
        }
    }

    /** {@code ChainLayouter.layout} of the chain of about 10,000 firm cards. */
    @Benchmark
    public ChainGeometry chainOf10000Firms(TenThousandFirms chain) {
        return ChainLayouter.layout(chain.map, chain.chain);
    }

    /** Every chain of a 100,000-enterprise region ({@code ChainLayouter.layout}) and its panorama. */
    @Benchmark
    public List<Object> regionOf100000Firms(Region region) {
        List<Object> drawn = new ArrayList<>();
        for (Chain chain : region.map.chains()) {
            drawn.add(ChainLayouter.layout(region.map, chain));
        }
        drawn.add(PanoramaLayouter.layout(region.map));
        return drawn;
    }
}
