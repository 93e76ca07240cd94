package org.chainmap.render;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.chainmap.layout.Placement;
import org.chainmap.layout.Rect;

/**
 * A segment's name in the header of its box where every card is drawn ({@link ZoomLevel#CARDS}): the strip of
 * {@link Placement#HEADER} map units above the cards. A name that fits is one line at {@link #SIZE}, as always
 * (every Chinese name of the shipped map); a longer one, an English name mostly, is made smaller down to {@link
 * #FLOOR} on one line, else wrapped on word boundaries into two lines (three smaller ones where the surface
 * shows them readable); only a name too long for that is shortened, after a whole word and with an ellipsis,
 * its whole name on pointing (decision 0069).
 */
final class BoxTitle {

    /** The name's size, in map units, where it fits. */
    static final double SIZE = 13;

    /** The least size of a name made smaller to be whole, in map units (and never below readable pixels). */
    static final double FLOOR = 10;

    /** The height of a line of a two-line name, as a share of its size: the header's 30 units hold two of 12. */
    static final double LINE = 1.1;

    /** The middle of the header's single line, below the box's top. */
    private static final double MIDDLE = 15;

    private BoxTitle() {}

    /** The lines of a title and their size. */
    record Title(List<String> lines, double size) {}

    /**
     * How {@code name} is written in a header with {@code width} map units of room, on a surface of {@code scale}
     * pixels per map unit.
     */
    static Title of(String name, double width, double scale) {
        if (Fonts.estimateWidth(name, SIZE) <= width) {
            return new Title(List.of(name), SIZE);
        }
        double floor = Math.min(SIZE, Math.max(FLOOR, ZoomLevel.READABLE / Math.max(scale, 1e-9)));
        for (double size = SIZE - 0.5; size >= floor; size -= 0.5) {
            if (Fonts.estimateWidth(name, size) <= width) {
                return new Title(List.of(name), size);
            }
        }
        double two = Math.min(12, Math.max(floor, Placement.HEADER / (2 * LINE + 0.3)));
        for (double size = two; size >= floor; size -= 0.5) {
            List<String> lines = Fonts.wrap(name, size, width, 2);
            if (BoxLabel.whole(lines, name)) {
                return new Title(lines, size);
            }
        }
        // Three lines of the least size the header holds, where that is readable on the surface (a small chain at
        // fit on a large window): "Boilers & pressure vessels incl. gas cylinders" whole.
        double three = Placement.HEADER / (3 * LINE);
        if (ZoomLevel.READABLE / Math.max(scale, 1e-9) <= three) {
            List<String> lines = Fonts.wrap(name, three, width, 3);
            if (BoxLabel.whole(lines, name)) {
                return new Title(lines, three);
            }
        }
        if (floor > 12) {
            return new Title(List.of(shortened(name, floor, width)), floor);
        }
        String first = Fonts.wrap(name, floor, width, 2).get(0);
        String rest = name.substring(Math.min(name.length(), first.length())).strip();
        if (!name.startsWith(first) || rest.isEmpty()) {
            return new Title(List.of(shortened(name, floor, width)), floor);
        }
        return new Title(List.of(first, shortened(rest, floor, width)), floor);
    }

    /**
     * {@code text} cut to {@code width} at {@code size} after its last whole word that fits, with an ellipsis
     * ("Boilers & pressure vessels…", not "Boilers & pressure vess…"); cut inside its first word only where that
     * word alone is too wide.
     */
    static String shortened(String text, double size, double width) {
        if (Fonts.estimateWidth(text, size) <= width) {
            return text;
        }
        double ellipsis = Fonts.estimateWidth("\u2026", size);
        for (int at = text.lastIndexOf(' '); at > 0; at = text.lastIndexOf(' ', at - 1)) {
            String head = text.substring(0, at).strip();
            while (!head.isEmpty() && ",;:&(".indexOf(head.charAt(head.length() - 1)) >= 0) {
                head = head.substring(0, head.length() - 1).strip();
            }
            if (!head.isEmpty() && Fonts.estimateWidth(head, size) + ellipsis <= width) {
                return head + "\u2026";
            }
        }
        return Fonts.fit(text, size, width);
    }

    /**
     * Writes {@code name} into the header of box {@code r}, left of {@code badges} map units of gap marks, in
     * {@code colour}.
     */
    static void paint(Pen g, Viewport view, Rect r, String name, double badges, Color colour) {
        Title title = of(name, r.width() - 16 - badges, view.scale());
        List<String> lines = title.lines();
        double size = title.size();
        double y = r.y() + MIDDLE - (lines.size() - 1) * LINE * size / 2;
        for (String line : lines) {
            ChainPainter.text(g, view, line, r.x() + 8, y, size, colour, FontWeight.BOLD, FontPosture.REGULAR);
            y += LINE * size;
        }
    }
}
