package org.chainmap.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;

/**
 * What follows an edit in the window (decision 0033). The edit itself is applied at once, on the JavaFX thread:
 * the map, the chains, the selection and the drawing on the layout it had. The gap analysis is then brought up
 * to date for the chains the edit reaches only ({@link MapGaps#after}), and the chain shown is laid out again
 * only when the edit reaches its drawing ({@code map.ChainLayouts}): at once on a small map, where that takes a few
 * milliseconds, and in the background on a large one ({@link BackgroundWork#LARGE_MAP} firms or more), the
 * newest edit's work overtaking an older one's, the results handed over on the JavaFX thread as they come.
 */
public final class AfterEdits {

    /** The key of the chain's layouts among the background work. */
    public static final String LAYOUT = "layout";

    private static final String ANALYSIS = "analysis";

    private final BackgroundWork work = new BackgroundWork();
    /** The painters of the chain shown after an edit, on a thread of their own (decision 0051). */
    private final BackgroundWork painting = new BackgroundWork("chainmap-painter");
    /** The analysis thread's pieces wait for the frame that shows an edit (decisions 0058, 0068). */
    private final FrameFirst frameFirst = new FrameFirst();

    private final EditTrail trail = new EditTrail();
    private final LinkIndexing links = new LinkIndexing();
    private int largeFrom = BackgroundWork.LARGE_MAP;

    /** The work after edits, with the analysis thread's pieces waiting for an edit's frame. */
    public AfterEdits() {
        work.startEachAfter(frameFirst::await);
    }

    /** Starts over at {@code map}, just opened: work still under way for another map is forgotten. */
    void opened(RegionMap map) {
        frameFirst.forgotten();
        work.cancel(ANALYSIS);
        work.cancel(LAYOUT);
        trail.start(map);
        links.opened(map, isLarge(map));
    }

    /** The index of the links of a large map just opened, made in the background (decision 0067). */
    public java.util.concurrent.CompletableFuture<org.chainmap.model.LinkIndex> linksIndexed() {
        return links.indexed();
    }

    /**
     * Brings the analysis {@code shown} up to {@code map}, made by an edit that replaced, added or removed {@code
     * touched}.
     *
     * @return the new analysis when it was made at once (a small map); otherwise empty, and {@code later} receives
     *     it on the JavaFX thread, unless another edit or map came first
     */
    Optional<MapGaps> edited(RegionMap map, List<Object> touched, MapGaps shown, Consumer<MapGaps> later) {
        trail.add(map, touched);
        Optional<List<Object>> since = trail.touched(shown.map(), map);
        Supplier<MapGaps> analysis =
                () -> since.map(records -> shown.after(map, records)).orElseGet(() -> MapGaps.of(map, shown.state()));
        if (!isLarge(map)) {
            work.cancel(ANALYSIS);
            return Optional.of(analysis.get());
        }
        frameFirst.expect(); // before the analysis is queued: it starts after the edit's frame
        work.run(ANALYSIS, analysis, later);
        return Optional.empty();
    }

    /** The edit's event has ended: if it asked for no painter, its analysis and layout need not wait for one. */
    void editShown() {
        frameFirst.shown();
    }

    /** The analysis thread's pieces after an edit wait for the frame that shows it (decisions 0058, 0068). */
    public FrameFirst frameFirst() {
        return frameFirst;
    }

    /** The analysis of {@code map}: {@code shown} when it is that map's; made anew, at once, otherwise. */
    static MapGaps analysisOf(RegionMap map, MapGaps shown, MapState state) {
        if (map == null) {
            return MapGaps.none();
        }
        return shown.map() == map && shown.state() == state ? shown : MapGaps.of(map, state);
    }

    /** Whether the work after an edit of {@code map} runs in the background. */
    public boolean isLarge(RegionMap map) {
        return map.enterprises().size() >= largeFrom;
    }

    /** Runs the work after edits in the background from maps of {@code firms} enterprises (tests: 0, every map). */
    public void backgroundFrom(int firms) {
        largeFrom = firms;
    }

    /** The edits since the map was opened. */
    public EditTrail trail() {
        return trail;
    }

    /** The background thread the work runs on. */
    public BackgroundWork work() {
        return work;
    }

    /**
     * The thread the map's provisional geometry and painter after an edit are made on (decision 0051): its own, so
     * that they are not queued behind the edit's analysis.
     */
    public BackgroundWork painting() {
        return painting;
    }

    /** Whether an analysis or a layout is under way; the status bar says so. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** Completes on the JavaFX thread once the analysis, layouts and painters of every edit so far are shown. */
    public CompletableFuture<Void> whenSettled() {
        return work.whenSettled()
                .thenCompose(done -> painting.whenSettled())
                .thenCompose(done ->
                        work.busyProperty().get() || painting.busyProperty().get()
                                ? whenSettled()
                                : CompletableFuture.completedFuture(null));
    }
}
