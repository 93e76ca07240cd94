package org.chainmap.ui.map;

import java.util.Objects;
import java.util.Optional;
import org.chainmap.analysis.MapGraph;
import org.chainmap.analysis.Paths;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;

/**
 * The paths through the selection that a chain's map keeps in full colour, the rest dimmed, and what a painter was
 * last given of them: so that the canvas repaints only when the focus a painter shows changes. After an edit of a
 * large map whose drawing comes later from the painter thread the drawing shown stays the same, and painting it again
 * took the JavaFX thread, and a core, from the painter the edit's frame waits for (issue 17 item 9).
 */
final class SelectionFocus {

    private final MainViewModel model;
    /** The graph of the map the paths were found in, kept while the map stays. */
    private MapGraph graph;
    /** The paths the map focuses on, kept while a large map's new graph is made. */
    private Paths paths;
    /** The painter last given a focus, and what it was given ({@code null}: none). */
    private ChainPainter given;

    private Paths givenPaths;

    SelectionFocus(MainViewModel model) {
        this.model = model;
    }

    /**
     * Gives {@code painter} the focus on the paths through the selection, or none when nothing is selected or focus
     * is off. On a large map whose graph is not made yet, the paths before the edit stay till it is made in the
     * background, then {@code graphCame} runs on the JavaFX thread.
     *
     * @return whether what {@code painter} shows changed
     */
    boolean give(ChainPainter painter, Runnable graphCame) {
        Optional<Selection> selected = model.selection();
        RegionMap map = model.map().orElse(null);
        if (selected.isEmpty() || map == null || !model.focusSelectionProperty().get()) {
            paths = null;
        } else if (graph != null && graph.map() == map || !model.afterEdits().isLarge(map)) {
            if (graph == null || graph.map() != map) {
                graph = MapGraph.of(map);
            }
            paths = selected.get() instanceof Selection.OfEnterprise firm
                    ? Paths.ofFirm(graph, firm.enterprise().id())
                    : Paths.ofSegment(graph, selected.get().segment().id());
        } else {
            model.afterEdits().work().run("focus", () -> MapGraph.of(map), made -> {
                graph = made;
                graphCame.run();
            });
        }
        if (paths == null) {
            painter.clearFocus();
        } else {
            painter.focus(paths.segments(), paths.firms());
        }
        boolean changed = painter != given || !Objects.equals(paths, givenPaths);
        given = painter;
        givenPaths = paths;
        return changed;
    }
}
