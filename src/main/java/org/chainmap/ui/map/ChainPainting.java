package org.chainmap.ui.map;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.chainmap.analysis.ChainReport;
import org.chainmap.compare.ComparedMap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ProvisionalPlacement;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;
import org.chainmap.render.PlacedPainter;
import org.chainmap.ui.AfterEdits;
import org.chainmap.ui.BackgroundWork;

/**
 * The geometry and painter of the chain the map shows, made after each change of the model from the ones shown
 * before it (decision 0051). On a small map at once. On a large one ({@link AfterEdits#isLarge}) off the JavaFX
 * thread, on a thread of its own ({@link AfterEdits#painting}), so that neither the analysis queued before it nor
 * the tens of milliseconds of a provisional geometry and its painter hold the window: the JavaFX thread keeps
 * showing what it showed and only takes the finished pair in. The newest change wins: a pair overtaken by a newer
 * change is dropped ({@link BackgroundWork}), so an older state never follows a newer one on screen.
 */
final class ChainPainting {

    /** The key of the painters among the painting thread's work. */
    static final String PAINTER = "painter";

    /** The key of a compared map's provisional geometry among the painting thread's work. */
    static final String PLACING = "comparedPlacing";

    /** Nothing to draw: no layout yet, or no analysis. */
    static final Painted NONE = new Painted(null, null);

    /** Made later: the pair comes to the consumer given, on the JavaFX thread. */
    static final Painted LATER = new Painted(null, null);

    private final AfterEdits after;
    private final ChainLayouts layouts;
    /** Runs a runnable after the frame that shows the drawing the canvas has now ({@link MapSurface#afterFrame}). */
    private final Consumer<Runnable> afterFrame;
    /** The compared map's provisional geometry under way on the painting thread, or {@code null}. */
    private ChainLayouts.Placing placingNow;

    ChainPainting(AfterEdits after, ChainLayouts layouts, Consumer<Runnable> afterFrame) {
        this.after = after;
        this.layouts = layouts;
        this.afterFrame = afterFrame;
    }

    /** A geometry and the painter on it. */
    record Painted(ChainGeometry geometry, ChainPainter painter) {}

    /**
     * The geometry and painter of {@code chain} of {@code map} with the gaps of {@code report} (may be {@code null}),
     * made from {@code shown}, the pair shown (its parts may be null): {@link #NONE}, a pair made now, or {@link
     * #LATER}, and {@code later} receives the pair on the JavaFX thread unless a newer change came first. {@code
     * laidOut} runs on the JavaFX thread when a layout made in the background comes.
     */
    Painted paint(
            RegionMap map, Chain chain, ChainReport report, Painted shown, Runnable laidOut, Consumer<Painted> later) {
        cancelPlacing(); // out of compare mode
        Optional<ChainGeometry> known = layouts.layout(
                map, chain, laidOut, made -> report == null ? null : new ChainPainter(map, chain, made, report));
        ChainLayouts.Placing placing =
                known.isPresent() ? null : layouts.placing(map, chain).orElse(null);
        ChainGeometry geometry = known.orElseGet(() -> placing != null ? placing.from() : layouts.before(chain.id()));
        if (geometry == null || report == null) {
            cancel();
            return NONE;
        }
        ChainPainter before = shown.painter() != null && shown.geometry() == geometry
                ? shown.painter()
                : layouts.painted(geometry).orElse(shown.painter());
        List<Object> touched =
                layouts.touched(before == null ? null : before.map(), map).orElse(null);
        Optional<ProvisionalPlacement> placedBefore = layouts.placed(geometry);
        Supplier<Made> make = () -> {
            Optional<ProvisionalPlacement> placed = placing == null ? Optional.empty() : placing.place();
            if (placed.isPresent()) {
                return new Made(placed.get(), PlacedPainter.of(before, map, chain, placed.get(), report, touched));
            }
            return new Made(
                    null,
                    placedBefore.isPresent()
                            ? PlacedPainter.of(before, map, chain, placedBefore.get(), report, touched)
                            : ChainPainter.after(before, map, chain, geometry, report, touched));
        };
        if (!after.isLarge(map)) {
            cancel();
            return adopt(placing, geometry, make.get(), laidOut);
        }
        Runnable ready = after.frameFirst().asked(); // the edit's analysis and layout wait for its frame
        Supplier<Made> makeFirst = () -> {
            try {
                return make.get();
            } catch (RuntimeException | Error failed) {
                ready.run();
                throw failed;
            }
        };
        after.painting().run(PAINTER, makeFirst, made -> {
            Painted painted = adopt(placing, geometry, made, laidOut);
            if (painted != LATER) {
                later.accept(painted);
                afterFrame.accept(ready); // the analysis starts once the frame that shows the edit has come
            }
        });
        return LATER;
    }

    /**
     * The geometry of {@code chain} of the map {@code compared} shows in compare mode, whose marks are painted by
     * {@link ComparedPainters}: laid out, kept or provisional; empty while its layout is made, and on a large map
     * while its provisional geometry is made on the painting thread ({@code laidOut} runs when it is in), as in the
     * map view: each comparison is a new map, whose index of links alone takes a tenth of a second at 100,000 firms.
     */
    Optional<ChainGeometry> compared(ComparedMap compared, Chain chain, Runnable laidOut) {
        after.painting().cancel(PAINTER);
        RegionMap map = compared.map();
        layouts.compared(compared);
        Optional<ChainGeometry> known = layouts.layout(map, chain, laidOut);
        ChainLayouts.Placing placing =
                known.isPresent() ? null : layouts.placing(map, chain).orElse(null);
        if (placing == null) {
            cancelPlacing();
            return known;
        }
        if (!after.isLarge(map)) {
            cancelPlacing();
            return placing.place().filter(made -> layouts.adopt(placing, made)).map(ProvisionalPlacement::geometry);
        }
        if (placingNow == null
                || placingNow.map() != map
                || !placingNow.chain().id().equals(chain.id())) {
            placingNow = placing;
            after.painting().run(PLACING, placing::place, made -> {
                placingNow = null;
                made.ifPresent(geometry -> layouts.adopt(placing, geometry));
                laidOut.run(); // shown, or asked again from the geometry shown now
            });
        }
        return Optional.empty();
    }

    /** Forgets the painter and the compared map's provisional geometry under way: they will not be taken in. */
    void cancel() {
        after.painting().cancel(PAINTER);
        after.frameFirst().cancelled();
        cancelPlacing();
    }

    private void cancelPlacing() {
        after.painting().cancel(PLACING);
        placingNow = null;
    }

    /** The pair made, with its provisional geometry ({@code null}: drawn on the geometry it was asked for). */
    private record Made(ProvisionalPlacement placed, ChainPainter painter) {}

    /** The pair {@code made} to show; {@link #LATER} when what it was made from is no longer shown. */
    private Painted adopt(ChainLayouts.Placing placing, ChainGeometry geometry, Made made, Runnable laidOut) {
        if (made.placed() == null) {
            return new Painted(geometry, made.painter());
        }
        if (!layouts.adopt(placing, made.placed())) {
            laidOut.run(); // made from a geometry no longer shown: again, from the one shown now
            return LATER;
        }
        return new Painted(made.placed().geometry(), made.painter());
    }
}
