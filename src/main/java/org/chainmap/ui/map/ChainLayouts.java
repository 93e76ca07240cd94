package org.chainmap.ui.map;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.chainmap.compare.ComparedMap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.LayoutReach;
import org.chainmap.layout.ProvisionalPlacement;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;
import org.chainmap.ui.AfterEdits;

/**
 * The layout of the chain the map shows, kept across edits that do not reach its drawing ({@link LayoutReach}),
 * made again at once on a small map and in the background on a large one ({@link AfterEdits}). Until a new layout
 * comes, the map is drawn on a provisional geometry made from the one shown ({@link ProvisionalPlacement}, decision
 * 0045): a firm moved, added or deleted shows at its new place at once, and the layout settles it when it comes.
 * A layout made in the background comes with its painter, made there too.
 *
 * <p>In compare mode the maps laid out are {@link ComparedMap}s, a new one after each edit: between two of them
 * with the same ghosts the edits' records are those between the maps they were made of ({@link #compared}), so
 * the chain keeps its layout, or is placed provisionally, as in the map view.
 */
final class ChainLayouts {

    private final AfterEdits after;
    private ChainGeometry geometry;
    private RegionMap laidOutMap;
    private String laidOutChain;
    /** The painter made in the background with the last geometry, till the JavaFX thread takes it. */
    private ChainPainter painted;

    private RegionMap pendingMap;
    private String pendingChain;

    /** The geometry last given out (laid out or provisional), the map and chain it was for. */
    private ChainGeometry shown;

    private RegionMap shownMap;
    private String shownChain;
    /** How {@link #shown} was made from the geometry before it, when it is provisional; else {@code null}. */
    private ProvisionalPlacement placed;
    /** What the provisional geometry for the map last asked for is made from, when it is to be made. */
    private Placing placing;

    /** The last comparisons given ({@link #compared}), newest first. */
    private final Deque<ComparedMap> comparisons = new ArrayDeque<>();

    /**
     * The last answer of {@link #sameGhosts}: found by the thread that made the newer comparison ({@link
     * #compareGhosts}), or here when asked of another pair.
     */
    private volatile Alike alike;

    /** Whether comparisons {@code a} and {@code b} put back the same ghosts, and the thread that found it out. */
    private record Alike(ComparedMap a, ComparedMap b, boolean same, String thread) {
        static Alike of(ComparedMap a, ComparedMap b) {
            return new Alike(a, b, sameGhosts(a, b), Thread.currentThread().getName());
        }
    }

    ChainLayouts(AfterEdits after) {
        this.after = after;
    }

    /**
     * The geometry of {@code chain} of {@code map} when it is known now: kept, or made at once; otherwise empty,
     * and {@code laidOut} runs on the JavaFX thread once the layout made in the background is in.
     */
    Optional<ChainGeometry> layout(RegionMap map, Chain chain, Runnable laidOut) {
        return layout(map, chain, laidOut, made -> null);
    }

    /**
     * As {@link #layout(RegionMap, Chain, Runnable)}; a layout made in the background is also painted there, by
     * {@code paint} ({@code null}: not), so that the JavaFX thread takes the painter ({@link #painted}) instead of
     * making one of tens of thousands of cards itself.
     */
    Optional<ChainGeometry> layout(
            RegionMap map, Chain chain, Runnable laidOut, Function<ChainGeometry, ChainPainter> paint) {
        placing = null;
        if (geometry != null && chain.id().equals(laidOutChain)) {
            Optional<List<Object>> since = since(laidOutMap, map);
            if (since.isPresent() && LayoutReach.unchanged(laidOutMap, map, chain.id(), since.get())) {
                laidOutMap = map;
                return Optional.of(show(geometry, map, null));
            }
        }
        if (!after.isLarge(map)) {
            after.work().cancel(AfterEdits.LAYOUT);
            pendingMap = null;
            keep(map, chain, ChainLayouter.layout(map, chain));
            return Optional.of(geometry);
        }
        if (map != pendingMap || !chain.id().equals(pendingChain)) {
            pendingMap = map;
            pendingChain = chain.id();
            after.work()
                    .run(
                            AfterEdits.LAYOUT,
                            () -> {
                                // Indexed here, off the JavaFX and painter threads, for the next edit's
                                // provisional placement (decision 0071).
                                ChainGeometry made = ProvisionalPlacement.prepared(ChainLayouter.layout(map, chain));
                                return new LaidOut(made, paint.apply(made));
                            },
                            made -> {
                                pendingMap = null;
                                keep(map, chain, made.geometry());
                                painted = made.painter();
                                laidOut.run();
                            });
        }
        return provisional(map, chain);
    }

    /**
     * Till the layout of {@code map} comes: the geometry shown, when it is for that map; else empty, and {@link
     * #placing} tells what a provisional geometry with the cards the edits since moved at their new places is made
     * from, when it can be (not when the chain's segments changed). It is made off the JavaFX thread (decision 0051).
     */
    private Optional<ChainGeometry> provisional(RegionMap map, Chain chain) {
        if (shown == null || !chain.id().equals(shownChain)) {
            return Optional.empty();
        }
        if (map == shownMap) {
            return Optional.of(shown);
        }
        placing = since(shownMap, map)
                .map(touched -> new Placing(shown, shownMap, map, chain, touched))
                .orElse(null);
        return Optional.empty();
    }

    /**
     * What a provisional geometry of {@code chain} of {@code map} is made from, when {@link #layout} found none for it
     * now: the geometry shown, its map and the records the edits since touched.
     */
    Optional<Placing> placing(RegionMap map, Chain chain) {
        return placing != null && placing.map() == map && placing.chain().id().equals(chain.id())
                ? Optional.of(placing)
                : Optional.empty();
    }

    /**
     * Takes {@code made}, made from {@code placing} off the JavaFX thread, as the geometry shown.
     *
     * @return false when the geometry shown changed since {@code placing} was given out: {@code made} is out of date
     */
    boolean adopt(Placing placing, ProvisionalPlacement made) {
        if (placing.from() != shown || placing.fromMap() != shownMap) {
            return false;
        }
        show(made.geometry(), placing.map(), made);
        return true;
    }

    /**
     * What a provisional geometry is made from (decision 0045): the geometry {@code from} shown for {@code fromMap},
     * which edits replacing, adding or removing {@code touched} made into {@code map}.
     */
    record Placing(ChainGeometry from, RegionMap fromMap, RegionMap map, Chain chain, List<Object> touched) {

        /** The provisional geometry; empty when there can be none. Any thread. */
        Optional<ProvisionalPlacement> place() {
            return ProvisionalPlacement.of(from, fromMap, map, chain, touched);
        }
    }

    private ChainGeometry show(ChainGeometry geometry, RegionMap map, ProvisionalPlacement provisional) {
        shown = geometry;
        shownMap = map;
        shownChain = laidOutChain;
        placed = provisional;
        return geometry;
    }

    /** How {@code geometry} was made from the one shown before it, when it is provisional; else empty. */
    Optional<ProvisionalPlacement> placed(ChainGeometry geometry) {
        return placed != null && placed.geometry() == geometry ? Optional.of(placed) : Optional.empty();
    }

    /** The painter made in the background with {@code geometry}: empty when there is none. */
    Optional<ChainPainter> painted(ChainGeometry geometry) {
        return Optional.ofNullable(geometry == this.geometry ? painted : null);
    }

    /** The records the edits from {@code from} to {@code to} touched; empty when not known ({@code EditTrail}). */
    Optional<List<Object>> touched(RegionMap from, RegionMap to) {
        return since(from, to);
    }

    /**
     * Notes that {@code compared}'s map is about to be laid out or drawn: its records are then traced through the map
     * it was made of. The last few are kept, enough for the maps laid out, shown and under way; {@code null}: none.
     */
    void compared(ComparedMap compared) {
        if (compared == null || !comparisons.isEmpty() && comparisons.peekFirst() == compared) {
            return;
        }
        comparisons.remove(compared);
        comparisons.addFirst(compared);
        while (comparisons.size() > 4) {
            comparisons.removeLast();
        }
    }

    /** Whether a layout of {@code map} is being made in the background. */
    boolean laying(RegionMap map) {
        return pendingMap == map && map != null;
    }

    /**
     * The records the edits from {@code from} to {@code to} touched: as the edit trail has them, or, between two
     * compared maps with the same ghosts, those between the maps they were made of; empty when not known.
     */
    private Optional<List<Object>> since(RegionMap from, RegionMap to) {
        ComparedMap was = comparisonOf(from);
        ComparedMap is = comparisonOf(to);
        if (was == null && is == null) {
            return after.trail().touched(from, to);
        }
        if (was == null || is == null || !alike(was, is)) {
            return Optional.empty();
        }
        return after.trail().touched(was.comparison().after(), is.comparison().after());
    }

    private ComparedMap comparisonOf(RegionMap map) {
        for (ComparedMap compared : comparisons) {
            if (compared.map() == map) {
                return compared;
            }
        }
        return null;
    }

    /**
     * {@link #sameGhosts}, remembered for the last pair asked or found out by {@link #compareGhosts}: a rebuild asks
     * it of the same two comparisons several times, and at 100,000 firms each answer reads thousands of ghosts.
     */
    private boolean alike(ComparedMap a, ComparedMap b) {
        if (a == b) {
            return true;
        }
        Alike known = alike;
        if (known == null || known.a() != a || known.b() != b) {
            known = Alike.of(a, b);
            alike = known;
        }
        return known.same();
    }

    /**
     * Finds out on the calling thread, any thread, whether {@code before} and {@code after} put back the same ghosts,
     * for {@link #alike} to take when {@code after} comes: the thread that made {@code after} does it, not the
     * JavaFX thread when it comes ({@code null}s: nothing to find).
     */
    void compareGhosts(ComparedMap before, ComparedMap after) {
        if (before != null && after != null) {
            alike = Alike.of(before, after);
        }
    }

    /** The name of the thread that last found out whether two comparisons put back the same ghosts (tests). */
    String ghostsComparedOn() {
        Alike known = alike;
        return known == null ? null : known.thread();
    }

    /** Whether both comparisons put back the same ghosts, alike in all the layout reads of them. */
    static boolean sameGhosts(ComparedMap a, ComparedMap b) {
        return a == b
                || a.ghostSegments().equals(b.ghostSegments())
                        && a.ghosts().equals(b.ghosts())
                        && ends(a).equals(ends(b));
    }

    private static Set<List<String>> ends(ComparedMap compared) {
        Set<List<String>> ends = new HashSet<>();
        compared.ghostLinks().forEach(link -> ends.add(java.util.Arrays.asList(link.id(), link.from(), link.to())));
        return ends;
    }

    /** The last geometry given out for the chain {@code chainId}, for an older map; {@code null} if none. */
    ChainGeometry before(String chainId) {
        return chainId.equals(shownChain) ? shown : chainId.equals(laidOutChain) ? geometry : null;
    }

    private record LaidOut(ChainGeometry geometry, ChainPainter painter) {}

    private void keep(RegionMap map, Chain chain, ChainGeometry made) {
        geometry = made;
        laidOutMap = map;
        laidOutChain = chain.id();
        show(made, map, null);
    }
}
