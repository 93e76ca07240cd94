package org.chainmap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a slide, set in screen proportion: a caption (title and subtitle) above the map and the lines
 * of the panel beside it. Sizes are in units of a 1080-pixel-high screen ({@link SlideLayout#unit()}), so
 * that a slide reads the same from the back of a room on any screen.
 *
 * @param title the caption's first line, large
 * @param subtitle the caption's second line; {@code null} for none
 * @param lines the panel's lines, top to bottom; empty for a slide without a panel
 */
record SlideText(String title, String subtitle, List<SlideText.Line> lines) {

    /** Copies the list. */
    SlideText {
        lines = List.copyOf(lines);
    }

    /** How a line is set. */
    enum Style {
        /** A heading of the panel. */
        HEADING(40, true, false),
        /** An entry of a long list: a chain in the panorama, a count of gaps. */
        ENTRY(30, false, false),
        /** An entry of a list too long for {@link #ENTRY}'s spacing: as large, closer together. */
        ROW(30, false, false),
        /** An entry: a segment's or a firm's name. */
        BODY(32, false, false),
        /** A detail of the entry above. */
        SMALL(26, false, true),
        /** A detail that is a gap: in the gap colour. */
        ALERT(26, true, false),
        /** A key figure, very large. */
        FIGURE(64, true, false),
        /** What the figure above is. */
        LABEL(26, false, true),
        /** Room between two groups of lines; draws nothing. */
        SPACE(8, false, true);

        final double size;
        final boolean bold;
        final boolean subtle;

        Style(double size, boolean bold, boolean subtle) {
            this.size = size;
            this.bold = bold;
            this.subtle = subtle;
        }

        /** The room a line of this style takes, in units. */
        double lineHeight() {
            return size * 1.32;
        }

        /** The room left above a line of this style when another line comes before it, in units. */
        double spaceAbove() {
            return switch (this) {
                case HEADING -> 30;
                case BODY, FIGURE -> 14;
                case ENTRY -> 8;
                case ROW -> 0;
                default -> 2;
            };
        }
    }

    /** The mark before a line: none, a number (a segment's or a chain's), or a gap's word. */
    enum Mark {
        /** No mark. */
        NONE,
        /** A number in a dark disc, also drawn on the map. */
        NUMBER,
        /** 缺. */
        MISSING,
        /** 弱. */
        WEAK,
        /** 断. */
        BROKEN,
        /** 卡. */
        CHOKEPOINT
    }

    /**
     * One line of the panel (wrapped when it is too long).
     *
     * @param style how it is set
     * @param text the words
     * @param mark the kind of mark before it
     * @param markText the mark's words (a number, 缺); {@code null} without a mark
     */
    record Line(Style style, String text, Mark mark, String markText) {

        /** A line without a mark. */
        static Line of(Style style, String text) {
            return new Line(style, text, Mark.NONE, null);
        }

        /** A line with a mark. */
        static Line marked(Style style, String text, Mark mark, String markText) {
            return new Line(style, text, mark, markText);
        }
    }

    /** Lines being collected for a panel. */
    static final class Lines {
        private final List<Line> lines = new ArrayList<>();

        Lines add(Style style, String text) {
            if (text != null && !text.isBlank()) {
                lines.add(Line.of(style, text));
            }
            return this;
        }

        /** Room before the next group of lines. */
        Lines space() {
            lines.add(Line.of(Style.SPACE, ""));
            return this;
        }

        Lines marked(Style style, String text, Mark mark, String markText) {
            lines.add(Line.marked(style, text, mark, markText));
            return this;
        }

        List<Line> list() {
            return lines;
        }
    }

    /**
     * {@code text} broken into lines no wider than {@code width} at {@code size} ({@link Fonts#estimateWidth}):
     * Chinese between any two characters (never before a closing mark), Latin at spaces where it can.
     */
    static List<String> wrap(String text, double size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            double w = Fonts.estimateWidth(String.valueOf(c), size);
            if (used + w > width && line.length() > 0 && !closing(c)) {
                int space = line.lastIndexOf(" ");
                boolean latinWord = c < 0x2E80 && c != ' ' && space > 0 && line.length() - space < 24;
                if (latinWord) {
                    String rest = line.substring(space + 1);
                    lines.add(line.substring(0, space));
                    line = new StringBuilder(rest);
                } else {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder();
                }
                used = Fonts.estimateWidth(line.toString(), size);
                if (c == ' ') {
                    continue;
                }
            }
            line.append(c);
            used += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean closing(char c) {
        return "，。、；：！？）》」』】,.;:!?)".indexOf(c) >= 0;
    }
}
