package org.chainmap.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.compare.ComparedMap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.layout.SegmentBands;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * What the summaries of a chain's drawing say of each segment, worked out once per layout: its local and
 * external firm counts, its gap marks (缺 missing, 弱 weak, 延 extend), the broken feeds and the flows between
 * segments as bands.
 *
 * @param counts the local ([0]) and external ([1]) firms working in each segment, by segment id: those whose
 *     main segment it is and those for which it is another segment, as the gap analysis counts them
 * @param missing the missing segments
 * @param weak the weak segments
 * @param extend the segments to extend the chain with
 * @param broken the broken feeds, as lists of their two segment ids
 * @param bands the flows between segments
 * @param removed the firms drawn as ghosts in each segment (a compared map's firms only the older version had), by
 *     segment id: not in {@code counts}, said apart ("12 (−3)"), counted as {@link ComparedMap#removedBySegment}
 */
record ChainMarks(
        Map<String, int[]> counts,
        Set<String> missing,
        Set<String> weak,
        Set<String> extend,
        Set<List<String>> broken,
        List<SegmentBands.Band> bands,
        Map<String, Integer> removed) {

    /** The marks of {@code chain} of {@code map} laid out as {@code geometry}, with the gaps of {@code report}. */
    static ChainMarks of(RegionMap map, Chain chain, ChainGeometry geometry, ChainReport report) {
        return of(map, chain, geometry, report, Set.of());
    }

    /**
     * The marks as above, of a map whose firms {@code ghosts} are drawn only as what an older version had: they are
     * counted apart, as removed, so that a box says the map's own numbers.
     */
    static ChainMarks of(RegionMap map, Chain chain, ChainGeometry geometry, ChainReport report, Set<String> ghosts) {
        // A box counts every firm working in its segment, as the gap analysis does: the cards of the firms whose
        // main segment it is and the markers of those for which it is a second segment.
        Set<String> drawn = new java.util.LinkedHashSet<>(geometry.cards().keySet());
        for (ChainGeometry.Marker marker : geometry.markers()) {
            drawn.add(marker.firm());
        }
        Map<String, int[]> counts = new HashMap<>();
        List<Enterprise> gone = new java.util.ArrayList<>();
        for (String id : drawn) {
            Enterprise firm = map.enterprise(id).orElse(null);
            if (firm != null && ghosts.contains(id)) {
                gone.add(firm);
            } else if (firm != null) {
                for (String segment : new HashSet<>(firm.segments())) {
                    counts.computeIfAbsent(segment, key -> new int[2])[firm.local() ? 0 : 1]++;
                }
            }
        }
        return marks(counts, report, SegmentBands.of(map, chain, geometry, report), ComparedMap.removedBySegment(gone));
    }

    /**
     * The marks of a drawing whose drawn firms (cards and markers) are {@code firms}, with the gaps of {@code
     * report} and the bands {@code bands} of a drawing before it on the same geometry whose cards' main segments,
     * links and chain's segments are the same: their counts are kept, whether each is broken is read again.
     */
    static ChainMarks withBands(Map<String, Enterprise> firms, ChainReport report, List<SegmentBands.Band> bands) {
        return withBands(firms, report, bands, Set.of());
    }

    /** The marks as {@link #withBands}, with the firms {@code ghosts} counted apart, as removed. */
    static ChainMarks withBands(
            Map<String, Enterprise> firms, ChainReport report, List<SegmentBands.Band> bands, Set<String> ghosts) {
        Map<String, int[]> counts = new HashMap<>();
        List<Enterprise> gone = new java.util.ArrayList<>();
        for (Enterprise firm : firms.values()) {
            if (ghosts.contains(firm.id())) {
                gone.add(firm);
                continue;
            }
            List<String> segments = firm.segments();
            for (int s = 0; s < segments.size(); s++) {
                if (segments.indexOf(segments.get(s)) == s) { // each segment once, as a set of them would
                    counts.computeIfAbsent(segments.get(s), key -> new int[2])[firm.local() ? 0 : 1]++;
                }
            }
        }
        return marked(counts, ComparedMap.removedBySegment(gone), report, bands);
    }

    /**
     * The marks {@link #withBands} makes of the drawn firms {@code now}, made from {@code before}, the marks of the
     * drawn firms {@code was} (with no ghosts), the two differing only in the firms {@code changed} (ids): the counts
     * of the segments those firms work in are counted again from them, the others kept; no pass over every drawn
     * firm (issue 17 item 9).
     */
    static ChainMarks after(
            ChainMarks before,
            Map<String, Enterprise> was,
            Map<String, Enterprise> now,
            java.util.Collection<String> changed,
            ChainReport report,
            List<SegmentBands.Band> bands) {
        if (!before.removed.isEmpty()) {
            return withBands(now, report, bands);
        }
        Map<String, int[]> counts = new HashMap<>(before.counts);
        Set<String> copied = new HashSet<>();
        for (String id : changed) {
            Enterprise a = was.get(id);
            Enterprise b = now.get(id);
            if (a != b) {
                count(counts, copied, a, -1);
                count(counts, copied, b, 1);
            }
        }
        counts.values().removeIf(count -> count[0] == 0 && count[1] == 0);
        return marked(counts, Map.of(), report, bands);
    }

    /** Adds {@code by} to the counts of the segments {@code firm} works in, each once; the arrays copied first. */
    private static void count(Map<String, int[]> counts, Set<String> copied, Enterprise firm, int by) {
        if (firm == null) {
            return;
        }
        List<String> segments = firm.segments();
        for (int s = 0; s < segments.size(); s++) {
            String segment = segments.get(s);
            if (segments.indexOf(segment) == s) {
                int[] count = counts.get(segment);
                if (copied.add(segment)) {
                    count = count == null ? new int[2] : count.clone();
                    counts.put(segment, count);
                }
                count[firm.local() ? 0 : 1] += by;
            }
        }
    }

    /** The marks with {@code counts} and {@code removed}, the bands marked broken as {@code report} says. */
    private static ChainMarks marked(
            Map<String, int[]> counts,
            Map<String, Integer> removed,
            ChainReport report,
            List<SegmentBands.Band> bands) {
        Set<List<String>> broken = brokenFeeds(report);
        List<SegmentBands.Band> marked = new java.util.ArrayList<>(bands.size());
        for (SegmentBands.Band band : bands) {
            boolean isBroken = broken.contains(List.of(band.from(), band.to()));
            marked.add(
                    band.broken() == isBroken
                            ? band
                            : new SegmentBands.Band(
                                    band.from(), band.to(), band.count(), band.value(), band.feed(), isBroken));
        }
        return marks(counts, report, marked, removed);
    }

    private static Set<List<String>> brokenFeeds(ChainReport report) {
        Set<List<String>> broken = new HashSet<>();
        for (Gap gap : report.gaps()) {
            if (gap instanceof Gap.Broken b) {
                broken.add(List.of(b.from(), b.to()));
            }
        }
        return broken;
    }

    private static ChainMarks marks(
            Map<String, int[]> counts,
            ChainReport report,
            List<SegmentBands.Band> bands,
            Map<String, Integer> removed) {
        Set<String> missing = new HashSet<>();
        Set<String> weak = new HashSet<>();
        Set<String> extend = new HashSet<>();
        Set<List<String>> broken = new HashSet<>();
        for (Gap gap : report.gaps()) {
            if (gap instanceof Gap.Missing m) {
                missing.add(m.segment());
            } else if (gap instanceof Gap.Weak w) {
                weak.add(w.segment());
            } else if (gap instanceof Gap.Extend e) {
                extend.add(e.segment());
            } else if (gap instanceof Gap.Broken b) {
                broken.add(List.of(b.from(), b.to()));
            }
        }
        return new ChainMarks(counts, missing, weak, extend, broken, bands, removed);
    }

    /** The local and external firms of {@code segment}'s box. */
    int[] count(String segment) {
        return counts.getOrDefault(segment, new int[2]);
    }

    /** The line that counts {@code segment}'s firms, in {@code words}, with the firms removed apart: "(−3)". */
    String countLine(String segment, PaintWords words) {
        int[] count = count(segment);
        return words.firmCount(count[0], count[1]) + removedNote(segment);
    }

    /** The lines that count {@code segment}'s firms, in {@code words}: the whole one, then the short one. */
    List<String> countLines(String segment, PaintWords words) {
        int[] count = count(segment);
        String removedNote = removedNote(segment);
        return List.of(
                words.firmCount(count[0], count[1]) + removedNote,
                words.firmCountShort(count[0], count[1]) + removedNote);
    }

    /** " (−N)" for the firms of {@code segment} drawn as ghosts; empty when there are none. */
    private String removedNote(String segment) {
        int gone = removed.getOrDefault(segment, 0);
        return gone == 0 ? "" : " (\u2212" + gone + ")";
    }

    /** Whether {@code segment}'s box carries a gap mark. */
    boolean marked(String segment) {
        if (missing.contains(segment) || weak.contains(segment) || extend.contains(segment)) {
            return true;
        }
        return broken.stream().anyMatch(feed -> feed.get(1).equals(segment));
    }

    /**
     * The gap marks of {@code segment} as badges on the top edge of its box {@code r}, at {@code size} pixels:
     * 缺 or 弱, 延, and 断 when a feed into it is broken; each shrunk to its icon ({@link Badges}: missing → M)
     * where the words would leave the box's {@code name} less than {@link Badges#LEAST_NAME} beside them.
     */
    void badges(Pen g, Viewport view, Rect r, String segment, String name, PaintWords words, Theme theme, double size) {
        List<String> badges = badgeWords(segment, words);
        List<javafx.scene.paint.Color> colours = new java.util.ArrayList<>();
        for (String word : badges) {
            colours.add(
                    word.equals(words.missing())
                            ? theme.gap()
                            : word.equals(words.weak())
                                    ? theme.weak()
                                    : word.equals(words.extend()) ? theme.extend() : theme.broken());
        }
        BoxLabel.badges(g, view, r, fitted(view, r, badges, name, size), colours, size, theme.onGap());
    }

    /**
     * How wide the gap marks of {@code segment} drawn by {@link #badges} on its box {@code r} at {@code size}
     * pixels are, in pixels from the box's right end; 0 without marks.
     */
    double badgesWidth(Viewport view, Rect r, String segment, String name, PaintWords words, double size) {
        return BoxLabel.badgesWidth(view, r, fitted(view, r, badgeWords(segment, words), name, size), size);
    }

    /** The words of {@code segment}'s gap marks: 缺 or 弱, 延, and 断 when a feed into it is broken. */
    private List<String> badgeWords(String segment, PaintWords words) {
        List<String> badges = new java.util.ArrayList<>();
        if (missing.contains(segment)) {
            badges.add(words.missing());
        } else if (weak.contains(segment)) {
            badges.add(words.weak());
        }
        if (extend.contains(segment)) {
            badges.add(words.extend());
        }
        if (broken.stream().anyMatch(feed -> feed.get(1).equals(segment))) {
            badges.add(words.broken());
        }
        return badges;
    }

    /**
     * {@code badges} as drawn on {@code r} at {@code size} pixels: whole words while the box's name at the least
     * readable size keeps {@link Badges#LEAST_NAME} beside them, else icons. A box at fit in a small window gave
     * "missing" half its width in English, and its name one line below, cut ("Grain-oriented s…").
     */
    static List<String> fitted(Viewport view, Rect r, List<String> badges, String name, double size) {
        double px = Math.max(ZoomLevel.READABLE, size);
        return Badges.fitted(
                badges,
                name,
                ZoomLevel.READABLE,
                r.width() * view.scale() - 8,
                word -> Math.max(1.6 * px, Fonts.estimateWidth(word, px) + 0.8 * px) + 0.3 * px);
    }
}
