package org.chainmap.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmap.edit.DeleteEnterprise;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.bench.BenchFx;
import org.chainmap.render.HeadlessFx;

/**
 * What one edit costs the window, with every view listening: the real main window (headless, on Monocle) opens a
 * map, shows its largest chain in the view asked for, and moves a firm of that chain between two segments; per
 * view it prints the median of the edits after the first two sevenths (warm-up), in two figures: the command and
 * every listener on the JavaFX thread, and the time from the command to the frame that shows the edit: the first
 * pulse after the canvas was painted with the edited map's drawing, seen by a post-layout pulse listener (on a large
 * map the painter comes from a thread of its own, decision 0051), also as CPU time of the JavaFX thread, which a
 * busy machine disturbs less. Between edits it waits till the background work of the edit before is done, so each
 * edit is timed as a user's single edit is. Not a JMH benchmark, because the window must be driven on the JavaFX
 * thread.
 *
 * <p>{@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.chainmap.ui.EditLatency MAP.json columns,map,panorama,lists [EDITS] [largest|median] [move|delete]}: the chain
 * edited is the largest (the default) or the one of median size; the edit moves the firm (the default), or deletes it
 * with its links and undoes that in turn.
 */
public final class EditLatency {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private EditLatency() {}

    /** Runs the measurement: the map file, then the views separated by commas. */
    public static void main(String[] args) throws Exception {
        BenchFx.start();
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 140;
        boolean delete = args.length > 4 && args[4].equals("delete");
        for (String view : args[1].split(",")) {
            boolean median = args.length > 3 && args[3].equals("median");
            Window window = HeadlessFx.call(() -> open(Path.of(args[0]), view, median));
            List<Long> performed = new ArrayList<>();
            List<Long> painted = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            List<Long> settledCpu = new ArrayList<>();
            List<String> pulses = new ArrayList<>();
            long fxThread = HeadlessFx.call(() -> Thread.currentThread().getId());
            PulseProbe probe = HeadlessFx.call(() -> new PulseProbe(window.stage.getScene()));
            for (int i = 0; i < edits; i++) {
                int move = i;
                HeadlessFx.call(() -> {
                    probe.reset();
                    return null;
                });
                long[] times = HeadlessFx.call(() -> {
                    long start = System.nanoTime();
                    long startCpu = CPU.getCurrentThreadCpuTime();
                    if (!delete) {
                        window.model.perform(new MoveEnterprise(
                                window.firm, null, move % 2 == 0 ? window.second : window.first));
                    } else if (move % 2 == 0) {
                        window.model.perform(new DeleteEnterprise(window.firm));
                    } else {
                        window.model.undo();
                    }
                    long done = System.nanoTime();
                    window.frame.await(window.model.map().orElseThrow());
                    return new long[] {start, done, startCpu};
                });
                // The frame that shows the edit: the first pulse after the canvas was painted with the edited map's
                // drawing (on a large map its painter comes from a thread of its own, decision 0051), seen by a
                // post-layout pulse listener, which runs in that pulse just before it is rendered.
                long[] shown = window.frame.shown().get(10, TimeUnit.MINUTES);
                performed.add(times[1] - times[0]);
                painted.add(shown[0] - times[0]);
                // Each edit on the JVM's clock (as -Xlog:gc stamps its pauses): the pauses between edit and frame.
                long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                System.err.printf(
                        "edit %d: at %.3f s, frame %.3f s after%n",
                        i,
                        (uptime - (System.nanoTime() - times[0]) / 1e6) / 1e3,
                        (shown[0] - times[0]) / 1e9);
                cpu.add(shown[1] - times[2]);
                HeadlessFx.call(() -> window.model.afterEdits().whenSettled()).get(10, TimeUnit.MINUTES);
                HeadlessFx.call(() -> null);
                settledCpu.add(CPU.getThreadCpuTime(fxThread) - times[2]);
                pulses.add(HeadlessFx.call(() -> probe.pulses + "/" + probe.laidOut + "/" + probe.dirty));
            }
            System.out.printf(
                    "%s: median %.1f ms of the JavaFX thread's CPU till all the edit's work is done; per edit %s%n"
                            + "%s: per edit pulses/with a layout/with changed nodes %s%n  %s%n",
                    view,
                    median(settledCpu, edits),
                    settledCpu.stream().map(t -> String.format("%.0f", t / 1e6)).toList(),
                    view,
                    pulses,
                    HeadlessFx.call(probe::causes));
            HeadlessFx.call(() -> {
                window.stage.close();
                return null;
            });
            System.out.printf(
                    "%s: median %.1f ms per edit on the JavaFX thread (command and listeners), %.1f ms to the frame"
                            + " painted (%.1f ms of the JavaFX thread's CPU); %d edits after %d%n",
                    view,
                    median(performed, edits),
                    median(painted, edits),
                    median(cpu, edits),
                    edits - edits * 2 / 7,
                    edits * 2 / 7);
        }
        System.exit(0);
    }

    /** The window, its map canvas looked up once, and the watch on its pulses. */
    private record Window(
            javafx.stage.Stage stage,
            MainViewModel model,
            org.chainmap.ui.map.ChainCanvas canvas,
            FirstFrame frame,
            String firm,
            String first,
            String second) {}

    /**
     * A post-layout pulse listener that notes the first pulse whose frame shows the map awaited: the canvas (the
     * chain's map, the panorama) draws that map and was last painted with the drawing it has now; for the views made
     * of nodes (no canvas given), which the edit's event brings up to date, the first pulse after it. Runs on the
     * JavaFX thread.
     */
    private static final class FirstFrame implements Runnable {
        private final org.chainmap.ui.map.MapSurface canvas;
        private final java.util.function.Supplier<RegionMap> drawn;
        private RegionMap awaited;
        private volatile java.util.concurrent.CompletableFuture<long[]> shown =
                new java.util.concurrent.CompletableFuture<>();

        /** The frame of {@code canvas}, which draws the map {@code drawn} gives; both {@code null}: a view of nodes. */
        FirstFrame(org.chainmap.ui.map.MapSurface canvas, java.util.function.Supplier<RegionMap> drawn) {
            this.canvas = canvas;
            this.drawn = drawn;
        }

        /** Waits from now for the first frame that shows {@code map}. */
        void await(RegionMap map) {
            awaited = map;
            shown = new java.util.concurrent.CompletableFuture<>();
        }

        /** The time and the JavaFX thread's CPU time of that frame, once it comes. */
        java.util.concurrent.CompletableFuture<long[]> shown() {
            return shown;
        }

        @Override
        public void run() {
            // A view drawn by nodes (no canvas) is shown by the first pulse after the edit.
            if (awaited != null
                    && (canvas == null
                            || drawn.get() == awaited
                                    && canvas.drawing().isPresent()
                                    && canvas.paintedDrawing().equals(canvas.drawing()))) {
                awaited = null;
                shown.complete(new long[] {System.nanoTime(), CPU.getCurrentThreadCpuTime()});
            }
        }
    }

    private static Window open(Path file, String view, boolean median) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        MainViewModel model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(stage, model);
        window.show();
        model.open(file);
        RegionMap map = model.map().orElseThrow();
        List<Chain> bySize = new ArrayList<>(map.chains());
        bySize.sort(Comparator.comparingInt(c -> map.enterprisesOfChain(c.id()).size()));
        Chain chain = bySize.get(median ? bySize.size() / 2 : bySize.size() - 1);
        model.selectChain(chain);
        window.showView(view);
        String first = chain.segments().get(0).id();
        String second = chain.segments().get(1).id();
        org.chainmap.ui.map.ChainCanvas canvas = (org.chainmap.ui.map.ChainCanvas)
                stage.getScene().lookup("#" + org.chainmap.ui.map.ChainCanvas.ID);
        org.chainmap.ui.map.PanoramaCanvas panorama = (org.chainmap.ui.map.PanoramaCanvas)
                stage.getScene().lookup("#" + org.chainmap.ui.map.PanoramaCanvas.ID);
        FirstFrame frame = switch (view) {
            case "map" -> new FirstFrame(canvas, canvas::drawnMap);
            case "panorama" -> new FirstFrame(panorama, panorama::drawnMap);
            default -> new FirstFrame(null, null);
        };
        stage.getScene().addPostLayoutPulseListener(frame);
        return new Window(stage, model, canvas, frame, map.enterprisesIn(first).get(0).id(), first, second);
    }

    private static double median(List<Long> times, int edits) {
        List<Long> measured = new ArrayList<>(times.subList(edits * 2 / 7, edits));
        measured.sort(null);
        return measured.get(measured.size() / 2) / 1e6;
    }
}
