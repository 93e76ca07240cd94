package org.chainmap.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.UserLanguage;

/**
 * Lays out the panorama: every chain of a map at once, one horizontal band per chain in document order,
 * top to bottom. A band has a header on the left (the chain's name and figures) and its segments as
 * compact boxes in three stage zones; a zone has the same columns in every band, as many as the most
 * crowded band needs up to {@value #MAX_COLUMNS}, so stages line up down the whole picture. In a zone the
 * boxes run left to right, then on in the next row, in stage order ({@code order}, then document order).
 * Boxes of one band have one height: room for the longest name in it (up to {@value #NAME_LINES} lines of
 * about {@value #NAME_CHARS} Chinese characters) and a line for the count.
 *
 * <p>Feeds inside a chain are left out: in a grid of boxes they would cross boxes, and the chain's own
 * view shows them. Feeds into another chain are routed by {@link PanoramaRoutes} down a gutter between the
 * headers and the zones. Deterministic: the same map gives the same geometry.
 */
public final class PanoramaLayouter {

    /** The font size of a segment's name. */
    public static final double NAME_SIZE = 14;

    /** The most lines of a segment's name. */
    public static final int NAME_LINES = 2;

    /** Chinese characters on one line of a segment's name. */
    public static final int NAME_CHARS = 9;

    /** The height of one line of a segment's name. */
    public static final double NAME_LINE = 18;

    /** The height of a box's count row. */
    public static final double COUNT_ROW = 20;

    /** The space between a box's frame and its text. */
    public static final double BOX_PADDING = 7;

    /** A segment box's width. */
    public static final double BOX_WIDTH = NAME_CHARS * NAME_SIZE + 2 * BOX_PADDING;

    /** The most columns of boxes in a stage zone. */
    public static final int MAX_COLUMNS = 4;

    /** The width of a band's header. */
    public static final double HEADER_WIDTH = 260;

    /** The least height of a band: room for the header's name, figures and coverage bar. */
    public static final double HEADER_HEIGHT = 76;

    /** The height of the row of stage titles above the bands. */
    public static final double TITLE_HEIGHT = 40;

    static final double MARGIN = 20;
    static final double COLUMN_GAP = 10;
    static final double ROW_GAP = 16;
    static final double BAND_PADDING = 10;
    static final double BAND_GAP = 8;
    static final double ZONE_PADDING = 12;
    static final double ZONE_GAP = 16;

    private final List<Chain> chains;
    private final Locale locale;
    private final int[] columns;
    private final double[] zoneLeft = new double[Stage.values().length];
    private final Map<String, int[]> place = new LinkedHashMap<>();
    private final Map<String, Double> columnX = new LinkedHashMap<>();
    private final List<List<String>> bandSegments = new ArrayList<>();
    private final int[] rows;
    private final int[] lines;
    private double right;

    private PanoramaLayouter(List<Chain> chains, Locale locale) {
        this.chains = chains;
        this.locale = locale;
        this.columns = columns(chains);
        this.rows = new int[chains.size()];
        this.lines = new int[chains.size()];
    }

    /** The panorama of every chain of {@code map}, its boxes sized for the segments' own (Chinese) names. */
    public static PanoramaGeometry layout(RegionMap map) {
        return layout(map, UserLanguage.CHINESE);
    }

    /** The panorama of every chain of {@code map}, its boxes sized for the names {@code locale} shows. */
    public static PanoramaGeometry layout(RegionMap map, Locale locale) {
        List<CrossFeedPlan> cross = crossFeeds(map);
        double gutter = PanoramaRoutes.gutterWidth((int) cross.stream()
                .map(feed -> feed.from() + "/" + feed.down())
                .distinct()
                .count());
        PanoramaLayouter layouter = new PanoramaLayouter(map.chains(), locale);
        layouter.placeZones(MARGIN + HEADER_WIDTH + gutter);
        layouter.placeInBands();
        Map<String, Rect> boxes = new LinkedHashMap<>();
        List<PanoramaGeometry.Band> bands = new ArrayList<>();
        List<double[]> rowTops = new ArrayList<>();
        double bottom = layouter.stackBands(PanoramaRoutes.gapLoad(cross, layouter.place), boxes, bands, rowTops);
        List<PanoramaGeometry.Zone> zones = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            double left = layouter.zoneLeft[stage.ordinal()];
            zones.add(new PanoramaGeometry.Zone(
                    stage, new Rect(left, MARGIN, layouter.zoneWidth(stage), bottom - MARGIN)));
        }
        PanoramaRoutes routes =
                new PanoramaRoutes(bands, rowTops, boxes, layouter.place, MARGIN + HEADER_WIDTH, gutter);
        return new PanoramaGeometry(zones, bands, boxes, routes.route(cross), layouter.right + MARGIN, bottom + MARGIN);
    }

    private double zoneWidth(Stage stage) {
        int cols = columns[stage.ordinal()];
        return 2 * ZONE_PADDING + cols * BOX_WIDTH + (cols - 1) * COLUMN_GAP;
    }

    /** The zones side by side from {@code left}, a gap between them. */
    private void placeZones(double left) {
        double x = left;
        for (Stage stage : Stage.values()) {
            zoneLeft[stage.ordinal()] = x;
            x += zoneWidth(stage) + (stage.ordinal() < columns.length - 1 ? ZONE_GAP : 0);
        }
        right = x;
    }

    /** Each box's band, row and column; each band's rows and lines of names. */
    private void placeInBands() {
        for (int b = 0; b < chains.size(); b++) {
            rows[b] = 1;
            lines[b] = 1;
            List<String> ids = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                List<Segment> inStage = chains.get(b).segments(stage);
                int cols = columns[stage.ordinal()];
                for (int i = 0; i < inStage.size(); i++) {
                    Segment segment = inStage.get(i);
                    if (place.containsKey(segment.id())) {
                        continue; // a duplicated id, which the validator reports: the first box wins
                    }
                    place.put(segment.id(), new int[] {b, i / cols});
                    columnX.put(
                            segment.id(),
                            zoneLeft[stage.ordinal()] + ZONE_PADDING + (i % cols) * (BOX_WIDTH + COLUMN_GAP));
                    rows[b] = Math.max(rows[b], i / cols + 1);
                    lines[b] = Math.max(
                            lines[b], nameLines(Names.of(segment, locale)).size());
                    ids.add(segment.id());
                }
            }
            bandSegments.add(ids);
        }
    }

    /**
     * The bands top to bottom, each gap as high as the feeds running along it need ({@code load}); fills
     * {@code boxes}, {@code bands} and {@code rowTops} and returns the bottom of the last band.
     */
    private double stackBands(
            Map<String, Integer> load,
            Map<String, Rect> boxes,
            List<PanoramaGeometry.Band> bands,
            List<double[]> rowTops) {
        double y = MARGIN + TITLE_HEIGHT;
        for (int b = 0; b < chains.size(); b++) {
            double boxHeight = boxHeight(lines[b]);
            double[] gaps = new double[rows[b] + 1];
            double content = rows[b] * boxHeight;
            for (int g = 0; g <= rows[b]; g++) {
                double least = g == 0 || g == rows[b] ? BAND_PADDING : ROW_GAP;
                gaps[g] = Math.max(least, PanoramaRoutes.gapHeight(load.getOrDefault(b + "/" + g, 0)));
                content += gaps[g];
            }
            double height = Math.max(HEADER_HEIGHT, content);
            double[] tops = new double[rows[b]];
            double top = y + (height - content) / 2;
            for (int row = 0; row < rows[b]; row++) {
                top += gaps[row];
                tops[row] = top;
                top += boxHeight;
            }
            for (String id : bandSegments.get(b)) {
                boxes.put(id, new Rect(columnX.get(id), tops[place.get(id)[1]], BOX_WIDTH, boxHeight));
            }
            bands.add(new PanoramaGeometry.Band(
                    chains.get(b).id(),
                    new Rect(MARGIN, y, right - MARGIN, height),
                    new Rect(MARGIN, y, HEADER_WIDTH, height),
                    bandSegments.get(b)));
            rowTops.add(tops);
            y += height + BAND_GAP;
        }
        return chains.isEmpty() ? y : y - BAND_GAP;
    }

    /** The height of a box whose name takes {@code lines} lines. */
    public static double boxHeight(int lines) {
        return BOX_PADDING + lines * NAME_LINE + COUNT_ROW;
    }

    /**
     * A segment's name broken into the lines its box shows: at most {@value #NAME_LINES}, each about
     * {@value #NAME_CHARS} Chinese characters wide at {@link #NAME_SIZE}, the last cut with an ellipsis
     * when the name is longer still. Breaks after a space or a closing or opening bracket when one is near.
     */
    public static List<String> nameLines(String name) {
        double room = BOX_WIDTH - 2 * BOX_PADDING;
        List<String> lines = new ArrayList<>();
        String rest = name.strip();
        while (!rest.isEmpty() && lines.size() < NAME_LINES) {
            if (estimateWidth(rest, NAME_SIZE) <= room || lines.size() == NAME_LINES - 1) {
                lines.add(fit(rest, NAME_SIZE, room));
                break;
            }
            int cut = fitting(rest, NAME_SIZE, room);
            for (int i = cut; i > cut / 2; i--) {
                char c = rest.charAt(i - 1);
                if (c == ' ' || c == '（' || c == '(' || c == '、' || c == '，') {
                    cut = c == '（' || c == '(' ? i - 1 : i;
                    break;
                }
            }
            cut = Math.max(1, cut);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /**
     * About how wide {@code text} is at {@code size}: a full width per Chinese character, about 0.58 of it
     * for Latin ones (the rule of {@code render.Fonts.estimateWidth}, which layout cannot use).
     */
    static double estimateWidth(String text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x2E80 ? size : size * 0.58;
        }
        return width;
    }

    /** How many leading characters of {@code text} fit {@code width} at {@code size}. */
    private static int fitting(String text, double size, double width) {
        double used = 0;
        for (int i = 0; i < text.length(); i++) {
            used += estimateWidth(text.substring(i, i + 1), size);
            if (used > width) {
                return i;
            }
        }
        return text.length();
    }

    private static String fit(String text, double size, double width) {
        if (estimateWidth(text, size) <= width) {
            return text;
        }
        return text.substring(0, fitting(text, size, width - estimateWidth("…", size))) + "…";
    }

    /** Per stage, the columns of its zone: as many as the most crowded band needs, 1 to {@value #MAX_COLUMNS}. */
    private static int[] columns(List<Chain> chains) {
        int[] columns = new int[Stage.values().length];
        for (Stage stage : Stage.values()) {
            int most = 1;
            for (Chain chain : chains) {
                most = Math.max(most, chain.segments(stage).size());
            }
            columns[stage.ordinal()] = Math.min(MAX_COLUMNS, most);
        }
        return columns;
    }

    /** The feeds into another chain, in document order; each pair once, feeds to unknown segments left out. */
    private static List<CrossFeedPlan> crossFeeds(RegionMap map) {
        List<CrossFeedPlan> feeds = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (Chain chain : map.chains()) {
            index.putIfAbsent(chain.id(), index.size());
        }
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                for (String fed : segment.feeds()) {
                    Chain target = map.chainOfSegment(fed).orElse(null);
                    if (target != null
                            && !target.id().equals(chain.id())
                            && map.chainOfSegment(segment.id()).orElse(chain) == chain
                            && seen.add(List.of(segment.id(), fed))) {
                        feeds.add(new CrossFeedPlan(segment.id(), fed, index.get(target.id()) > index.get(chain.id())));
                    }
                }
            }
        }
        return feeds;
    }

    /** A feed into another chain, before routing; {@code down} when the target's band is lower. */
    record CrossFeedPlan(String from, String to, boolean down) {}
}
