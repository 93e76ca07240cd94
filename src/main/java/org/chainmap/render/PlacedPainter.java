package org.chainmap.render;

import java.util.Collection;
import org.chainmap.analysis.ChainReport;
import org.chainmap.layout.ProvisionalPlacement;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * The painter of a chain on a provisional geometry ({@link ProvisionalPlacement}), the moved cards at their new
 * places at once, made from the painter before the edit: only what the edit moved is looked at, the rest kept
 * (issue 17 item 9, decision 0045). It paints what a painter made whole on that geometry paints.
 */
public final class PlacedPainter {

    private PlacedPainter() {}

    /**
     * A painter of {@code chain} of {@code map} on {@code placed.geometry()}, the same as {@code new
     * ChainPainter(map, chain, placed.geometry(), report)}, made from {@code before} (may be {@code null}), drawn on
     * {@code placed.from()} for a map that edits replacing, adding or removing {@code touched} ({@code null}: not
     * known) made into {@code map}.
     */
    public static ChainPainter of(
            ChainPainter before,
            RegionMap map,
            Chain chain,
            ProvisionalPlacement placed,
            ChainReport report,
            Collection<?> touched) {
        return new ChainPainter(
                PaintedChain.placed(before == null ? null : before.parts(), map, chain, placed, report, touched));
    }
}
