package org.chainmap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * The boxes of the card layout at middle zoom (decision 0018): each with its name and counts at a readable
 * size, then its most important firms (the chain leaders, 链主, first; then those of the map's scale tag,
 * 规上; then by revenue; then by number of supply links; then by name) as cards of a readable size, as many as
 * its area on the surface holds, and "+N more" for the rest.
 */
final class BoxDigest {

    /** A digest card's height on the surface, in pixels. */
    static final double CARD_HEIGHT = 20;

    /** A digest card's widest, in pixels. */
    static final double CARD_WIDTH = 170;

    /** The size of a digest card's name, in pixels. */
    static final double NAME = 11;

    /** The gap between digest cards, in pixels. */
    static final double GAP = 4;

    /** A box of at most this many firms, lower than {@link #LOW}, names them instead of counting them. */
    static final int FEW = 3;

    /** The height in pixels below which a box has no room for its name, its counts and a row of cards. */
    static final double LOW = 70;

    /** A compact digest card's height, in pixels: its name at the least readable size. */
    static final double COMPACT_HEIGHT = 13;

    /** The gap between compact digest cards, in pixels. */
    static final double COMPACT_GAP = 2;

    private final Chain chain;
    private final ChainGeometry geometry;
    private final ChainMarks marks;
    private final Set<String> chokepointSuppliers;
    /** Each segment's firms, most important first. */
    private final Map<String, List<Enterprise>> ranked = new HashMap<>();

    BoxDigest(RegionMap map, Chain chain, ChainGeometry geometry, ChainMarks marks, Set<String> chokepointSuppliers) {
        this.chain = chain;
        this.geometry = geometry;
        this.marks = marks;
        this.chokepointSuppliers = chokepointSuppliers;
        Map<String, Integer> links = new HashMap<>();
        for (SupplyLink link : map.links()) {
            if (geometry.cards().containsKey(link.from())) {
                links.merge(link.from(), 1, Integer::sum);
            }
            if (geometry.cards().containsKey(link.to())) {
                links.merge(link.to(), 1, Integer::sum);
            }
        }
        String scale = map.analysis().scaleTag();
        for (String id : geometry.cards().keySet()) {
            map.enterprise(id).ifPresent(firm -> ranked.computeIfAbsent(firm.mainSegment(), s -> new ArrayList<>())
                    .add(firm));
        }
        // A firm for which the box is a second segment is one of its firms too, as the counts and the gap
        // analysis have it.
        for (ChainGeometry.Marker marker : geometry.markers()) {
            map.enterprise(marker.firm())
                    .ifPresent(firm -> ranked.computeIfAbsent(marker.segment(), s -> new ArrayList<>())
                            .add(firm));
        }
        Comparator<Enterprise> order = Comparator.<Enterprise>comparingInt(f -> f.role() == Role.LEADER ? 0 : 1)
                .thenComparingInt(f -> f.hasTag(scale) ? 0 : 1)
                .thenComparing(f -> f.revenue() == null ? Long.MIN_VALUE : f.revenue(), Comparator.reverseOrder())
                .thenComparing(f -> links.getOrDefault(f.id(), 0), Comparator.reverseOrder())
                .thenComparing(Enterprise::name)
                .thenComparing(Enterprise::id);
        ranked.values().forEach(list -> list.sort(order));
    }

    /** The firms of {@code segment}'s box, most important first. */
    List<Enterprise> ranked(String segment) {
        return ranked.getOrDefault(segment, List.of());
    }

    /** Paints the name, counts and most important firms of every box {@code view} sees. */
    void paint(Pen g, Viewport view, Theme theme, PaintWords words, Set<String> focus) {
        double s = view.scale();
        for (Segment segment : chain.segments()) {
            Rect r = geometry.segments().get(segment.id());
            if (r == null || !view.sees(r.x(), r.y(), r.width(), r.height())) {
                continue;
            }
            g.setGlobalAlpha(focus == null || focus.contains(segment.id()) ? 1 : ChainPainter.DIMMED);
            List<Enterprise> firms = ranked(segment.id());
            // A box of few firms too low for a row of cards under its name (a small chain at fit) names its firms
            // where the counts would be, so that the chain reads; the cards level shows which are local.
            double clear = marks.marked(segment.id()) ? BoxLabel.badgesReach(ChainPainter.MIDDLE_MARKS) : 0;
            double beside =
                    marks.badgesWidth(view, r, segment.id(), words.name(segment), words, ChainPainter.MIDDLE_MARKS);
            boolean few = !firms.isEmpty() && firms.size() <= FEW && r.height() * s < LOW + clear;
            List<String> counts = few
                    ? List.of(String.join(
                            "、", firms.stream().map(Enterprise::name).toList()))
                    : marks.countLines(segment.id(), words);
            double used = BoxLabel.paint(g, view, theme, r, words.name(segment), counts, 13, 3, false, clear, beside);
            if (few) {
                continue;
            }
            double pad = 6 / s;
            double left = r.x() + pad;
            double top = r.y() + Math.max(used, pad);
            double width = r.width() - 2 * pad;
            double height = r.bottom() - pad - top;
            double cardWidth = Math.min(width, CARD_WIDTH / s);
            int columns = (int) Math.floor((width + GAP / s) / (cardWidth + GAP / s));
            if (used == 0 || firms.isEmpty() || columns < 1 || cardWidth * s < 60) {
                continue;
            }
            // Cards of the usual size, or compact ones (names at the least readable size, rows closer) in a box
            // with room for one row of usual ones at most that the compact ones show more of: the boxes of a small
            // chain at fit, which would otherwise say "+N more" and name no firm.
            double[] look = {CARD_HEIGHT, GAP, NAME};
            int rows = (int) Math.floor((height + GAP / s) / ((CARD_HEIGHT + GAP) / s));
            int compactRows = (int) Math.floor((height + COMPACT_GAP / s) / ((COMPACT_HEIGHT + COMPACT_GAP) / s));
            if (rows < 2 && columns * rows < firms.size() && compactRows > rows) {
                look = new double[] {COMPACT_HEIGHT, COMPACT_GAP, ZoomLevel.READABLE};
                rows = compactRows;
            }
            if (rows < 1) {
                continue;
            }
            double step = (look[0] + look[1]) / s;
            int room = columns * rows;
            int shown = firms.size() <= room ? firms.size() : room - 1;
            for (int i = 0; i < shown; i++) {
                double x = left + (i % columns) * (cardWidth + look[1] / s);
                double y = top + (i / columns) * step;
                paintCard(g, view, theme, firms.get(i), new Rect(x, y, cardWidth, look[0] / s), look[2]);
            }
            if (shown < firms.size()) {
                double x = left + (shown % columns) * (cardWidth + look[1] / s);
                double y = top + (shown / columns) * step + look[0] / s / 2;
                paintMore(g, view, theme, words, firms.size() - shown, x, y, look[2]);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** "+N more" at ({@code x}, {@code y}), in type of {@code size} pixels. */
    private static void paintMore(
            Pen g, Viewport view, Theme theme, PaintWords words, int more, double x, double y, double size) {
        double s = view.scale();
        String text = words.moreFirms(more);
        ChainPainter.text(
                g,
                view,
                text,
                x + 6 / s,
                y,
                size / s,
                theme.subtle(),
                FontWeight.BOLD,
                FontPosture.REGULAR,
                TextAlignment.LEFT);
    }

    private void paintCard(Pen g, Viewport view, Theme theme, Enterprise firm, Rect r, double name) {
        double s = view.scale();
        if (!view.sees(r.x(), r.y(), r.width(), r.height())) {
            return;
        }
        g.setFill(firm.local() ? theme.card() : theme.externalCard());
        g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 5 / s, 5 / s);
        if (chokepointSuppliers.contains(firm.id())) {
            g.setStroke(theme.chokepoint());
            g.setLineWidth(1.5 / s);
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 5 / s, 5 / s);
        }
        ChainPainter.text(
                g,
                view,
                Fonts.fit(firm.name(), name, r.width() * s - 10),
                r.x() + 5 / s,
                r.centerY(),
                name / s,
                firm.local() ? theme.text() : theme.subtle(),
                firm.role() == Role.LEADER ? FontWeight.BOLD : FontWeight.NORMAL,
                FontPosture.REGULAR);
    }
}
