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
 * view. Not a JMH benchmark, because the window must be driven on the JavaFX thread.
 *
 * <p>{@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.chainmap.ui.EditLatency MAP.json columns,map,panorama,lists}
 */
public final class EditLatency {

    private EditLatency() {}

    /** Runs the measurement: the map file, then the views separated by commas. */
    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        for (String view : args[1].split(",")) {
            double median = HeadlessFx.call(() -> medianEdit(Path.of(args[0]), view));
            System.out.printf("%s: median %.1f ms per edit (perform and every listener, on the JavaFX thread)%n",
                    view, median);
        }
        System.exit(0);
    }

    private static double medianEdit(Path file, String view) {
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
        for (int i = 0; i < 140; i++) {
            long start = System.nanoTime();
            model.perform(new MoveEnterprise(firm, null, i % 2 == 0 ? second : first));
            times.add(System.nanoTime() - start);
        }
        stage.close();
        List<Long> measured = new ArrayList<>(times.subList(40, 140));
        measured.sort(null);
        return measured.get(measured.size() / 2) / 1e6;
    }
}
