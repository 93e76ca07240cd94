package org.chainmap.bench;

import java.util.concurrent.TimeUnit;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.LayoutReach;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.render.ChainPainter;
import org.chainmap.ui.MapGaps;
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
 * What one edit costs before the window shows it, on generated regions: the command planned and applied
 * ({@code perform}), the gap analysis of the new map ({@code analyse}), the chain shown laid out again
 * ({@code layoutChain}) and the panorama ({@code layoutPanorama}); {@code edit} is all of them but the
 * panorama, as the map tab did it on the JavaFX thread. Since decision 0033 the JavaFX thread does only
 * {@code showAtOnce}, and the background {@code editIncremental} (the analysis of the chains the edit reaches,
 * {@code analyseIncremental}, and the layout). The edit moves a firm of the largest chain between two of its
 * segments, back and forth.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class EditBenchmarks {

    /** A generated region, its largest chain, and a firm to move in it. */
    @State(Scope.Benchmark)
    public static class Region {
        @Param({"10000", "100000"})
        int enterprises;

        History history;
        Chain chain;
        String firm;
        String[] segments;
        int moves;
        /** The analysis kept up to date edit by edit, for the incremental benchmarks. */
        MapGaps gaps;
        /** The records the last move touched. */
        java.util.List<Object> touched = java.util.List.of();
        /** The chain's geometry before the last move, on which the window draws the moved map at once. */
        ChainGeometry drawn;

        /** Generates the region and picks the firm. */
        @Setup(Level.Trial)
        public void generate() {
            RegionMap map = RegionGenerator.generate(enterprises, 1);
            chain = map.chains().stream()
                    .max(java.util.Comparator.comparingInt(c -> map.enterprisesOfChain(c.id()).size()))
                    .orElseThrow();
            Segment first = chain.segments().get(0);
            Segment second = chain.segments().get(1);
            Enterprise moved = map.enterprisesIn(first.id()).get(0);
            firm = moved.id();
            segments = new String[] {first.id(), second.id()};
            history = new History(map);
            gaps = MapGaps.of(map);
            drawn = ChainLayouter.layout(map, chain);
        }

        RegionMap move() throws EditRefusedException {
            touched = history.perform(new MoveEnterprise(firm, null, segments[++moves % 2]))
                    .orElseThrow()
                    .change()
                    .touched();
            return history.map();
        }
    }

    /** The command planned and applied. */
    @Benchmark
    public RegionMap perform(Region region) throws EditRefusedException {
        return region.move();
    }

    /** The gap analysis of the map as it is (what each edit runs once). */
    @Benchmark
    public MapGaps analyse(Region region) {
        return MapGaps.of(region.history.map());
    }

    /** The largest chain laid out again. */
    @Benchmark
    public ChainGeometry layoutChain(Region region) {
        RegionMap map = region.history.map();
        return ChainLayouter.layout(map, map.chain(region.chain.id()).orElseThrow());
    }

    /** The panorama laid out again. */
    @Benchmark
    public PanoramaGeometry layoutPanorama(Region region) {
        return PanoramaLayouter.layout(region.history.map());
    }

    /**
     * The gap analysis brought up to date after a move: only the chains the move reaches analysed again (decision
     * 0033); the move itself is timed with it.
     */
    @Benchmark
    public MapGaps analyseIncremental(Region region) throws EditRefusedException {
        RegionMap map = region.move();
        region.gaps = region.gaps.after(map, region.touched);
        return region.gaps;
    }

    /**
     * What the JavaFX thread does before a move shows (decision 0033): the command, and a painter of the moved map
     * on the layout and analysis from before it (the frame that paints it is {@link FrameBenchmarks}' work).
     */
    @Benchmark
    public ChainPainter showAtOnce(Region region) throws EditRefusedException {
        RegionMap map = region.move();
        Chain chain = map.chain(region.chain.id()).orElseThrow();
        return new ChainPainter(map, chain, region.drawn, region.gaps.report(chain.id()).orElseThrow());
    }

    /**
     * One edit as the map tab shows it since decision 0033, in the background: perform, bring the analysis up to
     * date for the chains the move reaches, lay the chain out again (a move reaches its drawing).
     */
    @Benchmark
    public ChainGeometry editIncremental(Region region) throws EditRefusedException {
        RegionMap before = region.history.map();
        RegionMap map = region.move();
        region.gaps = region.gaps.after(map, region.touched);
        Chain chain = map.chain(region.chain.id()).orElseThrow();
        return LayoutReach.unchanged(before, map, chain.id(), region.touched)
                ? region.drawn
                : ChainLayouter.layout(map, chain);
    }

    /** One edit as the map tab showed it before decision 0033: perform, analyse, lay the chain out. */
    @Benchmark
    public ChainGeometry edit(Region region) throws EditRefusedException {
        RegionMap map = region.move();
        MapGaps.of(map);
        return ChainLayouter.layout(map, map.chain(region.chain.id()).orElseThrow());
    }
}
