package org.chainmap.ui.map;

import java.util.Optional;
import org.chainmap.analysis.ChainReport;
import org.chainmap.compare.ComparedMap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.model.Chain;
import org.chainmap.render.ComparePainter;
import org.chainmap.ui.AfterEdits;
import org.chainmap.ui.Comparing;

/**
 * The painter of the compared chain the map shows: made at once on a small map, in the background on a large one,
 * where it counts and marks tens of thousands of cards. Each comparison after an edit brings new marks on the layout
 * kept ({@link ChainLayouts}); till its painter comes, the window keeps drawing the one before, so the JavaFX thread
 * only swaps one for the other.
 */
final class ComparedPainters {

    /** The key of the background work. */
    static final String WORK = "comparePainter";

    private final AfterEdits after;
    private Made made;
    private Made pending;

    ComparedPainters(AfterEdits after) {
        this.after = after;
    }

    /** What a painter was made of; compared by identity, as the maps and their layouts are. */
    private record Made(
            ComparedMap compared, Chain chain, ChainGeometry geometry, ChainReport report, ComparePainter painter) {
        boolean of(ComparedMap c, Chain h, ChainGeometry g, ChainReport r) {
            return compared == c && chain == h && geometry == g && report == r;
        }
    }

    /**
     * The painter of {@code chain} of the map {@code shown} compares, laid out as {@code known}, with {@code report},
     * when it is at hand; otherwise {@code null}, and {@code ready} runs on the JavaFX thread when the one made in the
     * background is in. Out of compare mode ({@code shown} {@code null}) the painters are forgotten; with no layout
     * for the map yet ({@code known} empty) none is made.
     */
    ComparePainter painter(
            Comparing.Shown shown, Chain chain, Optional<ChainGeometry> known, ChainReport report, Runnable ready) {
        if (shown == null) {
            clear();
            return null;
        }
        if (known.isEmpty() || report == null || chain == null) {
            return null;
        }
        ComparedMap compared = shown.compared();
        ChainGeometry geometry = known.get();
        if (made != null && made.of(compared, chain, geometry, report)) {
            return made.painter();
        }
        if (!after.isLarge(compared.map())) {
            after.painting().cancel(WORK);
            pending = null;
            made = new Made(compared, chain, geometry, report, new ComparePainter(compared, chain, geometry, report));
            return made.painter();
        }
        if (pending == null || !pending.of(compared, chain, geometry, report)) {
            pending = new Made(compared, chain, geometry, report, null);
            after.painting().run(WORK, () -> new ComparePainter(compared, chain, geometry, report), painter -> {
                pending = null;
                made = new Made(compared, chain, geometry, report, painter);
                ready.run();
            });
        }
        return null;
    }

    /** Forgets the painters: out of compare mode they are of no use. */
    void clear() {
        after.painting().cancel(WORK);
        made = null;
        pending = null;
    }
}
