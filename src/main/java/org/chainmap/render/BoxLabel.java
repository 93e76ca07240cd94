package org.chainmap.render;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.layout.Rect;

/**
 * A segment's name and counts written into its box at a size readable on the surface: the name wrapped over as
 * many lines as it needs, the largest size at which the whole name fits, never below {@link
 * ZoomLevel#READABLE} pixels; its gap marks as badges on the box's top edge. Used by the summaries of the
 * drawing (overview and middle zoom), where the box's size on the surface, not the map's units, decides.
 */
final class BoxLabel {

    /** The height of a line, as a share of its size. */
    static final double LINE = 1.2;

    /**
     * The height of a line of a name that is cut at {@link #LINE}, as a share of its size: a long English name at
     * fit ("Copper &amp; aluminium conductors, magnet wire" in a box 37 pixels high) whole on three close lines
     * rather than cut on two (decision 0069).
     */
    static final double TIGHT = 1.05;

    /**
     * The least size of the count line, as a share of the name's, before a shorter way of saying it is taken: a
     * count made small to fit a box was unreadable on a printed page (6 pt on an A3 at 300 dpi).
     */
    static final double COUNTS_LEAST = 0.7;

    /** Where a count line may break: after its comma ("本地803家，"), or at a " · " between two counts, dropped. */
    private static final List<String> BREAKS = List.of("\uff0c", ", ", " \u00b7 ");

    private BoxLabel() {}

    /**
     * Writes {@code name} and {@code counts} into {@code r}, centred ({@code centred}) or from its top left,
     * the name at most {@code largest} pixels and {@code mostLines} lines. {@code counts} are ways of saying the
     * same from the longest to the shortest ({@link ChainMarks#countLines}): the first that fits on one line at
     * least {@link #COUNTS_LEAST} of the name's size is written; else one on two lines.
     *
     * <p>From the top left, the words start at least {@code clear} pixels below the box's top edge: below the half
     * of the gap marks ({@link #badges}) that hangs into the box, so that they never cover it. Where the name below
     * the marks would be cut, its first line goes beside them instead: from the box's top, {@code beside} pixels
     * short of its right edge (the marks' width, {@link #badgesWidth}), the rest below at the box's whole width. A
     * long English name in a low box at fit ("Copper &amp; aluminium conductors, magnet wire") had one line below the
     * marks and was cut after a word and a half. Centred labels pass 0 for both.
     *
     * @return the height written, in map units, padding included; 0 when nothing readable fits
     */
    static double paint(
            Pen g,
            Viewport view,
            Theme theme,
            Rect r,
            String name,
            List<String> counts,
            double largest,
            int mostLines,
            boolean centred,
            double clear,
            double beside) {
        Label label = plan(view, r, name, counts, largest, mostLines, centred, clear, beside, LINE);
        if (label != null && !counts.isEmpty() && !whole(label.lines(), name)) {
            // The name comes first: whole without the counts rather than cut above them ("Energy-storage b…").
            Label alone = plan(view, r, name, List.of(), largest, mostLines, centred, clear, beside, LINE);
            if (alone != null && whole(alone.lines(), name)) {
                label = alone;
            }
        }
        if (label != null && !whole(label.lines(), name)) {
            // Still cut: its lines closer, without the counts, if that makes it whole.
            Label close = plan(view, r, name, List.of(), largest, mostLines, centred, clear, beside, TIGHT);
            if (close != null && whole(close.lines(), name)) {
                label = close;
            }
        }
        return label == null ? 0 : write(g, view, theme, r, label, centred);
    }

    /**
     * The lines of a name and its counts, and their sizes and place in pixels ({@code at}: the name's size, the
     * counts' size, the name's top, the padding, the height of the name's lines as a share of its size).
     */
    private record Label(List<String> lines, List<String> countLines, double[] at) {}

    /** How {@link #paint} lays its words out in {@code r}; {@code null} when nothing readable fits. */
    private static Label plan(
            Viewport view,
            Rect r,
            String name,
            List<String> counts,
            double largest,
            int mostLines,
            boolean centred,
            double clear,
            double beside,
            double spacing) {
        double s = view.scale();
        double wide = r.width() * s;
        double high = r.height() * s;
        double pad = Math.max(4, Math.min(wide, high) * 0.06);
        double top = centred ? pad : Math.max(pad, clear);
        double size = Math.max(ZoomLevel.READABLE, Math.min(largest, Math.min(high * 0.2, wide * 0.11)));
        double countSize;
        double nameTop;
        List<String> lines;
        List<String> countLines;
        while (true) {
            countSize = Math.max(ZoomLevel.READABLE, 0.85 * size);
            countLines = List.of();
            double least = Math.max(ZoomLevel.READABLE, COUNTS_LEAST * size);
            for (String line : counts) {
                double fits = countSize;
                while (Fonts.estimateWidth(line, fits) > wide - 2 * pad && fits > least) {
                    fits = Math.max(least, fits * 0.92);
                }
                if (Fonts.estimateWidth(line, fits) <= wide - 2 * pad) {
                    countSize = fits;
                    countLines = List.of(line);
                    break;
                }
            }
            if (countLines.isEmpty() && !counts.isEmpty()) {
                // None on one line: the first whole on two, at the least size; else the shortest, cut.
                countSize = least;
                countLines = cutToTwo(counts.get(counts.size() - 1), countSize, wide - 2 * pad);
                for (String line : counts) {
                    List<String> two = twoLines(line, countSize, wide - 2 * pad);
                    if (!two.isEmpty() && whole(two, line)) {
                        countLines = two;
                        break;
                    }
                }
            }
            double countHeight = LINE * countSize * countLines.size();
            int room = (int) Math.min(mostLines, Math.floor((high - top - pad - countHeight) / (spacing * size)));
            if (room < 1) {
                if (size > ZoomLevel.READABLE) {
                    size = Math.max(ZoomLevel.READABLE, size * 0.9);
                    continue;
                }
                if (!counts.isEmpty()) {
                    // Too low for the name and the counts (below the marks): the name alone, which comes first; the
                    // marks say the gap. A box at fit in a small window wrote neither before.
                    return plan(view, r, name, List.of(), largest, mostLines, centred, clear, beside, spacing);
                }
                // Too low for a line below the marks: the name as before, rather than none.
                return clear > 0 && top > pad
                        ? plan(view, r, name, counts, largest, mostLines, centred, 0, 0, spacing)
                        : null;
            }
            lines = Fonts.wrap(name, size, wide - 2 * pad, room);
            nameTop = top;
            if (!whole(lines, name) && beside > 0 && top > pad) {
                int rows = (int) Math.min(mostLines, Math.floor((high - 2 * pad - countHeight) / (spacing * size)));
                List<String> besideMarks = besideMarks(name, size, wide - 2 * pad, beside, rows);
                if (shown(besideMarks) > shown(lines)) {
                    lines = besideMarks;
                    nameTop = pad;
                }
            }
            if (whole(lines, name) || size <= ZoomLevel.READABLE) {
                break;
            }
            size = Math.max(ZoomLevel.READABLE, size * 0.9);
        }
        if (!whole(lines, name)) {
            lines = afterWholeWord(lines, name, size, wide - 2 * pad);
        }
        return new Label(lines, countLines, new double[] {size, countSize, nameTop, pad, spacing});
    }

    /**
     * Writes the lines of {@code label} into {@code r}.
     *
     * @return the height written, in map units, padding included
     */
    private static double write(Pen g, Viewport view, Theme theme, Rect r, Label label, boolean centred) {
        double s = view.scale();
        List<String> lines = label.lines();
        List<String> countLines = label.countLines();
        double[] at = label.at();
        double size = at[0];
        double countSize = at[1];
        double nameTop = at[2];
        double pad = at[3];
        double spacing = at[4];
        double block = lines.size() * spacing * size + countLines.size() * LINE * countSize;
        double first = centred ? r.y() + (r.height() - block / s) / 2 : r.y() + nameTop / s;
        double x = centred ? r.centerX() : r.x() + pad / s;
        TextAlignment align = centred ? TextAlignment.CENTER : TextAlignment.LEFT;
        double y = first + spacing * size / 2 / s;
        for (String words : lines) {
            ChainPainter.text(
                    g, view, words, x, y, size / s, theme.text(), FontWeight.BOLD, FontPosture.REGULAR, align);
            y += spacing * size / s;
        }
        y += (LINE * countSize - spacing * size) / 2 / s;
        for (String line : countLines) {
            ChainPainter.text(
                    g, view, line, x, y, countSize / s, theme.subtle(), FontWeight.NORMAL, FontPosture.REGULAR, align);
            y += LINE * countSize / s;
        }
        return (block + nameTop + pad) / s;
    }

    /**
     * {@code name} in at most {@code rows} lines of {@code width} pixels at {@code size}, the first {@code beside}
     * pixels shorter and broken only where a line may break (after a space, beside a Chinese character); empty
     * when no first line fits so.
     */
    static List<String> besideMarks(String name, double size, double width, double beside, int rows) {
        if (rows < 2 || width - beside < 3 * size) {
            return List.of();
        }
        String head = Fonts.wrap(name, size, width - beside, 1 + name.length()).get(0);
        int after = head.length();
        if (head.equals(name)) {
            return List.of(head);
        }
        boolean breaks = after < name.length()
                && name.startsWith(head)
                && (name.charAt(after) == ' '
                        || name.charAt(after) >= 0x2E80
                        || name.charAt(after - 1) >= 0x2E80
                        || name.charAt(after - 1) == '-'
                        || name.charAt(after - 1) == '/');
        if (head.isEmpty() || !breaks) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>(List.of(head));
        lines.addAll(Fonts.wrap(name.substring(after).strip(), size, width, rows - 1));
        return lines;
    }

    /**
     * {@code lines} of a cut {@code name} with the last one cut after a whole word ({@link BoxTitle#shortened}):
     * "Copper &amp; aluminium…", not "Copper &amp; aluminium conduct…"; the pointer shows the whole name.
     */
    static List<String> afterWholeWord(List<String> lines, String name, double size, double width) {
        int at = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            int found = name.indexOf(lines.get(i), at);
            if (found < 0) {
                return lines;
            }
            at = found + lines.get(i).length();
        }
        List<String> out = new java.util.ArrayList<>(lines.subList(0, lines.size() - 1));
        out.add(BoxTitle.shortened(name.substring(at).strip(), size, width));
        return out;
    }

    /** How many characters of a name {@code lines} show, the ellipsis of a cut left out. */
    private static int shown(List<String> lines) {
        return String.join("", lines).replace("\u2026", "").length();
    }

    /**
     * How wide the badges {@link #badges} draws for {@code words} at {@code size} pixels are on {@code r}'s top
     * edge, in pixels from its right end, with a gap before a name beside them.
     */
    static double badgesWidth(Viewport view, Rect r, List<String> words, double size) {
        if (words.isEmpty()) {
            return 0;
        }
        double px = Math.max(ZoomLevel.READABLE, size);
        double width = Math.max(4, r.width() * view.scale() * 0.04) + 0.3 * px * (words.size() - 1) + 0.5 * px;
        for (String word : words) {
            width += Math.max(1.6 * px, Fonts.estimateWidth(word, px) + 0.8 * px);
        }
        return width;
    }

    /**
     * {@code line} over two lines no wider than {@code width} at {@code size}, broken only between two counts:
     * after its comma ("本地803家，" / "外地119家") or at its " · " ("49 local" / "4 ext."), whichever leaves the
     * wider half narrowest, so that no count is split from its words. Empty when the line has such a place and
     * no break there fits; a line without one is broken as {@link Fonts#wrap} breaks it.
     */
    static List<String> twoLines(String line, double size, double width) {
        List<String> best = List.of();
        double bestWidth = Double.MAX_VALUE;
        boolean breakable = false;
        for (String separator : BREAKS) {
            for (int at = line.indexOf(separator); at > 0; at = line.indexOf(separator, at + 1)) {
                breakable = true;
                String first = line.substring(0, dropped(separator) ? at : at + separator.length())
                        .strip();
                String second = line.substring(at + separator.length()).strip();
                double wider = Math.max(Fonts.estimateWidth(first, size), Fonts.estimateWidth(second, size));
                if (wider <= width && wider < bestWidth) {
                    best = List.of(first, second);
                    bestWidth = wider;
                }
            }
        }
        return breakable ? best : Fonts.wrap(line, size, width, 2);
    }

    /**
     * {@code line} cut to two lines no wider than {@code width} at {@code size} where it fits on none: each of
     * its two counts on a line of its own, cut with an ellipsis if need be, when it has a place to break
     * ({@link #twoLines}); else as {@link Fonts#wrap} cuts it.
     */
    static List<String> cutToTwo(String line, double size, double width) {
        for (String separator : BREAKS) {
            int at = line.indexOf(separator);
            if (at > 0) {
                String first = line.substring(0, dropped(separator) ? at : at + separator.length());
                return List.of(
                        Fonts.wrap(first.strip(), size, width, 1).get(0),
                        Fonts.wrap(line.substring(at + separator.length()).strip(), size, width, 1)
                                .get(0));
            }
        }
        return Fonts.wrap(line, size, width, 2);
    }

    /** Whether {@code separator} is left out where a line breaks at it (a " · "; a comma stays on the first line). */
    private static boolean dropped(String separator) {
        return separator.contains("\u00b7");
    }

    /** Whether {@code lines} hold the whole of {@code name} (no ellipsis cut it; a " · " dropped at a break). */
    static boolean whole(List<String> lines, String name) {
        return String.join("", lines)
                .replace(" ", "")
                .replace("\u00b7", "")
                .equals(name.replace(" ", "").replace("\u00b7", ""));
    }

    /** How far below a box's top edge its gap marks at {@code size} pixels reach, in pixels. */
    static double badgesReach(double size) {
        return 0.8 * Math.max(ZoomLevel.READABLE, size) + 2;
    }

    /**
     * Badges for {@code words} in {@code colours}, on the top edge of {@code r} from its right end, each word at
     * {@code size} pixels (at least readable), its text in {@code onGap}.
     */
    static void badges(
            Pen g, Viewport view, Rect r, List<String> words, List<Color> colours, double size, Color onGap) {
        double s = view.scale();
        double px = Math.max(ZoomLevel.READABLE, size);
        double height = 1.6 * px / s;
        double right = r.right() - Math.max(4, r.width() * s * 0.04) / s;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            double width = Math.max(height, (Fonts.estimateWidth(word, px) + 0.8 * px) / s);
            g.setFill(colours.get(i));
            g.fillRoundRect(right - width, r.y() - height / 2, width, height, height / 3, height / 3);
            ChainPainter.text(
                    g,
                    view,
                    word,
                    right - width / 2,
                    r.y(),
                    px / s,
                    onGap,
                    FontWeight.BOLD,
                    FontPosture.REGULAR,
                    TextAlignment.CENTER);
            right -= width + 0.3 * px / s;
        }
    }
}
