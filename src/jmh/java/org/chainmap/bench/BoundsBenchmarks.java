package org.chainmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.Compound;
import org.chainmap.edit.Description;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.Merge;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The small inputs of issue 13 that once exploded: the layout of a ring of segments each feeding the next ten
 * ({@code ring}: 7.5 minutes at 5,000 before), and an import's merge of many new firms into a region
 * ({@code rows}: quadratic before, 197 s for 40,000 rows from the command line).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class BoundsBenchmarks {

    /** Segments in the ring. */
    @Param({"1000", "5000"})
    public int ring;

    /** Firms merged. */
    @Param({"10000", "200000"})
    public int rows;

    private RegionMap ringMap;
    private RegionMap region;
    private RegionMap incoming;

    /** Builds the ring and the firms to merge. */
    @Setup
    public void setUp() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < ring; i++) {
            String[] feeds = new String[10];
            for (int k = 1; k <= 10; k++) {
                feeds[k - 1] = "r" + (i + k) % ring;
            }
            segments.add(Segment.of("r" + i, "环节" + i, Stage.values()[i * 3 / ring], feeds));
        }
        Chain chain = Chain.of("ring", "环", segments.toArray(Segment[]::new));
        ringMap = new RegionMap(
                Region.of("市", "000000"), null, List.of(chain), List.of(), List.of(), List.of(), Extras.NONE);
        region = RegionGenerator.generate(1000, 1);
        String segment = region.chains().get(0).segments().get(0).id();
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            firms.add(Enterprise.of("row-" + i, "企业" + i, true, List.of(segment)));
        }
        incoming = region.withChains(List.of()).withEnterprises(firms).withLinks(List.of());
    }

    /** Lays out the ring. */
    @Benchmark
    public ChainGeometry ringLayout() {
        return ChainLayouter.layout(ringMap, ringMap.chains().get(0));
    }

    /** Plans and applies the merge of the firms. */
    @Benchmark
    public RegionMap mergeRows() throws EditRefusedException {
        Compound merge = Merge.of(region, incoming, Description.of("import.apply", rows, "bench.csv"));
        return merge.plan(region).applyTo(region);
    }
}
