package org.chainmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chainmap.analysis.ChainReport;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.DeleteEnterprise;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.ProvisionalPlacement;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;
import org.chainmap.render.PlacedPainter;
import org.chainmap.ui.MapGaps;

/**
 * What the painter thread does before an edit of a large map shows (decision 0051), in CPU time: a firm of the
 * largest chain moved between two of its segments, back and forth; for each move, the provisional geometry ({@link
 * ProvisionalPlacement#of}) and the painter on it made from the painter before ({@link PlacedPainter#of}), timed
 * apart. {@link org.chainmap.ui.EditLatency} times the whole window to the frame; this times the part of it the
 * frame waits for, alone on one thread, so that a busy machine disturbs it less.
 *
 * <p>Two ways the edits come: {@code laid} (the default) lays the chain out again between moves, as when the user
 * edits after the layout of the edit before has come; {@code chained} makes each move from the provisional geometry
 * and painter of the one before, as edits made faster than the layout. Each layout is {@linkplain
 * ProvisionalPlacement#prepared prepared} for provisional placements, untimed, as the window's background layout is.
 *
 * <p>{@code java -cp target/benchmarks.jar org.chainmap.bench.PainterTimes MAP.json [MOVES [laid|chained [move|delete]]]};
 * prints each move, then the medians in milliseconds of CPU of the moves after the first third (warm-up). With {@code
 * delete} the edits delete the firm with its links and undo that in turn, instead of moving it.
 */
public final class PainterTimes {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PainterTimes() {}

    /** Runs the measurement on the largest chain of the map file. */
    public static void main(String[] args) throws EditRefusedException {
        RegionMap map = MapReader.read(Path.of(args[0])).map().orElseThrow();
        int moves = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean chained = args.length > 2 && args[2].equals("chained");
        boolean delete = args.length > 3 && args[3].equals("delete");
        List<Chain> bySize = new ArrayList<>(map.chains());
        bySize.sort(Comparator.comparingInt(c -> map.enterprisesOfChain(c.id()).size()));
        Chain chain = bySize.get(bySize.size() - 1);
        History history = new History(map);
        MapGaps gaps = MapGaps.of(map);
        String first = chain.segments().get(0).id();
        String second = chain.segments().get(1).id();
        String firm = map.enterprisesIn(first).get(0).id();
        ChainGeometry shown = ProvisionalPlacement.prepared(ChainLayouter.layout(map, chain));
        ChainPainter painter = new ChainPainter(map, chain, shown, report(gaps, chain));
        List<Double> placing = new ArrayList<>();
        List<Double> painting = new ArrayList<>();
        for (int i = 0; i < moves; i++) {
            RegionMap before = history.map();
            List<Object> touched = (!delete
                            ? history.perform(new MoveEnterprise(firm, null, i % 2 == 0 ? second : first))
                            : i % 2 == 0 ? history.perform(new DeleteEnterprise(firm)) : history.undo())
                    .orElseThrow()
                    .change()
                    .touched();
            RegionMap edited = history.map();
            Chain now = edited.chain(chain.id()).orElseThrow();
            ChainReport report = report(gaps, now);
            long start = CPU.getCurrentThreadCpuTime();
            ProvisionalPlacement placed = ProvisionalPlacement.of(shown, before, edited, now, touched)
                    .orElseThrow();
            long placedAt = CPU.getCurrentThreadCpuTime();
            ChainPainter made = PlacedPainter.of(painter, edited, now, placed, report, touched);
            long paintedAt = CPU.getCurrentThreadCpuTime();
            placing.add((placedAt - start) / 1e6);
            painting.add((paintedAt - placedAt) / 1e6);
            System.err.printf("move %d: placed %.1f ms, painter %.1f ms of CPU%n", i, placing.get(i), painting.get(i));
            if (chained) {
                shown = placed.geometry();
                painter = made;
            } else {
                gaps = gaps.after(edited, touched);
                shown = ProvisionalPlacement.prepared(ChainLayouter.layout(edited, now));
                painter = new ChainPainter(edited, now, shown, report(gaps, now));
            }
        }
        System.out.printf(
                "%s (%,d cards, %,d routes), %s: provisional geometry %.1f ms, painter %.1f ms; medians of %d moves"
                        + " after %d, ms of CPU%n",
                chain.id() + (delete ? " (delete, undo)" : ""),
                shown.cards().size(),
                shown.links().size(),
                chained ? "chained" : "laid",
                median(placing),
                median(painting),
                moves - moves / 3,
                moves / 3);
    }

    private static ChainReport report(MapGaps gaps, Chain chain) {
        return gaps.report(chain.id()).orElseThrow();
    }

    /** The median of the values after the first third (warm-up). */
    private static double median(List<Double> values) {
        List<Double> measured = new ArrayList<>(values.subList(values.size() / 3, values.size()));
        measured.sort(null);
        return measured.get(measured.size() / 2);
    }
}
