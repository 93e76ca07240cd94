package org.chainmap.render;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.layout.Rect;
import org.chainmap.render.SlideText.Line;
import org.chainmap.render.SlideText.Mark;
import org.chainmap.render.SlideText.Style;

/**
 * Paints what lies over the map of a slide, in screen pixels: the caption band with the chain's colour, the
 * panel of lines, the planner's note, the footer with the step's number; and the marks on the map (a ring
 * round what the step highlights, numbers on the boxes the panel lists). Type is sized by {@link
 * SlideLayout#unit()}, never by the map's zoom.
 */
final class SlideOverlay {

    private final Pen g;
    private final SlideLayout layout;
    private final Theme theme;
    private final double u;

    SlideOverlay(Pen g, SlideLayout layout, Theme theme) {
        this.g = g;
        this.layout = layout;
        this.theme = theme;
        this.u = layout.unit();
    }

    /** The caption: title and subtitle, a stripe of {@code colour} (none for {@code null}) on the left. */
    void caption(SlideText text, Color colour) {
        g.setFill(theme.background());
        g.fillRect(0, 0, layout.width(), layout.caption());
        double left = 48 * u;
        if (colour != null) {
            g.setFill(colour);
            g.fillRect(0, 0, 16 * u, layout.caption());
        }
        double room = layout.width() - left - 48 * u;
        double size = 60 * u;
        while (size > 36 * u && Fonts.estimateWidth(text.title(), size) > room) {
            size -= 2 * u;
        }
        write(Fonts.fit(text.title(), size, room), left, 62 * u, size, true, theme.text(), TextAlignment.LEFT);
        if (text.subtitle() != null) {
            String subtitle = Fonts.fit(text.subtitle(), 30 * u, room);
            write(subtitle, left, 118 * u, 30 * u, false, theme.subtle(), TextAlignment.LEFT);
        }
        g.setStroke(theme.boxBorder());
        g.setLineWidth(Math.max(1, 2 * u));
        g.strokeLine(0, layout.caption(), layout.width(), layout.caption());
    }

    /**
     * The panel on the right, its lines from the top, each wrapped onto as many lines as it needs; only what
     * does not fit in the panel's height ends in an ellipsis.
     */
    void panel(List<Line> lines) {
        if (!layout.panel()) {
            return;
        }
        double left = layout.panelLeft();
        double top = layout.caption();
        double bottom = layout.height() - layout.footer();
        g.setFill(theme.column());
        g.fillRect(left, top, layout.panelWidth(), bottom - top);
        g.setStroke(theme.boxBorder());
        g.setLineWidth(Math.max(1, 2 * u));
        g.strokeLine(left, top, left, bottom);
        double x = left + layout.margin();
        double y = top + layout.margin() * 0.6;
        double width = layout.panelWidth() - 2 * layout.margin();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Style style = line.style();
            double size = style.size * u;
            // Numbers up to two digits take one width, so that the entries after them line up.
            double indent = line.mark() == Mark.NONE
                    ? 0
                    : Math.max(markWidth(line.markText(), size), line.mark() == Mark.NUMBER ? markWidth("00", size) : 0)
                            + 14 * u;
            List<String> wrapped =
                    style == Style.SPACE ? List.of("") : SlideText.wrap(line.text(), size, width - indent);
            y += i == 0 ? 0 : style.spaceAbove() * u;
            for (int k = 0; k < wrapped.size(); k++) {
                double lineHeight = style.lineHeight() * u;
                if (y + lineHeight > bottom - layout.margin() * 0.4) {
                    write("…", x, y + lineHeight / 2, size, true, theme.subtle(), TextAlignment.LEFT);
                    return;
                }
                if (style == Style.SPACE) {
                    y += lineHeight;
                    continue;
                }
                if (k == 0 && line.mark() != Mark.NONE) {
                    mark(line.mark(), line.markText(), x, y + lineHeight / 2, size);
                }
                Color colour = style == Style.ALERT ? theme.gap() : style.subtle ? theme.subtle() : theme.text();
                write(wrapped.get(k), x + indent, y + lineHeight / 2, size, style.bold, colour, TextAlignment.LEFT);
                y += lineHeight;
            }
        }
    }

    /** The planner's note in a box under the map, large: at most two lines. */
    void note(String note) {
        Rect box = layout.note();
        if (box == null) {
            return;
        }
        g.setFill(theme.column());
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 16 * u, 16 * u);
        g.setStroke(theme.text());
        g.setLineWidth(Math.max(1, 3 * u));
        g.strokeLine(box.x(), box.y() + 8 * u, box.x(), box.bottom() - 8 * u);
        double size = SlideLayout.NOTE_SIZE * u;
        List<String> lines = SlideText.wrap(note, size, box.width() - 48 * u);
        double y = box.y() + 18 * u;
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            String text = i == 1 && lines.size() > 2
                    ? Fonts.fit(lines.get(i) + "…", size, box.width() - 48 * u)
                    : lines.get(i);
            write(text, box.x() + 24 * u, y + size * 0.66, size, true, theme.text(), TextAlignment.LEFT);
            y += size * 1.32;
        }
    }

    /** The footer: what is shown on the left, the step's number of all on the right. */
    void footer(String left, String page) {
        double top = layout.height() - layout.footer();
        g.setFill(theme.background());
        g.fillRect(0, top, layout.width(), layout.footer());
        double middle = top + layout.footer() / 2;
        write(
                Fonts.fit(left, 24 * u, layout.width() * 0.7),
                48 * u,
                middle,
                24 * u,
                false,
                theme.subtle(),
                TextAlignment.LEFT);
        write(page, layout.width() - 48 * u, middle, 24 * u, true, theme.subtle(), TextAlignment.RIGHT);
    }

    /** A thick ring round the map rectangle {@code r}, seen through {@code view}, in {@code colour}. */
    void ring(Viewport view, Rect r, Color colour) {
        double pad = 10 * u;
        double x = (r.x() - view.x()) * view.scale() - pad;
        double y = (r.y() - view.y()) * view.scale() - pad;
        g.setStroke(colour);
        g.setLineWidth(6 * u);
        g.setLineDashes(null);
        g.strokeRoundRect(
                x, y, r.width() * view.scale() + 2 * pad, r.height() * view.scale() + 2 * pad, 18 * u, 18 * u);
    }

    /** A number on the map rectangle {@code r}'s top left corner, as the panel numbers it. */
    void number(Viewport view, Rect r, String number) {
        double x = (r.x() - view.x()) * view.scale();
        double y = (r.y() - view.y()) * view.scale();
        mark(Mark.NUMBER, number, x - 8 * u, y, 28 * u);
    }

    /**
     * A number at the left of the map rectangle {@code r}, inside it, in the middle of its height: a panorama
     * band's header, whose own words are too small to read from the back of a room.
     */
    void numberBeside(Viewport view, Rect r, String number) {
        // Its digits at 24 units: read, as the panorama's other words, from the back of a room.
        double size = Slide.LEGIBLE / 0.8 * u;
        double x = (r.x() - view.x()) * view.scale();
        double y = (r.y() + r.height() / 2 - view.y()) * view.scale();
        mark(Mark.NUMBER, number, x + 8 * u, y, size);
    }

    private double markWidth(String text, double size) {
        return Math.max(size * 1.25, Fonts.estimateWidth(text, size * 0.8) + size * 0.6);
    }

    /** A mark: a number in a dark disc, or a gap's word on its colour; its left edge at x, centred on y. */
    private void mark(Mark mark, String text, double x, double y, double size) {
        double w = markWidth(text, size);
        double h = size * 1.25;
        g.setFill(
                switch (mark) {
                    case NUMBER -> theme.text();
                    case WEAK -> theme.weak();
                    case BROKEN -> theme.broken();
                    case CHOKEPOINT -> theme.chokepoint();
                    default -> theme.gap();
                });
        g.fillRoundRect(x, y - h / 2, w, h, h, h);
        Color on = mark == Mark.NUMBER ? theme.background() : theme.onGap();
        write(text, x + w / 2, y, size * 0.8, true, on, TextAlignment.CENTER);
    }

    private void write(String text, double x, double y, double size, boolean bold, Color colour, TextAlignment align) {
        g.setFont(Fonts.of(size, bold ? FontWeight.BOLD : FontWeight.NORMAL));
        g.setFill(colour);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }
}
