package org.chainmap.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.HeadlessFx;

/**
 * What one edit costs the window, on the JavaFX thread, with every view listening: the real main window
 * (headless, on Monocle) opens a map, shows its largest chain in the view asked for, and moves a firm of
 * that chain between two segments 140 times; the median of the last 100 (after 40 to warm up) is printed per
 * view. Not a JMH benchmark, because the window must be driven on the JavaFX thread. A third argument sets how
 * many edits (the first two sevenths warm up): on a large map the analysis and layout of each edit go to the
 * background (decision 0033), and what is timed is what the JavaFX thread does before the edit shows.
 *
 * <p>{@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.chainmap.ui.EditLatency MAP.json columns,map,panorama,lists [EDITS]}
 */
public final class EditLatency {

    private EditLatency() {}

    /** Runs the measurement: the map file, then the views separated by commas. */
    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 140;
        for (String view : args[1].split(",")) {
            double median = HeadlessFx.call(() -> medianEdit(Path.of(args[0]), view, edits));
            System.out.printf("%s: median %.1f ms per edit (perform and every listener, on the JavaFX thread)%n",
                    view, median);
        }
        System.exit(0);
    }

    private static double medianEdit(Path file, String view, int edits) {
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
        String firm = map.enterprisesIn(first).get(0).id();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            long start = System.nanoTime();
            model.perform(new MoveEnterprise(firm, null, i % 2 == 0 ? second : first));
            times.add(System.nanoTime() - start);
        }
        stage.close();
        List<Long> measured = new ArrayList<>(times.subList(edits * 2 / 7, edits));
        measured.sort(null);
        return measured.get(measured.size() / 2) / 1e6;
    }
}
