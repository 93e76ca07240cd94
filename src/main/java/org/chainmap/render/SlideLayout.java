package org.chainmap.render;

import java.util.List;
import org.chainmap.layout.Rect;

/**
 * Where the parts of a slide go on a surface of {@code width} × {@code height} pixels: the caption across
 * the top, the panel on the right, the footer along the bottom, the planner's note under the map, and the
 * map in the rest. Everything is a proportion of the surface, in units of a 1920 × 1080 screen ({@link
 * #unit()}), never of the map: type stays the same share of the screen on a laptop, a projector or a
 * 4K picture.
 *
 * @param width the surface's width in pixels
 * @param height the surface's height in pixels
 * @param panel whether the slide has a panel
 * @param noteLines the lines of the planner's note (0 for none)
 */
record SlideLayout(double width, double height, boolean panel, int noteLines) {

    /** The size of the note's type, in units. */
    static final double NOTE_SIZE = 34;

    /** The room a 1920 × 1080 screen's pixel takes here: the smaller of the two proportions. */
    double unit() {
        return Math.max(0.1, Math.min(width / 1920, height / 1080));
    }

    /** The height of the caption band. */
    double caption() {
        return 150 * unit();
    }

    /** The height of the footer band. */
    double footer() {
        return 52 * unit();
    }

    /** The space kept around the map and inside the panel. */
    double margin() {
        return 36 * unit();
    }

    /** The panel's width; 0 without a panel. */
    double panelWidth() {
        return panel ? Math.round(width * 0.34) : 0;
    }

    /** The panel's left edge. */
    double panelLeft() {
        return width - panelWidth();
    }

    /** The height of the note's box; 0 without a note. */
    double noteHeight() {
        return noteLines == 0 ? 0 : noteLines * NOTE_SIZE * 1.32 * unit() + 2 * 18 * unit();
    }

    /** The note's box, below the map; {@code null} without a note. */
    Rect note() {
        if (noteLines == 0) {
            return null;
        }
        double top = height - footer() - noteHeight() - margin() / 2;
        return new Rect(margin(), top, panelLeft() - 2 * margin(), noteHeight());
    }

    /** The area the map's camera is fitted into. */
    Rect map() {
        double top = caption() + margin() / 2;
        double bottom = height - footer() - (noteLines == 0 ? margin() / 2 : noteHeight() + margin());
        return new Rect(margin(), top, Math.max(1, panelLeft() - 2 * margin()), Math.max(1, bottom - top));
    }

    /** How many lines the note {@code note} takes across the map's width (at most two; 0 for none). */
    static int noteLines(String note, double width, double height, boolean panel) {
        if (note == null) {
            return 0;
        }
        SlideLayout probe = new SlideLayout(width, height, panel, 1);
        List<String> lines = SlideText.wrap(
                note, NOTE_SIZE * probe.unit(), probe.panelLeft() - 2 * probe.margin() - 2 * 24 * probe.unit());
        return Math.min(2, lines.size());
    }
}
