package org.chainmap.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.text.Money;

/**
 * Paints the panorama: every chain of a map at once, for the screen and for every export. Passes, in
 * order: background, stage zones with their titles, bands (tinted in the chain's colour, with a stripe of
 * it, the name, coverage and local rate, a coverage bar), segment boxes (the name and the count of local
 * firms; missing ones dashed red and marked 缺, weak ones framed orange and marked 弱, a segment whose
 * supply from inside its chain is broken marked 断), then the feeds into other chains as arrows in the
 * colour of the supplying chain (broken ones red and dashed, marked 断). Only what the viewport sees is
 * drawn; text too small to read is left out. It draws with any {@link Pen}; only for one that draws pixels is
 * text set in screen pixels ({@link Lettering}).
 */
public final class PanoramaPainter {

    /** Below this size on screen, in pixels, a label of the panorama is not drawn. */
    static final double SMALLEST_TEXT = 5;

    /** The size of a stage's title over its zone. */
    static final double TITLE_SIZE = 20;

    private static final double RADIUS = 8;

    private final PanoramaGeometry geometry;
    private final Map<String, Chain> chains = new HashMap<>();
    private final Map<String, ChainReport> reports = new HashMap<>();
    private final Map<String, Segment> segments = new HashMap<>();
    private final Map<String, Integer> localFirms = new HashMap<>();
    private final Map<String, String> chainOfSegment = new HashMap<>();
    private final Set<String> missing = new HashSet<>();
    private final Set<String> weak = new HashSet<>();
    private final Set<String> brokenInto = new HashSet<>();
    private final Set<List<String>> broken = new HashSet<>();

    /**
     * A painter of {@code map}'s panorama, laid out as {@code geometry}, with the analysis of its chains.
     *
     * @param map the map
     * @param geometry its panorama, from {@link PanoramaLayouter}
     * @param reports the analysis of its chains ({@code analysis.GapAnalysis.of(map)})
     */
    public PanoramaPainter(RegionMap map, PanoramaGeometry geometry, List<ChainReport> reports) {
        this(map, geometry, reports, Set.of());
    }

    /**
     * A painter as above of a compared map whose firms {@code ghosts} only an older version had: the boxes do not
     * count them ({@link ComparePanorama} says them apart).
     */
    public PanoramaPainter(RegionMap map, PanoramaGeometry geometry, List<ChainReport> reports, Set<String> ghosts) {
        this.geometry = geometry;
        Set<List<String>> drawn = new HashSet<>();
        geometry.feeds().forEach(feed -> drawn.add(List.of(feed.from(), feed.to())));
        for (Chain chain : map.chains()) {
            chains.putIfAbsent(chain.id(), chain);
            for (Segment segment : chain.segments()) {
                segments.putIfAbsent(segment.id(), segment);
                chainOfSegment.putIfAbsent(segment.id(), chain.id());
                int local = 0;
                for (Enterprise firm : map.enterprisesIn(segment.id())) {
                    local += firm.local() && !ghosts.contains(firm.id()) ? 1 : 0;
                }
                localFirms.putIfAbsent(segment.id(), local);
            }
        }
        for (ChainReport report : reports) {
            this.reports.put(report.chain(), report);
            for (Gap gap : report.gaps()) {
                if (gap instanceof Gap.Missing m) {
                    missing.add(m.segment());
                } else if (gap instanceof Gap.Weak w) {
                    weak.add(w.segment());
                } else if (gap instanceof Gap.Broken b) {
                    broken.add(List.of(b.from(), b.to()));
                    if (!drawn.contains(List.of(b.from(), b.to()))) {
                        brokenInto.add(b.to());
                    }
                }
            }
        }
    }

    /** Paints the panorama as {@code view} sees it, in {@code theme}'s colours, with {@code words}. */
    public void paint(Pen g, Viewport view, Theme theme, PanoramaWords words) {
        g.save();
        g.setFill(theme.background());
        g.fillRect(0, 0, view.width(), view.height());
        g.translate(-view.x() * view.scale(), -view.y() * view.scale());
        g.scale(view.scale(), view.scale());
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setTextBaseline(VPos.CENTER);
        Ink ink = new Ink(g, view, theme.onGap());
        paintZones(ink, theme, words);
        for (PanoramaGeometry.Band band : geometry.bands()) {
            Rect r = band.bounds();
            if (view.sees(r.x(), r.y(), r.width(), r.height())) {
                paintBand(ink, band, theme, words);
                paintBoxes(ink, band, theme, words);
            }
        }
        paintFeeds(ink, theme, words);
        g.restore();
    }

    private void paintZones(Ink ink, Theme theme, PanoramaWords words) {
        Pen g = ink.g;
        for (PanoramaGeometry.Zone zone : geometry.zones()) {
            Rect r = zone.bounds();
            g.setFill(theme.column());
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 14, 14);
            String title = title(zone, words);
            ink.text(
                    title,
                    r.centerX(),
                    r.y() + PanoramaLayouter.TITLE_HEIGHT / 2,
                    TITLE_SIZE,
                    theme.subtle(),
                    true,
                    TextAlignment.CENTER);
        }
        if (!geometry.bands().isEmpty()) {
            Rect header = geometry.bands().get(0).header();
            ink.text(
                    words.chains(),
                    header.x() + 14,
                    header.y() - PanoramaLayouter.TITLE_HEIGHT / 2,
                    20,
                    theme.subtle(),
                    true,
                    TextAlignment.LEFT);
        }
    }

    /** The title of {@code zone}'s stage in {@code words}: "中游". */
    static String title(PanoramaGeometry.Zone zone, PanoramaWords words) {
        return zone.stage() == Stage.UPSTREAM
                ? words.marks().upstream()
                : zone.stage() == Stage.MIDSTREAM
                        ? words.marks().midstream()
                        : words.marks().downstream();
    }

    /**
     * The stages' titles as drawn at {@code scale} (none where they are too small to be drawn): the area of each
     * title's words, which marks drawn over the panorama keep clear of.
     */
    static List<Rect> titles(PanoramaGeometry geometry, PanoramaWords words, double scale) {
        if (TITLE_SIZE * scale < SMALLEST_TEXT) {
            return List.of();
        }
        List<Rect> titles = new java.util.ArrayList<>();
        for (PanoramaGeometry.Zone zone : geometry.zones()) {
            Rect r = zone.bounds();
            double width = Fonts.estimateWidth(title(zone, words), TITLE_SIZE) * 1.1 + 4; // bold, and a margin
            double height = TITLE_SIZE * 1.3;
            titles.add(new Rect(
                    r.centerX() - width / 2, r.y() + PanoramaLayouter.TITLE_HEIGHT / 2 - height / 2, width, height));
        }
        return titles;
    }

    private void paintBand(Ink ink, PanoramaGeometry.Band band, Theme theme, PanoramaWords words) {
        Pen g = ink.g;
        Chain chain = chains.get(band.chain());
        Color colour = colour(chain, theme);
        Rect r = band.bounds();
        g.setFill(colour.deriveColor(0, 1, 1, theme.background().getBrightness() > 0.5 ? 0.10 : 0.22));
        g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), RADIUS, RADIUS);
        g.setFill(colour);
        g.fillRoundRect(r.x(), r.y(), 7, r.height(), 6, 6);
        Rect h = band.header();
        double left = h.x() + 16;
        double room = h.right() - left - 8;
        String name = chain == null ? band.chain() : words.marks().name(chain);
        ink.text(Fonts.fit(name, 18, room), left, h.y() + 20, 18, theme.text(), true, TextAlignment.LEFT);
        ChainReport report = reports.get(band.chain());
        if (report == null) {
            return;
        }
        String figures = words.format(words.coverage(), report.covered(), report.segments()) + " · "
                + (report.localRate() == null
                        ? words.noLocalRate()
                        : words.format(words.localRate(), report.localRate().rate()));
        ink.text(Fonts.fit(figures, 13, room), left, h.y() + 44, 13, theme.subtle(), false, TextAlignment.LEFT);
        double barY = h.y() + 58;
        double barWidth = Math.min(room, 200);
        g.setFill(theme.column().interpolate(theme.boxBorder(), 0.35));
        g.fillRoundRect(left, barY, barWidth, 6, 6, 6);
        if (report.coverage() != null) {
            g.setFill(colour);
            g.fillRoundRect(left, barY, barWidth * report.coverage(), 6, 6, 6);
        }
    }

    private void paintBoxes(Ink ink, PanoramaGeometry.Band band, Theme theme, PanoramaWords words) {
        Pen g = ink.g;
        for (String id : band.segments()) {
            Rect r = geometry.segments().get(id);
            Segment segment = segments.get(id);
            if (segment == null || !ink.view.sees(r.x(), r.y(), r.width(), r.height())) {
                continue;
            }
            boolean isMissing = missing.contains(id);
            boolean isWeak = !isMissing && weak.contains(id);
            Color frame = isMissing ? theme.gap() : isWeak ? theme.weak() : theme.boxBorder();
            // A planned segment (the target map's, shown with today's) is faded and dashed.
            g.setGlobalAlpha(segment.isPlanned() ? ChainPainter.PLANNED : 1);
            g.setFill(isMissing || isWeak ? theme.box().interpolate(frame, 0.08) : theme.box());
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), RADIUS, RADIUS);
            g.setStroke(frame);
            g.setLineWidth(isMissing ? 2 : isWeak ? 1.8 : 1);
            g.setLineDashes(isMissing || segment.isPlanned() ? new double[] {6, 4} : null);
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), RADIUS, RADIUS);
            g.setLineDashes(null);
            double y = r.y() + PanoramaLayouter.BOX_PADDING / 2 + PanoramaLayouter.NAME_LINE / 2;
            for (String line : PanoramaLayouter.nameLines(words.marks().name(segment))) {
                ink.text(
                        line,
                        r.x() + PanoramaLayouter.BOX_PADDING,
                        y,
                        PanoramaLayouter.NAME_SIZE,
                        theme.text(),
                        segment.core(),
                        TextAlignment.LEFT);
                y += PanoramaLayouter.NAME_LINE;
            }
            double countY = r.bottom() - PanoramaLayouter.COUNT_ROW / 2 - 1;
            int local = localFirms.getOrDefault(id, 0);
            String count = words.format(words.firms(), local, Money.count(local, words.locale()));
            ink.text(
                    count,
                    r.x() + PanoramaLayouter.BOX_PADDING,
                    countY,
                    12,
                    isMissing ? theme.gap() : theme.subtle(),
                    false,
                    TextAlignment.LEFT);
            List<String> marks = new ArrayList<>();
            List<Color> colours = new ArrayList<>();
            if (isMissing || isWeak) {
                marks.add(isMissing ? words.marks().missing() : words.marks().weak());
                colours.add(frame);
            }
            if (brokenInto.contains(id)) {
                marks.add(words.marks().broken());
                colours.add(theme.broken());
            }
            marks = Badges.fitted(
                    marks, count, 12, r.width() - PanoramaLayouter.BOX_PADDING - 5, w -> Ink.width(w) + 3);
            double badgeRight = r.right() - 5;
            for (int k = 0; k < marks.size(); k++) {
                badgeRight -= ink.badge(marks.get(k), badgeRight, countY, colours.get(k)) + 3;
            }
            g.setGlobalAlpha(1);
        }
    }

    private void paintFeeds(Ink ink, Theme theme, PanoramaWords words) {
        Pen g = ink.g;
        for (PanoramaGeometry.CrossFeed feed : geometry.feeds()) {
            List<double[]> points = feed.points();
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] p : points) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
            if (!ink.view.sees(minX, minY, maxX - minX, maxY - minY)) {
                continue;
            }
            boolean isBroken = broken.contains(List.of(feed.from(), feed.to()));
            Color colour = isBroken ? theme.broken() : colour(chains.get(chainOfSegment.get(feed.from())), theme);
            g.setStroke(colour);
            g.setLineWidth(isBroken ? 2.6 : 2.2);
            g.setLineDashes(isBroken ? new double[] {7, 5} : null);
            g.beginPath();
            g.moveTo(points.get(0)[0], points.get(0)[1]);
            for (int i = 1; i < points.size(); i++) {
                g.lineTo(points.get(i)[0], points.get(i)[1]);
            }
            g.stroke();
            g.setLineDashes(null);
            g.setFill(colour);
            g.fillOval(points.get(0)[0] - 3, points.get(0)[1] - 3, 6, 6);
            ink.arrowHead(points.get(points.size() - 2), points.get(points.size() - 1), colour);
            if (isBroken) {
                double[] a = points.get(points.size() - 3);
                double[] b = points.get(points.size() - 2);
                ink.badge(words.marks().broken(), (a[0] + b[0]) / 2 + 10, b[1], theme.broken());
            }
        }
    }

    /** The chain's colour, or the theme's when it has none or an unreadable one. */
    private static Color colour(Chain chain, Theme theme) {
        if (chain != null && chain.color() != null) {
            try {
                return Color.web(chain.color());
            } catch (IllegalArgumentException e) {
                // an unreadable colour: the validator reports it; draw in the theme's
            }
        }
        return theme.subtle();
    }

    /** Drawing helpers bound to one surface and viewport. */
    private static final class Ink {
        final Pen g;
        final Viewport view;

        private final Color onGap;

        Ink(Pen g, Viewport view, Color onGap) {
            this.onGap = onGap;
            this.g = g;
            this.view = view;
        }

        void text(String text, double x, double y, double size, Color colour, boolean bold, TextAlignment align) {
            if (size * view.scale() < SMALLEST_TEXT) {
                return;
            }
            g.setFill(colour);
            g.setTextAlign(align);
            Lettering.fill(g, text, x, y, size, bold ? FontWeight.BOLD : FontWeight.NORMAL);
        }

        /** A mark on a coloured ground, its right edge at {@code right}, centred on {@code y}; returns its width. */
        double badge(String word, double right, double y, Color colour) {
            double width = width(word);
            g.setFill(colour);
            g.fillRoundRect(right - width, y - 9, width, 18, 5, 5);
            text(word, right - width / 2, y, 12, onGap, true, TextAlignment.CENTER);
            return width;
        }

        /** The width of a mark's badge. */
        static double width(String word) {
            return Math.max(20, Fonts.estimateWidth(word, 12) + 8);
        }

        void arrowHead(double[] from, double[] to, Color colour) {
            double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
            double size = 10;
            g.setFill(colour);
            g.fillPolygon(
                    new double[] {to[0], to[0] - size * Math.cos(angle - 0.45), to[0] - size * Math.cos(angle + 0.45)},
                    new double[] {to[1], to[1] - size * Math.sin(angle - 0.45), to[1] - size * Math.sin(angle + 0.45)},
                    3);
        }
    }
}
