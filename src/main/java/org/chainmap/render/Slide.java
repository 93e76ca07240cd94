package org.chainmap.render;

import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import org.chainmap.analysis.GapKind;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;

/**
 * One step of a presentation, ready to draw: the map (a chain's or the panorama) seen through the step's
 * camera, with what the step reveals in full colour and the rest faint, rings round what it highlights and
 * numbers on what its panel lists; over it, in screen proportion, the caption, the panel, the planner's note
 * and the footer. The screen and the {@code slides} command paint it by this one routine; the screen moves
 * the camera smoothly from one slide's {@link #viewport} to the next.
 */
public final class Slide implements Drawing {

    /** How far the camera may zoom in, in pixels per map unit on a 1080-pixel-high screen. */
    static final double MAX_ZOOM = 2.4;

    /**
     * The smallest type the panorama slide draws, in units of a 1080-pixel-high screen: read from the back of
     * a room. The panorama's own smaller words are left out; the panel names the chains and their figures.
     */
    static final double LEGIBLE = 24;

    /**
     * A ring round a map rectangle.
     *
     * @param bounds what it goes round, in map units
     * @param kind the gap it marks, which gives its colour; {@code null} for the theme's text colour
     */
    record Ring(Rect bounds, GapKind kind) {}

    /**
     * What the map shows and how.
     *
     * @param drawing the chain or the panorama
     * @param painter the chain's painter, which the focus is set on; {@code null} for the panorama
     * @param segments the segments in focus; {@code null} to show everything in full colour
     * @param firms the firms in focus
     * @param camera the map rectangle the step shows
     */
    record Scene(Drawing drawing, ChainPainter painter, Set<String> segments, Set<String> firms, Rect camera) {}

    private final StoryStep step;
    private final int index;
    private final int count;
    private final Scene scene;
    private final List<Ring> rings;
    private final List<Rect> numbered;
    private final SlideText text;
    private final String footer;

    Slide(
            StoryStep step,
            int index,
            int count,
            Scene scene,
            List<Ring> rings,
            List<Rect> numbered,
            SlideText text,
            String footer) {
        this.step = step;
        this.index = index;
        this.count = count;
        this.scene = scene;
        this.rings = List.copyOf(rings);
        this.numbered = List.copyOf(numbered);
        this.text = text;
        this.footer = footer;
    }

    /** The step this slide shows. */
    public StoryStep step() {
        return step;
    }

    /** The slide's place in the presentation, from 0. */
    public int index() {
        return index;
    }

    /** The caption's title, as drawn. */
    public String title() {
        return text.title();
    }

    /** The caption's second line ("This chain has 5 missing segments"); {@code null} for none. */
    public String subtitle() {
        return text.subtitle();
    }

    /** The panel's lines, as drawn (before wrapping), for tests and the presenter's view. */
    public List<String> lines() {
        return text.lines().stream().map(SlideText.Line::text).toList();
    }

    /** The segments in full colour, or {@code null} when everything is. */
    public Set<String> focusedSegments() {
        return scene.segments();
    }

    /** The map rectangle the step shows, in map units. */
    public Rect camera() {
        return scene.camera();
    }

    @Override
    public double width() {
        return scene.drawing().width();
    }

    @Override
    public double height() {
        return scene.drawing().height();
    }

    private SlideLayout layout(double width, double height) {
        boolean panel = !text.lines().isEmpty();
        return new SlideLayout(width, height, panel, SlideLayout.noteLines(step.note(), width, height, panel));
    }

    /** Whether the surface point (sx, sy) of a {@code width} × {@code height} surface lies on the map. */
    public boolean onMap(double sx, double sy, double width, double height) {
        return layout(width, height).map().contains(sx, sy);
    }

    /** Where the camera stands for this slide on a surface of {@code width} × {@code height} pixels. */
    public Viewport viewport(double width, double height) {
        SlideLayout layout = layout(width, height);
        Rect area = layout.map();
        Rect camera = scene.camera();
        double scale = Math.min(
                Math.min(area.width() / Math.max(1, camera.width()), area.height() / Math.max(1, camera.height())),
                MAX_ZOOM * layout.unit());
        double x = camera.centerX() - (area.x() + area.width() / 2) / scale;
        double y = camera.centerY() - (area.y() + area.height() / 2) / scale;
        return new Viewport(x, y, scale, width, height);
    }

    @Override
    public void paint(Pen g, Viewport view, Theme theme, PaintWords words) {
        ChainPainter painter = scene.painter();
        if (painter != null) {
            if (scene.segments() == null) {
                painter.clearFocus();
            } else {
                painter.focus(scene.segments(), scene.firms());
            }
        }
        try {
            Pen map = step.chain() == null
                    ? new LegiblePen(
                            g, LEGIBLE * layout(view.width(), view.height()).unit())
                    : g;
            scene.drawing().paint(map, view, theme, words);
        } finally {
            if (painter != null) {
                painter.clearFocus();
            }
        }
        g.save();
        SlideOverlay overlay = new SlideOverlay(g, layout(view.width(), view.height()), theme);
        for (Ring ring : rings) {
            overlay.ring(view, ring.bounds(), colour(ring.kind(), theme));
        }
        for (int i = 0; i < numbered.size(); i++) {
            if (step.chain() == null) {
                overlay.numberBeside(view, numbered.get(i), String.valueOf(i + 1));
            } else {
                overlay.number(view, numbered.get(i), String.valueOf(i + 1));
            }
        }
        overlay.caption(text, step.chain() == null ? null : colour(step.chain(), theme));
        overlay.panel(text.lines());
        if (step.note() != null) {
            overlay.note(step.note());
        }
        overlay.footer(footer, String.valueOf(index + 1) + " / " + count);
        g.restore();
    }

    private static Color colour(GapKind kind, Theme theme) {
        if (kind == null) {
            return theme.text();
        }
        return switch (kind) {
            case WEAK -> theme.weak();
            case BROKEN -> theme.broken();
            case CHOKEPOINT -> theme.chokepoint();
            default -> theme.gap();
        };
    }

    /** The chain's colour, or the theme's subtle one when it has none or an unreadable one. */
    static Color colour(Chain chain, Theme theme) {
        if (chain.color() != null) {
            try {
                return Color.web(chain.color());
            } catch (IllegalArgumentException e) {
                // an unreadable colour: the validator reports it; draw in the theme's
            }
        }
        return theme.subtle();
    }
}
