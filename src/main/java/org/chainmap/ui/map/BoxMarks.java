package org.chainmap.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.ui.GapText;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapGaps;

/**
 * What a {@link SegmentBox} shows of the gap analysis, as a value: the marks of the segment's gaps with the words
 * each says when pointed at, whether it is missing or weak, and the marks of its firms (卡 for the single supplier of
 * a chokepoint of the chain, 关键 for a key firm). Two analyses that give a box equal marks show it the same, so the
 * Columns view keeps the box when an edit's analysis comes ({@link KeptBoxes}): every analysis is a new object, and
 * remaking every box for it took most of the JavaFX thread's work after an edit at 100,000 firms (issue 17 item 9).
 *
 * @param segment the segment's marks, in the order of their badges
 * @param missing whether the segment has no local firm (缺)
 * @param weak whether the segment is weak (弱)
 * @param firms the marks of each of the segment's firms that has any, by firm id
 */
record BoxMarks(List<Mark> segment, boolean missing, boolean weak, Map<String, List<Mark>> firms) {

    /** The kinds of gap marked on a segment, in the order of their badges. */
    static final List<GapKind> MARKED =
            List.of(GapKind.MISSING, GapKind.EXTEND, GapKind.WEAK, GapKind.BROKEN, GapKind.CHOKEPOINT);

    /**
     * One mark and the words it says when pointed at.
     *
     * @param kind the kind of gap
     * @param why the gaps of that kind in words, one a line
     */
    record Mark(GapKind kind, String why) {}

    /**
     * The marks of {@code segment} and of {@code firms}, the firms working in it in {@code model}'s map (its list or
     * the same firms in another order), in {@code model}'s analysis.
     */
    static BoxMarks of(MainViewModel model, Segment segment, List<Enterprise> firms) {
        GapText words = new GapText(model);
        MapGaps gaps = model.gaps();
        List<Mark> marks = new ArrayList<>();
        for (GapKind kind : MARKED) {
            List<Gap> ofKind = gaps.ofSegment(segment.id(), kind);
            if (!ofKind.isEmpty()) {
                marks.add(new Mark(
                        kind,
                        String.join(
                                "\n",
                                ofKind.stream()
                                        .map(gap -> words.sentence(gap, false))
                                        .toList())));
            }
        }
        String chain = model.chainOf(segment).map(Chain::id).orElse(null);
        Set<String> suppliers = chain == null ? Set.of() : gaps.chokepointSuppliers(chain);
        Map<String, List<Mark>> ofFirms = new HashMap<>();
        for (Enterprise firm : marked(model, segment, firms, suppliers, gaps.keyFirms())) {
            putMarks(ofFirms, firm, words, gaps, suppliers, chain);
        }
        return new BoxMarks(
                List.copyOf(marks),
                model.lacksLocalFirm(segment),
                !gaps.ofSegment(segment.id(), GapKind.WEAK).isEmpty(),
                Map.copyOf(ofFirms));
    }

    /**
     * These marks of {@code segment}, whose firms were {@code before}, in the same analysis and words, for its firms
     * {@code now} (both the map's lists, in its order): the marks of the firms still in it kept, those of the firms
     * new to it or replaced found; equal to {@link #of} on {@code now}. The lists are compared by their common start
     * and end, not firm by firm: after an edit that put a firm into a large segment or took one out (a delete, its
     * undo), the remade box does not look up every firm the analysis marks, nor word the marks of each of its own
     * again (issue 17 item 9: most of the Columns view's event).
     */
    BoxMarks withFirms(MainViewModel model, Segment segment, List<Enterprise> before, List<Enterprise> now) {
        // The lists are the map's, in its order: an edit changes a run of them between a common start and end.
        int start = 0;
        int limit = Math.min(before.size(), now.size());
        while (start < limit && before.get(start) == now.get(start)) {
            start++;
        }
        int end = 0;
        while (end < limit - start && before.get(before.size() - 1 - end) == now.get(now.size() - 1 - end)) {
            end++;
        }
        List<Enterprise> gone = before.subList(start, before.size() - end);
        List<Enterprise> came = now.subList(start, now.size() - end);
        Set<String> goneIds = new java.util.HashSet<>();
        gone.forEach(firm -> goneIds.add(firm.id()));
        Map<String, List<Mark>> ofFirms = new HashMap<>();
        firms.forEach((id, marks) -> {
            if (!goneIds.contains(id)) {
                ofFirms.put(id, marks);
            }
        });
        MapGaps gaps = model.gaps();
        String chain = model.chainOf(segment).map(Chain::id).orElse(null);
        Set<String> suppliers = chain == null ? Set.of() : gaps.chokepointSuppliers(chain);
        GapText words = null;
        for (Enterprise firm : came) { // a firm replaced (renamed, say) too: its marks' words may name it
            if (suppliers.contains(firm.id()) || gaps.isKeyFirm(firm.id())) {
                words = words != null ? words : new GapText(model);
                putMarks(ofFirms, firm, words, gaps, suppliers, chain);
            }
        }
        return new BoxMarks(segment(), missing, weak, Map.copyOf(ofFirms));
    }

    /** Puts the marks of {@code firm}, if any, in {@code ofFirms}: 卡 for a supplier of {@code chain}, 关键 a key firm. */
    private static void putMarks(
            Map<String, List<Mark>> ofFirms,
            Enterprise firm,
            GapText words,
            MapGaps gaps,
            Set<String> suppliers,
            String chain) {
        List<Mark> firmMarks = new ArrayList<>(2);
        if (suppliers.contains(firm.id())) {
            firmMarks.add(new Mark(GapKind.CHOKEPOINT, why(words, gaps, firm, GapKind.CHOKEPOINT, chain)));
        }
        if (gaps.isKeyFirm(firm.id())) {
            firmMarks.add(new Mark(GapKind.CUTPOINT, why(words, gaps, firm, GapKind.CUTPOINT, null)));
        }
        if (!firmMarks.isEmpty()) {
            ofFirms.put(firm.id(), List.copyOf(firmMarks));
        }
    }

    /**
     * The firms to look at for marks: {@code firms} (the segment's, in the model's map), or, when the firms marked
     * anywhere ({@code suppliers}, {@code keys}) are fewer, those of them that work in the segment: a large segment
     * has thousands of firms and a few marked ones, and every box's marks are compared when an analysis comes.
     */
    private static Collection<Enterprise> marked(
            MainViewModel model, Segment segment, List<Enterprise> firms, Set<String> suppliers, Set<String> keys) {
        RegionMap map = model.map().orElse(null);
        if (map == null || suppliers.size() + keys.size() >= firms.size()) {
            return firms;
        }
        Map<String, Enterprise> found = new HashMap<>();
        for (Set<String> ids : List.of(suppliers, keys)) {
            for (String id : ids) {
                map.enterprise(id)
                        .filter(firm -> firm.segments().contains(segment.id()))
                        .ifPresent(firm -> found.put(id, firm));
            }
        }
        return found.values();
    }

    /** The marks of {@code firm}; none when it has none. */
    List<Mark> of(Enterprise firm) {
        return firms.getOrDefault(firm.id(), List.of());
    }

    /** The firm's gaps of {@code kind} (in {@code chain}, when given) in words, one a line. */
    private static String why(GapText words, MapGaps gaps, Enterprise firm, GapKind kind, String chain) {
        return String.join(
                "\n",
                gaps.ofFirm(firm.id()).stream()
                        .filter(gap -> gap.kind() == kind)
                        .filter(gap -> chain == null || gap.chain().equals(chain))
                        .filter(gap -> !(gap instanceof Gap.Chokepoint chokepoint)
                                || chokepoint.supplier().equals(firm.id()))
                        .map(gap -> words.sentence(gap, true))
                        .toList());
    }
}
