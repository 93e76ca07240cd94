package org.chainmap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.analysis.ChainReport;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;

/**
 * Paints one chain: the one drawing routine of the screen and of every export. Passes, in order:
 * background, stage columns, feeds (broken ones red and dashed, marked 断), segment boxes (missing ones
 * dashed and marked 缺, weak ones marked 弱, extend ones 延), supply links (thin, with small arrowheads: a
 * chokepoint supplier's red, an external supplier's and stubs to firms outside the chain grey and dashed,
 * with the other firm's name; cycles dashed), firm cards (external firms grey and italic, chokepoint
 * suppliers framed red and marked 卡), markers. Links lie under the cards, whose edges they end on. Only what
 * the viewport sees is drawn; text too small to read is left out. It draws with any {@link Pen}, and takes the
 * shortcuts that only speed up the rasteriser (boxes in pieces, text in screen pixels, thin dashes ended square,
 * dashes under a pixel drawn solid, links thinner than a pixel as rectangles, markers' outlines solid where their
 * dashes are too fine to read) only when the pen draws pixels: a vector pen gets each shape whole.
 */
public final class ChainPainter {

    /** Below this size on screen, in pixels, a label is not drawn (decision 0018). */
    static final double SMALLEST_TEXT = ZoomLevel.READABLE;

    /**
     * How much of its colour a planned segment or firm keeps (with a dashed outline): the target map's things
     * drawn with today's, in the state "both" ({@code model.MapState#BOTH}).
     */
    static final double PLANNED = 0.5;

    /** The size of the gap marks on a box's top edge at middle zoom, in pixels. */
    static final double MIDDLE_MARKS = 11;

    /** How much of its colour what lies outside the focus keeps. */
    static final double DIMMED = 0.18;

    /** What the constructor worked out, which the painter of the next edit may keep. */
    private final PaintedChain parts;

    private final RegionMap map;
    private final Chain chain;
    private final ChainGeometry geometry;
    private final ChainMarks marks;
    private final Set<String> missing;
    private final Set<String> weak;
    private final Set<String> extend;
    private final Set<List<String>> broken;
    private final Set<String> chokepointSuppliers;
    private final Map<String, Enterprise> firms;
    /** The cards' firms, rectangles and bounds in the geometry's order, as {@link PaintedChain} has them. */
    private final Enterprise[] cardFirms;

    private final Rect[] cardRects;
    private final double[] cardBounds;
    private final LinkPass links;
    /** The drawing at overview zoom: the segments as a diagram on the drawing's area. */
    private final OverviewPainter overview;
    /** The drawing at middle zoom: each box's most important firms; made when first needed. */
    private BoxDigest digest;
    /** The flows between the card layout's boxes, at middle zoom. */
    private final BandPainter bands;
    /** The middle level kept as a picture on the screen while the view pans. */
    private final FrameLayer middle = new FrameLayer();

    /** The text colour on marks, of the theme being painted. */
    private Color onGap = Color.WHITE;

    private Set<String> focusSegments;
    private Set<String> focusFirms;

    /** A painter of {@code chain} of {@code map}, laid out as {@code geometry}, with the gaps of {@code report}. */
    public ChainPainter(RegionMap map, Chain chain, ChainGeometry geometry, ChainReport report) {
        this(PaintedChain.of(map, chain, geometry, report));
    }

    /** As above, of a compared map whose firms {@code ghosts} only an older version had: counted apart ("12 (−3)"). */
    public ChainPainter(RegionMap map, Chain chain, ChainGeometry geometry, ChainReport report, Set<String> ghosts) {
        this(PaintedChain.of(map, chain, geometry, report, ghosts));
    }

    ChainPainter(PaintedChain parts) {
        this.parts = parts;
        this.map = parts.map();
        this.chain = parts.chain();
        this.geometry = parts.geometry();
        this.marks = parts.marks();
        missing = marks.missing();
        weak = marks.weak();
        extend = marks.extend();
        broken = marks.broken();
        chokepointSuppliers = parts.chokepointSuppliers();
        firms = parts.firms();
        cardFirms = parts.cardFirms();
        cardRects = parts.cardRects();
        cardBounds = parts.cardBounds();
        links = parts.links();
        overview = parts.overview();
        bands = parts.bands();
    }

    /**
     * A painter of {@code chain} of {@code map}, laid out as {@code geometry}, with the gaps of {@code report}, the
     * same as the constructor's, made from {@code before} (may be {@code null}), the painter of a map that edits made
     * into {@code map} by replacing, adding or removing {@code touched} ({@code null}: not known): on the geometry
     * {@code before} painted, what depends on it alone is kept (the window's painter after each edit, issue 17).
     */
    public static ChainPainter after(
            ChainPainter before,
            RegionMap map,
            Chain chain,
            ChainGeometry geometry,
            ChainReport report,
            java.util.Collection<?> touched) {
        return new ChainPainter(
                PaintedChain.after(before == null ? null : before.parts, map, chain, geometry, report, touched));
    }

    /** The map this painter draws. */
    public RegionMap map() {
        return map;
    }

    /** What the painter worked out before painting. */
    PaintedChain parts() {
        return parts;
    }

    /** What the drawing shows through {@code view}: decided by the size things have on its surface. */
    public ZoomLevel level(Viewport view) {
        return ZoomLevel.of(geometry, view.surface().scale());
    }

    /**
     * The view a zoom from {@code before} to {@code after} about surface point (sx, sy) shows: {@code after},
     * unless the zoom crosses between the overview and the card layout's boxes, whose layouts differ; then the
     * box under the pointer keeps its place under it ({@link LevelSwitch}, decision 0029).
     */
    public Viewport zoomed(Viewport before, Viewport after, double sx, double sy) {
        ZoomLevel was = level(before);
        ZoomLevel now = level(after);
        if (was == now || was != ZoomLevel.OVERVIEW && now != ZoomLevel.OVERVIEW) {
            return after;
        }
        Map<String, Rect> diagram = overview.geometry().boxes();
        return was == ZoomLevel.OVERVIEW
                ? LevelSwitch.keep(diagram, geometry.segments(), before, after, sx, sy)
                : LevelSwitch.keep(geometry.segments(), diagram, before, after, sx, sy);
    }

    /** The pictures of the middle level made for frames so far, and the frames drawn from one of another scale. */
    int[] middlePictures() {
        return new int[] {middle.made(), middle.stoodIn()};
    }

    /** The boxes of the overview's diagram, by segment id. */
    Map<String, Rect> overviewBoxes() {
        return overview.geometry().boxes();
    }

    /** The segment whose box the overview draws at map point (x, y), or {@code null}. */
    public String overviewBoxAt(double x, double y) {
        return overview.geometry().boxAt(x, y);
    }

    /**
     * Keeps {@code segments} and {@code firms} (and the feeds and links between them) in full colour and
     * dims the rest, until {@link #clearFocus()}.
     */
    public void focus(Set<String> segments, Set<String> firms) {
        focusSegments = Set.copyOf(segments);
        focusFirms = Set.copyOf(firms);
    }

    /** Shows everything in full colour again. */
    public void clearFocus() {
        focusSegments = null;
        focusFirms = null;
    }

    /** Whether a focus is set. */
    public boolean focused() {
        return focusSegments != null;
    }

    private double alpha(boolean inFocus) {
        return focusSegments == null || inFocus ? 1 : DIMMED;
    }

    /** Paints the chain as {@code view} sees it, in {@code theme}'s colours, with {@code words}. */
    public void paint(Pen g, Viewport view, Theme theme, PaintWords words) {
        ZoomLevel level = level(view);
        onGap = theme.onGap();
        if (level == ZoomLevel.OVERVIEW) {
            overview.paint(g, view, theme, words, focusSegments);
            return;
        }
        g.save();
        boolean kept =
                level == ZoomLevel.MIDDLE && g instanceof FxPen fx && fx.frames() && keptMiddle(fx, view, theme, words);
        if (!kept) {
            g.setFill(theme.background());
            g.fillRect(0, 0, view.width(), view.height());
            g.translate(-view.x() * view.scale(), -view.y() * view.scale());
            g.scale(view.scale(), view.scale());
            paintInMapUnits(g, view, theme, words, level);
        }
        g.setGlobalAlpha(1);
        g.restore();
    }

    /**
     * The middle level on the screen from a picture kept while the view pans ({@link FrameLayer}, decision 0044):
     * there the frame is hundreds of firm names, the same pixels frame after frame. Whether it was drawn.
     */
    private boolean keptMiddle(FxPen g, Viewport view, Theme theme, PaintWords words) {
        g.save();
        g.translate(-view.x() * view.scale(), -view.y() * view.scale());
        g.scale(view.scale(), view.scale());
        Object content = java.util.Arrays.asList(theme, words, focusSegments);
        boolean kept = middle.paint(g, view, content, (pen, seen) -> {
            double pad = 2 / seen.scale();
            pen.setFill(theme.background());
            pen.fillRect(
                    seen.x() - pad,
                    seen.y() - pad,
                    seen.width() / seen.scale() + 2 * pad,
                    seen.height() / seen.scale() + 2 * pad);
            paintInMapUnits(pen, seen, theme, words, ZoomLevel.MIDDLE);
        });
        g.restore();
        return kept;
    }

    /** The card layout's levels, on a pen set to map units. */
    private void paintInMapUnits(Pen g, Viewport view, Theme theme, PaintWords words, ZoomLevel level) {
        g.setLineCap(StrokeLineCap.ROUND);
        g.setTextBaseline(VPos.CENTER);
        paintColumns(g, view, theme, words);
        if (level == ZoomLevel.MIDDLE) {
            bands.paint(g, view, theme, geometry.segments(), focusSegments);
            paintBoxes(g, view, theme, words, false);
            if (digest == null) {
                digest = new BoxDigest(map, chain, geometry, marks, chokepointSuppliers);
            }
            digest.paint(g, view, theme, words, focusSegments);
        } else {
            paintFeeds(g, view, theme, words);
            paintBoxes(g, view, theme, words, true);
            links.paint(g, view, theme, focusFirms, false);
            paintCards(g, view, theme, words);
        }
    }

    private void paintColumns(Pen g, Viewport view, Theme theme, PaintWords words) {
        for (ChainGeometry.Column column : geometry.columns()) {
            Rect r = column.bounds();
            g.setFill(theme.column());
            RoundRects.fill(g, view, r, 12);
            String title = column.stage() == Stage.UPSTREAM
                    ? words.upstream()
                    : column.stage() == Stage.MIDSTREAM ? words.midstream() : words.downstream();
            double size = Math.max(14, 12 / view.scale());
            text(g, view, title, r.x() + 10, r.y() + size, size, theme.subtle(), FontWeight.BOLD, FontPosture.REGULAR);
        }
    }

    /**
     * How a feed is stroked. Feeds of one style are one path and one stroke: a feed runs through the height of
     * the screen from box to box, and the software renderer pays for every row of pixels of every shape, so
     * that a path of all of them costs about what one of them does.
     */
    private record FeedStyle(Color color, double width, boolean dashed, double alpha) {}

    private void paintFeeds(Pen g, Viewport view, Theme theme, PaintWords words) {
        Map<FeedStyle, List<ChainGeometry.FeedRoute>> byStyle = new LinkedHashMap<>();
        for (ChainGeometry.FeedRoute route : geometry.feeds()) {
            boolean isBroken = broken.contains(List.of(route.from(), route.to()));
            FeedStyle style = new FeedStyle(
                    isBroken ? theme.broken() : theme.feed(),
                    isBroken ? 2.2 : 1.3,
                    (isBroken || route.back()) && Strokes.dashed(g, view, 4),
                    feedAlpha(route));
            byStyle.computeIfAbsent(style, key -> new ArrayList<>()).add(route);
        }
        for (Map.Entry<FeedStyle, List<ChainGeometry.FeedRoute>> group : byStyle.entrySet()) {
            FeedStyle style = group.getKey();
            g.setGlobalAlpha(style.alpha());
            g.setStroke(style.color());
            g.setLineWidth(style.width());
            Strokes.dashes(g, view, style.dashed() ? new double[] {6, 4} : null);
            g.beginPath();
            for (ChainGeometry.FeedRoute route : group.getValue()) {
                Strokes.add(g, view, route.points());
            }
            g.stroke();
            Strokes.dashes(g, view, null);
            g.setFill(style.color());
            g.beginPath();
            for (ChainGeometry.FeedRoute route : group.getValue()) {
                List<double[]> points = route.points();
                double[] tip = points.get(points.size() - 1);
                if (view.sees(tip[0] - 7, tip[1] - 7, 14, 14)) {
                    Strokes.arrowHead(g, points.get(points.size() - 2), tip, 7);
                }
            }
            g.fill();
        }
        for (ChainGeometry.FeedRoute route : geometry.feeds()) {
            if (broken.contains(List.of(route.from(), route.to()))) {
                List<double[]> points = route.points();
                double[] a = points.get(points.size() - 2);
                double[] b = points.get(points.size() - 1);
                g.setGlobalAlpha(feedAlpha(route));
                badge(g, view, words.broken(), (a[0] + b[0]) / 2 - 8, (a[1] + b[1]) / 2 - 8, theme.broken());
            }
        }
        g.setGlobalAlpha(1);
    }

    private double feedAlpha(ChainGeometry.FeedRoute route) {
        return alpha(
                focusSegments != null && focusSegments.contains(route.from()) && focusSegments.contains(route.to()));
    }

    private void paintBoxes(Pen g, Viewport view, Theme theme, PaintWords words, boolean cards) {
        for (Segment segment : chain.segments()) {
            Rect r = geometry.segments().get(segment.id());
            if (r == null || !view.sees(r.x(), r.y(), r.width(), r.height())) {
                continue;
            }
            boolean isMissing = missing.contains(segment.id());
            boolean dashed = isMissing || segment.isPlanned();
            g.setGlobalAlpha(alpha(focusSegments != null && focusSegments.contains(segment.id()))
                    * (segment.isPlanned() ? PLANNED : 1));
            g.setFill(theme.box());
            RoundRects.fill(g, view, r, 8);
            g.setStroke(isMissing ? theme.gap() : theme.boxBorder());
            g.setLineWidth(isMissing ? 1.8 : 1);
            Strokes.dashes(g, view, dashed && Strokes.dashed(g, view, 4) ? new double[] {5, 4} : null);
            RoundRects.stroke(g, view, r, 8);
            Strokes.dashes(g, view, null);
            if (!cards) {
                marks.badges(g, view, r, segment.id(), words.name(segment), words, theme, MIDDLE_MARKS);
                continue;
            }
            List<String> marks = new ArrayList<>();
            List<Color> colours = new ArrayList<>();
            if (isMissing) {
                marks.add(words.missing());
                colours.add(theme.gap());
            } else if (weak.contains(segment.id())) {
                marks.add(words.weak());
                colours.add(theme.weak());
            }
            if (extend.contains(segment.id())) {
                marks.add(words.extend());
                colours.add(theme.extend());
            }
            String name = words.name(segment);
            marks = Badges.fitted(marks, name, 13, r.width() - 16, word -> badgeWidth(word) + 2);
            double badges = 0;
            for (int k = 0; k < marks.size(); k++) {
                badges += badgeWidth(marks.get(k)) + 2;
                badge(g, view, marks.get(k), r.right() - badges - 4, r.y() + 6, colours.get(k));
            }
            BoxTitle.paint(g, view, r, name, badges, theme.text());
        }
        g.setGlobalAlpha(1);
    }

    private void paintCards(Pen g, Viewport view, Theme theme, PaintWords words) {
        g.setGlobalAlpha(1);
        // The view's far edges in map units, worked out once: the test below runs for every card.
        double right = view.x() + view.width() / view.scale();
        double bottom = view.y() + view.height() / view.scale();
        for (int i = 0, k = 0; i < cardFirms.length; i++, k += 4) {
            if (cardBounds[k] + cardBounds[k + 2] < view.x()
                    || cardBounds[k + 1] + cardBounds[k + 3] < view.y()
                    || cardBounds[k] > right
                    || cardBounds[k + 1] > bottom) {
                continue;
            }
            Enterprise firm = cardFirms[i];
            if (firm == null) {
                continue;
            }
            Rect r = cardRects[i];
            boolean choke = chokepointSuppliers.contains(firm.id());
            g.setGlobalAlpha(
                    alpha(focusFirms != null && focusFirms.contains(firm.id())) * (firm.isPlanned() ? PLANNED : 1));
            g.setFill(firm.local() ? theme.card() : theme.externalCard());
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 6, 6);
            if (firm.isPlanned()) {
                g.setStroke(theme.boxBorder());
                g.setLineWidth(1.2);
                Strokes.dashes(g, view, Strokes.dashed(g, view, 4) ? new double[] {4, 3} : null);
                g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 6, 6);
                Strokes.dashes(g, view, null);
            }
            String mark = choke
                    ? Badges.fitted(
                                    List.of(words.chokepoint()),
                                    firm.name(),
                                    12,
                                    r.width() - 12,
                                    w -> badgeWidth(w) + 2)
                            .get(0)
                    : null;
            if (choke) {
                g.setStroke(theme.chokepoint());
                g.setLineWidth(2);
                g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 6, 6);
                badge(g, view, mark, r.right() - badgeWidth(mark) - 2, r.y() + 4, theme.chokepoint());
            }
            double room = r.width() - 12 - (choke ? badgeWidth(mark) + 2 : 0);
            text(
                    g,
                    view,
                    Fonts.fit(firm.name(), 12, room),
                    r.x() + 6,
                    r.centerY(),
                    12,
                    firm.local() ? theme.text() : theme.subtle(),
                    FontWeight.NORMAL,
                    firm.local() ? FontPosture.REGULAR : FontPosture.ITALIC);
        }
        MarkerPass.paint(g, view, theme, geometry.markers(), firms, focusFirms);
    }

    /** A badge is a square for one Chinese mark, wider for a word. */
    private static double badgeWidth(String word) {
        return Math.max(18, Fonts.estimateWidth(word, 11) + 8);
    }

    private void badge(Pen g, Viewport view, String word, double x, double y, Color color) {
        double width = badgeWidth(word);
        g.setFill(color);
        g.fillRoundRect(x, y, width, 18, 5, 5);
        text(
                g,
                view,
                word,
                x + width / 2,
                y + 9,
                word.length() > 1 ? 11 : 12,
                onGap,
                FontWeight.BOLD,
                FontPosture.REGULAR,
                TextAlignment.CENTER);
    }

    static void text(
            Pen g,
            Viewport view,
            String text,
            double x,
            double y,
            double size,
            Color color,
            FontWeight weight,
            FontPosture posture) {
        text(g, view, text, x, y, size, color, weight, posture, TextAlignment.LEFT);
    }

    static void text(
            Pen g,
            Viewport view,
            String text,
            double x,
            double y,
            double size,
            Color color,
            FontWeight weight,
            FontPosture posture,
            TextAlignment alignment) {
        if (size * view.scale() < SMALLEST_TEXT) {
            return;
        }
        // The shipped font has no italic: an external firm reads as such by its grey, not by a slant.
        g.setFill(color);
        g.setTextAlign(alignment);
        Lettering.fill(g, text, x, y, size, weight);
    }
}
