package org.chainmap.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.bench.BenchFx;
import org.chainmap.render.HeadlessFx;

/**
 * What one edit costs the window in compare mode: the real main window (headless, on Monocle) opens a map, compares
 * it with an older version (File ▸ Compare with…), shows its largest chain in the view asked for, and moves a firm of
 * that chain between two segments, as {@link EditLatency} does. Per view it prints the medians of the edits after the
 * first two sevenths: the command and every listener on the JavaFX thread; the time from the command till the
 * comparison of the edited map is shown (the views' listeners of the new comparison done); and the JavaFX thread's
 * CPU from the command till all the edit's work is done (the comparison and the layouts it asks for), with the
 * longest single stretch of it. Not a JMH benchmark, because the window must be driven on the JavaFX thread.
 *
 * <p>{@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.chainmap.ui.CompareLatency MAP.json OLDER.json columns,map,panorama [EDITS]}
 */
public final class CompareLatency {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CompareLatency() {}

    /** Runs the measurement: the map file, the older version, the views separated by commas, the edits. */
    public static void main(String[] args) throws Exception {
        BenchFx.start();
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 14;
        for (String view : args[2].split(",")) {
            long opening = System.nanoTime();
            Window window = HeadlessFx.call(() -> open(Path.of(args[0]), view));
            HeadlessFx.call(() -> {
                window.model.comparing().shownProperty().addListener((p, was, now) -> {
                    long set = System.nanoTime();
                    // after the other listeners of the new comparison (the views') have run
                    Platform.runLater(() -> window.marked[0] = set);
                });
                window.compare().compareWith(args[1]);
                return null;
            });
            while (!HeadlessFx.call(() -> window.model.comparing().active())) {
                Thread.sleep(50);
            }
            HeadlessFx.call(() -> window.model.afterEdits().whenSettled()).get(10, TimeUnit.MINUTES);
            System.out.printf("%s: compare mode entered in %.1f s%n", view, (System.nanoTime() - opening) / 1e9);
            long fxThread = HeadlessFx.call(() -> Thread.currentThread().getId());
            List<Long> performed = new ArrayList<>();
            List<Long> marked = new ArrayList<>();
            List<Long> fxCpu = new ArrayList<>();
            List<String> pulses = new ArrayList<>();
            PulseProbe probe = HeadlessFx.call(() -> new PulseProbe(window.stage.getScene()));
            for (int i = 0; i < edits; i++) {
                int move = i;
                window.marked[0] = 0;
                HeadlessFx.call(() -> {
                    probe.reset();
                    return null;
                });
                long[] times = HeadlessFx.call(() -> {
                    long start = System.nanoTime();
                    long startCpu = CPU.getCurrentThreadCpuTime();
                    window.model.perform(new MoveEnterprise(
                            window.firm, null, move % 2 == 0 ? window.second : window.first));
                    return new long[] {start, System.nanoTime(), startCpu};
                });
                HeadlessFx.call(() -> window.model.afterEdits().whenSettled()).get(10, TimeUnit.MINUTES);
                HeadlessFx.call(() -> null); // the runLater queued by the listener
                long cpuEnd = CPU.getThreadCpuTime(fxThread);
                performed.add(times[1] - times[0]);
                marked.add(window.marked[0] == 0 ? -1 : window.marked[0] - times[0]);
                fxCpu.add(cpuEnd - times[2]);
                pulses.add(HeadlessFx.call(() -> probe.pulses + "/" + probe.laidOut + "/" + probe.dirty));
            }
            HeadlessFx.call(() -> {
                probe.reset();
                return null;
            });
            Thread.sleep(2000);
            System.out.printf(
                    "%s: at rest for 2 s after the edits: %s; %s%n",
                    view,
                    HeadlessFx.call(probe::counts),
                    HeadlessFx.call(PulseProbe::animations));
            System.out.printf(
                    "%s: per edit pulses/with a layout/with changed nodes %s%n  %s%n",
                    view,
                    pulses,
                    HeadlessFx.call(probe::causes));
            HeadlessFx.call(() -> {
                window.stage.close();
                return null;
            });
            System.out.printf(
                    "%s: median %.1f ms per edit on the JavaFX thread (command and listeners), %.1f ms till the"
                            + " edited map's comparison is shown, %.1f ms of the JavaFX thread's CPU till all is"
                            + " done; %d edits after %d%n",
                    view,
                    median(performed, edits),
                    median(marked, edits),
                    median(fxCpu, edits),
                    edits - edits * 2 / 7,
                    edits * 2 / 7);
            System.out.printf("%s: per edit (ms) marked %s cpu %s%n", view, list(marked), list(fxCpu));
        }
        System.exit(0);
    }

    private record Window(
            javafx.stage.Stage stage,
            MainViewModel model,
            MainWindow main,
            String firm,
            String first,
            String second,
            long[] marked) {
        org.chainmap.ui.compare.CompareMode compare() {
            return main.compare();
        }
    }

    private static Window open(Path file, String view) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        MainViewModel model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(stage, model);
        window.show();
        model.open(file);
        RegionMap map = model.map().orElseThrow();
        Chain chain = map.chains().stream()
                .max(Comparator.comparingInt(c -> map.enterprisesOfChain(c.id()).size()))
                .orElseThrow();
        model.selectChain(chain);
        window.showView(view);
        String first = chain.segments().get(0).id();
        String second = chain.segments().get(1).id();
        return new Window(
                stage, model, window, map.enterprisesIn(first).get(0).id(), first, second, new long[1]);
    }

    private static String list(List<Long> times) {
        return times.stream().map(t -> String.format("%.0f", t / 1e6)).toList().toString();
    }

    private static double median(List<Long> times, int edits) {
        List<Long> measured = new ArrayList<>(times.subList(edits * 2 / 7, edits));
        measured.sort(null);
        return measured.get(measured.size() / 2) / 1e6;
    }
}
