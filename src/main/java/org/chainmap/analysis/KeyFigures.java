package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.ChainFigures;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;

/**
 * The key figures of each chain, as a {@link Snapshot} keeps them: the gap analysis of the map's current state
 * ({@link MapState#CURRENT}, planned things left out) reduced to a few numbers per chain. Coverage, local rate
 * and the gaps are those of {@link GapAnalysis}; the local firms, the 规上 ones among them by the map's
 * {@code analysis} settings, and the sum of their revenue are counted over the firms working in the chain.
 */
public final class KeyFigures {

    private KeyFigures() {}

    /** The snapshot of {@code map} on {@code date} ({@code YYYY-MM-DD}), called {@code label} (may be null). */
    public static Snapshot take(RegionMap map, String date, String label) {
        RegionMap current = MapState.CURRENT.of(map);
        List<ChainFigures> chains = new ArrayList<>();
        for (ChainReport report : GapAnalysis.of(current)) {
            chains.add(figures(current, report));
        }
        return new Snapshot(date, label == null || label.isBlank() ? null : label.strip(), chains, Extras.NONE);
    }

    /** The figures of the chain of {@code report}, one of the analysis of {@code map}. */
    public static ChainFigures figures(RegionMap map, ChainReport report) {
        int local = 0;
        int scale = 0;
        long output = 0;
        boolean anyOutput = false;
        for (Enterprise firm : map.enterprisesOfChain(report.chain())) {
            if (!firm.local()) {
                continue;
            }
            local++;
            scale += map.analysis().aboveScale(firm) ? 1 : 0;
            if (firm.revenue() != null) {
                output += firm.revenue();
                anyOutput = true;
            }
        }
        Map<GapKind, Integer> byKind = new EnumMap<>(GapKind.class);
        for (GapKind kind : GapKind.values()) {
            byKind.put(kind, 0);
        }
        report.gaps().forEach(gap -> byKind.merge(gap.kind(), 1, Integer::sum));
        Map<String, Integer> gaps = new LinkedHashMap<>();
        byKind.forEach((kind, count) -> gaps.put(kind.id(), count));
        return new ChainFigures(
                report.chain(),
                report.segments(),
                report.covered(),
                report.localRate() == null ? null : report.localRate().rate(),
                local,
                scale,
                anyOutput ? output : null,
                gaps,
                Extras.NONE);
    }
}
