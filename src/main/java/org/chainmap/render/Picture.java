package org.chainmap.render;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A drawing framed for a picture: a title and the key figures above it; the legend, the data source and the
 * date below it. Laid out in map units, so that at any scale the frame keeps its proportions to the map.
 * Painted by {@link #paint} with a {@link Pen}: for a PNG, a tile at a time on the JavaFX thread.
 *
 * @param drawing the chain or panorama
 * @param title the first line, large: region and chain
 * @param figures the second line: coverage, local rate, counts
 * @param footer the last line: data source and export date
 * @param words the drawing's words and the legend's
 * @param compared whether it is a comparison's picture: the legend then keys its marks too (added, removed,
 *     changed, gaps closed and opened)
 */
public record Picture(Drawing drawing, String title, String figures, String footer, Words words, boolean compared) {

    /** The keys of a comparison's marks, after the gap marks and the cards in the legend of a compared picture. */
    private static final List<String> COMPARE_KEYS = List.of(
            "compare.added",
            "compare.removed",
            "compare.changed",
            "compare.closed",
            "compare.closedWeak",
            "compare.opened",
            "compare.gapChanged");

    /** A picture of a map, not of a comparison. */
    public Picture(Drawing drawing, String title, String figures, String footer, Words words) {
        this(drawing, title, figures, footer, words, false);
    }

    /** The height of the title and figures above the drawing. */
    public static final double HEADER = 74;

    /** The height of the legend and the footer below the drawing. */
    static final double FOOTER = 70;

    private static final double MARGIN = 24;
    private static final double LEGEND_ROW = 22;

    /** The whole picture's width in map units: the drawing's, or wider for a long title or legend entry. */
    public double width() {
        double widest = Math.max(
                Math.max(textWidth(title, 24), textWidth(figures, 13)),
                Math.max(textWidth(footer, 11), widestLegendItem()));
        return Math.max(drawing.width(), MARGIN * 2 + widest);
    }

    /** The whole picture's height in map units. */
    public double height() {
        return HEADER + drawing.height() + footerHeight();
    }

    /**
     * Paints the part of the picture at {@code scale} pixels per map unit whose top left pixel is
     * ({@code x}, {@code y}) onto a surface of {@code width} × {@code height} pixels.
     */
    public void paint(Pen g, double x, double y, double width, double height, double scale, Theme theme) {
        g.save();
        g.clearRect(0, 0, width, height);
        double left = (width() - drawing.width()) / 2;
        drawing.paint(
                g,
                new Viewport(x / scale - left, y / scale - HEADER, scale, width, height)
                        .tileOf(new Viewport(-left, -HEADER, scale, width() * scale, height() * scale)),
                theme,
                words.paintWords());
        g.translate(-x, -y);
        g.scale(scale, scale);
        g.setFill(theme.background());
        g.clearRect(0, 0, width(), HEADER);
        g.fillRect(0, 0, width(), HEADER);
        double bottom = HEADER + drawing.height();
        g.clearRect(0, bottom, width(), footerHeight());
        g.fillRect(0, bottom, width(), footerHeight());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(theme.text());
        g.setFont(Font.font(Fonts.of(24).getFamily(), FontWeight.BOLD, 24));
        g.fillText(title, MARGIN, 28);
        g.setFill(theme.subtle());
        g.setFont(Fonts.of(13));
        g.fillText(figures, MARGIN, 56);
        paintLegend(g, bottom + 16, theme);
        g.setFill(theme.subtle());
        g.setFont(Fonts.of(11));
        g.fillText(footer, MARGIN, bottom + footerHeight() - 16);
        g.restore();
    }

    /** Text widths are estimated a little wide, so that nothing is clipped. */
    private static double textWidth(String text, double size) {
        return Fonts.estimateWidth(text, size) * 1.15;
    }

    /**
     * The legend's entries: a mark and its words; the marks of firms are card swatches; a compared picture's
     * marks (outlines and round gap marks, {@link #COMPARE_KEYS}) follow.
     */
    private List<String[]> legendItems() {
        PaintWords marks = words.paintWords();
        List<String[]> items = new java.util.ArrayList<>(List.of(
                new String[] {"missing", icon(marks.missing())},
                new String[] {"weak", icon(marks.weak())},
                new String[] {"broken", icon(marks.broken())},
                new String[] {"chokepoint", icon(marks.chokepoint())},
                new String[] {"extend", icon(marks.extend())},
                new String[] {"local", null},
                new String[] {"external", null}));
        if (compared) {
            COMPARE_KEYS.forEach(key -> items.add(new String[] {key, null}));
        }
        return items;
    }

    /**
     * A gap mark as the legend shows it: an English word as the letter a box's mark shrinks to where the name needs
     * the room (M), its words beside it saying the word ("missing segment: …"); a Chinese mark (缺) as it is.
     */
    private static String icon(String mark) {
        return mark.charAt(0) < 0x2E80 ? Badges.icon(mark) : mark;
    }

    private static double badgeWidth(String mark) {
        return Math.max(18, Fonts.estimateWidth(mark, 11) + 8);
    }

    private double itemWidth(String[] item) {
        double mark = item[1] == null ? 28 : badgeWidth(item[1]);
        if (round(item[0])) {
            mark = 18;
        }
        return mark + 6 + textWidth(words.text("legend." + item[0]), 12) + 18;
    }

    private double widestLegendItem() {
        return legendItems().stream().mapToDouble(this::itemWidth).max().orElse(0);
    }

    /** How many rows the legend takes when it wraps at the picture's width. */
    private int legendRows() {
        double room = width() - 2 * MARGIN;
        int rows = 1;
        double x = 0;
        for (String[] item : legendItems()) {
            double w = itemWidth(item);
            if (x > 0 && x + w > room) {
                rows++;
                x = 0;
            }
            x += w;
        }
        return rows;
    }

    double footerHeight() {
        return FOOTER + (legendRows() - 1) * LEGEND_ROW;
    }

    private void paintLegend(Pen g, double top, Theme theme) {
        double room = width() - 2 * MARGIN;
        double x = 0;
        double y = top;
        for (String[] item : legendItems()) {
            double w = itemWidth(item);
            if (x > 0 && x + w > room) {
                x = 0;
                y += LEGEND_ROW;
            }
            double left = MARGIN + x;
            double mark;
            if (item[1] != null) {
                mark = badgeWidth(item[1]);
                g.setFill(
                        switch (item[0]) {
                            case "weak" -> theme.weak();
                            case "broken" -> theme.broken();
                            case "chokepoint" -> theme.chokepoint();
                            case "extend" -> theme.extend();
                            default -> theme.gap();
                        });
                g.fillRoundRect(left, y, mark, 18, 5, 5);
                g.setFill(theme.onGap());
                g.setTextAlign(TextAlignment.CENTER);
                g.setFont(Font.font(Fonts.of(11).getFamily(), FontWeight.BOLD, item[1].length() > 1 ? 11 : 12));
                g.fillText(item[1], left + mark / 2, y + 9);
            } else if (COMPARE_KEYS.contains(item[0])) {
                mark = compareMark(g, item[0], left, y, theme);
            } else {
                mark = 28;
                g.setFill(item[0].equals("local") ? theme.card() : theme.externalCard());
                g.fillRoundRect(left, y, mark, 18, 5, 5);
                g.setStroke(theme.boxBorder());
                g.setLineWidth(1);
                g.strokeRoundRect(left, y, mark, 18, 5, 5);
            }
            legendLabel(g, words.text("legend." + item[0]), left + mark + 6, y, theme);
            x += w;
        }
    }

    /**
     * A comparison's mark as the drawing shows it, at ({@code left}, {@code y}): a card outlined green (added), red
     * and dashed (removed) or blue (changed); a gap closed ✓ on green (on the weak colour in a green ring: closed, weak
     * now), one opened ! on red, one changed ~ on blue.
     * Gives its width.
     */
    private static double compareMark(Pen g, String key, double left, double y, Theme theme) {
        if (round(key)) {
            boolean weak = key.equals("compare.closedWeak"); // closed, weak now: the weak colour in a green ring
            boolean closed = weak || key.equals("compare.closed");
            boolean opened = key.equals("compare.opened");
            g.setFill(closed ? ComparePainter.ADDED : opened ? ComparePainter.REMOVED : ComparePainter.CHANGED);
            g.fillOval(left, y, 18, 18);
            if (weak) {
                g.setFill(theme.weak());
                g.fillOval(left + 2.5, y + 2.5, 13, 13);
            }
            g.setFill(weak ? theme.onGap() : javafx.scene.paint.Color.WHITE);
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(Font.font(Fonts.of(11).getFamily(), FontWeight.BOLD, 12));
            g.fillText(closed ? "\u2713" : opened ? "!" : "~", left + 9, y + 9);
            return 18;
        }
        g.setFill(theme.card());
        g.fillRoundRect(left, y, 28, 18, 5, 5);
        g.setStroke(
                key.equals("compare.added")
                        ? ComparePainter.ADDED
                        : key.equals("compare.removed") ? ComparePainter.REMOVED : ComparePainter.CHANGED);
        g.setLineWidth(2.5);
        g.setLineDashes(key.equals("compare.removed") ? new double[] {4, 3} : null);
        g.strokeRoundRect(left + 1, y + 1, 26, 16, 5, 5);
        g.setLineDashes(null);
        return 28;
    }

    /** Whether the comparison's mark {@code key} is a round gap mark (closed, opened, changed). */
    private static boolean round(String key) {
        return key.equals("compare.closed")
                || key.equals("compare.closedWeak")
                || key.equals("compare.opened")
                || key.equals("compare.gapChanged");
    }

    private static void legendLabel(Pen g, String label, double x, double y, Theme theme) {
        g.setFill(theme.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Fonts.of(12));
        g.fillText(label, x, y + 9);
    }
}
