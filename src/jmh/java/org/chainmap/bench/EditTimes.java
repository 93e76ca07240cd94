package org.chainmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;
import org.chainmap.ui.MapGaps;

/**
 * {@link EditBenchmarks}' edit in CPU time, for a machine busy with other work (as {@link SearchTimes} does for
 * Find): a firm of a chain moved between two of its segments, back and forth; for each move, the whole analysis
 * and the analysis brought up to date (decision 0033) are timed one after the other on the same map, so that
 * both see the same load. Also the chain's layout and what the JavaFX thread does before the move shows (the
 * command, and a painter of the moved map on the layout and analysis before it). Medians in milliseconds of CPU.
 *
 * <p>{@code java -cp target/benchmarks.jar org.chainmap.bench.EditTimes [ENTERPRISES [MOVES]]}
 */
public final class EditTimes {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private EditTimes() {}

    /** Runs the measurement on the largest chain and on the chain of median size. */
    public static void main(String[] args) throws EditRefusedException {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int moves = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        RegionMap map = RegionGenerator.generate(enterprises, 1);
        List<Chain> bySize = new ArrayList<>(map.chains());
        bySize.sort(Comparator.comparingInt(c -> map.enterprisesOfChain(c.id()).size()));
        measure(map, bySize.get(bySize.size() - 1), moves);
        measure(map, bySize.get(bySize.size() / 2), moves);
    }

    private static void measure(RegionMap map, Chain chain, int moves) throws EditRefusedException {
        History history = new History(map);
        MapGaps gaps = MapGaps.of(map);
        ChainGeometry drawn = ChainLayouter.layout(map, chain);
        String first = chain.segments().get(0).id();
        String second = chain.segments().get(1).id();
        String firm = map.enterprisesIn(first).get(0).id();
        List<Double> whole = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        List<Double> layout = new ArrayList<>();
        List<Double> atOnce = new ArrayList<>();
        for (int i = 0; i < moves; i++) {
            long start = CPU.getCurrentThreadCpuTime();
            List<Object> touched = history.perform(new MoveEnterprise(firm, null, i % 2 == 0 ? second : first))
                    .orElseThrow()
                    .change()
                    .touched();
            RegionMap edited = history.map();
            Chain shown = edited.chain(chain.id()).orElseThrow();
            new ChainPainter(edited, shown, drawn, gaps.report(shown.id()).orElseThrow());
            atOnce.add(since(start));
            MapGaps before = gaps;
            MapGaps[] next = new MapGaps[1];
            kept.add(time(() -> next[0] = before.after(edited, touched)));
            gaps = next[0];
            whole.add(time(() -> MapGaps.of(edited)));
            layout.add(time(() -> ChainLayouter.layout(edited, shown)));
        }
        System.out.printf(
                "%s (%,d firms): shown at once %.1f ms, analysis up to date %.1f ms (whole %.1f ms),"
                        + " layout %.1f ms; medians of %d moves after %d, ms of CPU%n",
                chain.id(),
                map.enterprisesOfChain(chain.id()).size(),
                median(atOnce),
                median(kept),
                median(whole),
                median(layout),
                moves - moves / 3,
                moves / 3);
    }

    private static double time(Supplier<?> work) {
        long start = CPU.getCurrentThreadCpuTime();
        work.get();
        return since(start);
    }

    private static double since(long start) {
        return (CPU.getCurrentThreadCpuTime() - start) / 1e6;
    }

    /** The median of the values after the first third (warm-up). */
    private static double median(List<Double> values) {
        List<Double> measured = new ArrayList<>(values.subList(values.size() / 3, values.size()));
        measured.sort(null);
        return measured.get(measured.size() / 2);
    }
}
