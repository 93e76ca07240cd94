package org.chainmap.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.chainmap.render.Drawing;
import org.chainmap.render.FxPen;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;
import org.chainmap.render.Words;
import org.chainmap.ui.MainViewModel;

/**
 * A drawing in map units on a canvas the user moves over: drag pans, and so do a trackpad's two-finger scroll
 * and Shift with the wheel; the mouse wheel and a pinch zoom about the pointer; {@code +} and {@code -} zoom
 * about the centre, {@code F} fits the drawing, {@code 0} shows it at 100%. Repaints are coalesced to one per
 * pulse. The view can be driven from code ({@link #fit()}, {@link #zoomTo}, {@link #centreOn}, {@link #show},
 * {@link #animateTo}: the camera flies) for a presentation mode to come. Subclasses say how big the drawing
 * is, give it a {@link Drawing} to show, and answer clicks; the surface paints it in the model's theme and
 * language.
 */
public abstract class MapSurface extends Region {

    /** The closest zoom out and in. */
    static final double MIN_SCALE = 0.02;

    static final double MAX_SCALE = 4;

    /** How much one step of zoom enlarges. */
    public static final double STEP = 1.25;

    /** How far, in pixels, the pointer may move between press and release for the press to stay a click. */
    static final double CLICK_SLOP = 4;

    private final Canvas canvas = new Canvas();
    /** The canvas's pen, which the drawing paints with; a canvas keeps one context for its life. */
    private final FxPen pen = new FxPen(canvas.getGraphicsContext2D(), true);

    /** How long after the last frame drawn from a picture of another scale (a zoom) the sharp one is drawn. */
    static final Duration SETTLE = Duration.millis(150);

    /** Paints the frame again once a zoom rests, sharp (decision 0044). */
    private final PauseTransition settle = new PauseTransition(SETTLE);

    private double viewX;
    private double viewY;
    private double scale = 1;
    private boolean redrawPending;
    /** How many times the canvas was painted. */
    private long paints;

    private double dragX;
    private double dragY;
    private double pressX;
    private double pressY;
    /** Whether the pointer went further than {@link #CLICK_SLOP} since the press: a drag, not a click. */
    private boolean dragged;
    /** Whether a subclass's gesture has the drag under way (instead of a pan). */
    private boolean taken;

    private Timeline camera;
    /**
     * Whether the view shows the drawing fitted and nobody has moved it since (at first: nobody has placed
     * it yet): it then stays fitted as the surface changes size.
     */
    private boolean fitted = true;

    private final MainViewModel model;
    private Drawing drawing;
    /** The drawing the canvas was last painted with, or {@code null}. */
    private Drawing painted;
    /** What runs after the frame that shows the drawing ({@link #afterFrame}). */
    private final List<Runnable> afterFrame = new ArrayList<>();

    /** A surface drawn in {@code model}'s theme and language, repainted when either changes. */
    public MapSurface(MainViewModel model) {
        this.model = model;
        model.textsProperty().addListener((o, was, now) -> redraw());
        model.themeProperty().addListener((o, was, now) -> redraw());
        setFocusTraversable(true);
        settle.setOnFinished(event -> redraw());
        pen.onUnsettled(settle::playFromStart);
        getChildren().add(canvas);
        widthProperty().addListener((o, was, now) -> resized());
        heightProperty().addListener((o, was, now) -> resized());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        Runnable framed = this::framed;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(framed);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(framed);
            }
        });
    }

    /**
     * Runs {@code shown} on the JavaFX thread once a frame shows the drawing the surface has now: at the first pulse
     * after the canvas was painted with it (the pulse whose frame shows it; decision 0068). At once when the surface
     * is not showing (no window, a window hidden, a tab behind another), where no such frame comes.
     */
    public void afterFrame(Runnable shown) {
        if (getScene() == null
                || getScene().getWindow() == null
                || !getScene().getWindow().isShowing()
                || !showing()) {
            shown.run();
            return;
        }
        afterFrame.add(shown);
        Platform.requestNextPulse();
    }

    /** At each pulse: its frame shows the drawing if the canvas was last painted with it; they run after the pulse. */
    private void framed() {
        if (afterFrame.isEmpty() || redrawPending || painted != drawing) {
            return;
        }
        List<Runnable> shown = List.copyOf(afterFrame);
        afterFrame.clear();
        Platform.runLater(() -> shown.forEach(Runnable::run));
    }

    /** How many times the canvas was painted: tests count the paints an edit costs the JavaFX thread. */
    public long paints() {
        return paints;
    }

    /** What the surface shows, or nothing. */
    public Optional<Drawing> drawing() {
        return Optional.ofNullable(drawing);
    }

    /**
     * The drawing the canvas was last painted with: the next frame shows it (benchmarks time an edit to the pulse
     * that renders its drawing); nothing before the first paint or after a paint of nothing.
     */
    public Optional<Drawing> paintedDrawing() {
        return Optional.ofNullable(painted);
    }

    /** Shows {@code newDrawing} (or nothing, for {@code null}), fitted. */
    void setDrawing(Drawing newDrawing) {
        drawing = newDrawing;
        fit();
        redraw();
    }

    /**
     * Whether the surface can be seen: neither it nor a parent is hidden, as the content of a tab not chosen
     * is. A surface in no scene counts as showing, so that it works on its own.
     */
    boolean showing() {
        for (javafx.scene.Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Shows {@code newDrawing} in place of the drawing shown, an edited version of it, without moving the
     * camera; fitted when nothing was shown before.
     */
    protected void replaceDrawing(Drawing newDrawing) {
        if (drawing == null) {
            setDrawing(newDrawing);
        } else {
            drawing = newDrawing;
            redraw();
        }
    }

    private double drawingWidth() {
        return drawing == null ? 0 : drawing.width();
    }

    private double drawingHeight() {
        return drawing == null ? 0 : drawing.height();
    }

    /** The primary button was clicked (not dragged) at map point (mx, my). */
    protected abstract void clickedAt(double mx, double my, MouseEvent event);

    /**
     * The primary button went down at surface point {@code event.getX(), getY()}: whether a gesture of the
     * subclass takes the drag that may follow, instead of a pan. A press that moves less than {@link
     * #CLICK_SLOP} stays a click whatever the answer.
     */
    boolean takesDrag(MouseEvent event) {
        return false;
    }

    /** The pointer moved, button down, in a drag taken by {@link #takesDrag}, further than the slop. */
    void gestureDragged(MouseEvent event) {}

    /** The button went up at the end of a drag taken; {@code moved}: whether it went further than the slop. */
    void gestureReleased(MouseEvent event, boolean moved) {}

    /** Paints over the drawing, in surface pixels: what a gesture shows while under way, handles, picks. */
    void paintOverlay(GraphicsContext g) {}

    /** What the canvas shows now. */
    public Viewport viewport() {
        return new Viewport(viewX, viewY, scale, getWidth(), getHeight());
    }

    /** Shows the whole drawing. */
    public void fit() {
        if (drawingWidth() <= 0 || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Viewport fit = Viewport.fit(drawingWidth(), drawingHeight(), getWidth(), getHeight());
        scale = clamp(fit.scale());
        viewX = drawingWidth() / 2 - getWidth() / scale / 2;
        viewY = drawingHeight() / 2 - getHeight() / scale / 2;
        fitted = true;
        redraw();
    }

    /** Shows the map rectangle (x, y, width, height) whole, with a margin, as large as it fits, at once. */
    public void show(double x, double y, double width, double height) {
        show(x, y, width, height, Duration.ZERO);
    }

    /**
     * Moves the camera to show the map rectangle (x, y, width, height) whole, with a margin, as large as it
     * fits, over {@code duration} (none: at once). Zoom changes evenly in its logarithm, so the move reads as
     * one smooth flight; a new move or a user's drag takes over from it.
     */
    void show(double x, double y, double width, double height, Duration duration) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double margin = 40;
        double target = clamp(Math.min(
                (getWidth() - 2 * margin) / Math.max(1, width), (getHeight() - 2 * margin) / Math.max(1, height)));
        animateTo(x + width / 2 - getWidth() / target / 2, y + height / 2 - getHeight() / target / 2, target, duration);
    }

    /** Moves the view's top left corner to map point (x, y) at {@code newScale}, over {@code duration}. */
    protected void animateTo(double x, double y, double newScale, Duration duration) {
        fitted = false;
        stopCamera();
        double fromX = viewX;
        double fromY = viewY;
        double fromScale = scale;
        double toScale = clamp(newScale);
        if (duration.lessThanOrEqualTo(Duration.ZERO)) {
            viewX = x;
            viewY = y;
            scale = toScale;
            redraw();
            return;
        }
        DoubleProperty progress = new SimpleDoubleProperty(0);
        progress.addListener((o, was, now) -> {
            double k = now.doubleValue();
            scale = fromScale * Math.pow(toScale / fromScale, k);
            viewX = fromX + (x - fromX) * k;
            viewY = fromY + (y - fromY) * k;
            redraw();
        });
        camera = new Timeline(new KeyFrame(duration, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        camera.play();
    }

    /** Whether the camera is moving. */
    public boolean moving() {
        return camera != null && camera.getStatus() == Animation.Status.RUNNING;
    }

    private void stopCamera() {
        if (camera != null) {
            camera.stop();
            camera = null;
        }
    }

    /** Zooms to {@code newScale}, keeping the map point under the surface point (sx, sy) where it is. */
    void zoomTo(double newScale, double sx, double sy) {
        fitted = false;
        double mapX = viewX + sx / scale;
        double mapY = viewY + sy / scale;
        Viewport before = viewport();
        scale = clamp(newScale);
        Viewport after = zoomed(
                before, new Viewport(mapX - sx / scale, mapY - sy / scale, scale, getWidth(), getHeight()), sx, sy);
        viewX = after.x();
        viewY = after.y();
        redraw();
    }

    /** Where a zoom about surface point (sx, sy) from {@code before} to {@code after} goes: {@code after}. */
    Viewport zoomed(Viewport before, Viewport after, double sx, double sy) {
        return after;
    }

    /** Zooms by {@code factor} about the centre of the canvas. */
    public void zoomBy(double factor) {
        zoomTo(scale * factor, getWidth() / 2, getHeight() / 2);
    }

    /** Puts the map point (mx, my) in the middle of the canvas. */
    void centreOn(double mx, double my) {
        fitted = false;
        viewX = mx - getWidth() / scale / 2;
        viewY = my - getHeight() / scale / 2;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    /** Keeps a fitted view fitted as the window grows or shrinks. */
    private void resized() {
        if (fitted) {
            fit();
        }
        redraw();
    }

    /** Asks for one repaint on the next pulse, however many changes come before it. */
    protected void redraw() {
        if (redrawPending) {
            return;
        }
        redrawPending = true;
        Platform.runLater(() -> {
            redrawPending = false;
            paints++;
            pen.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            painted = null;
            if (drawing != null && getWidth() > 0 && getHeight() > 0) {
                drawing.paint(
                        pen,
                        viewport(),
                        drawingTheme(),
                        Words.of(model.texts().locale()).paintWords());
                paintOverlay(pen.context());
                painted = drawing;
            }
        });
    }

    /** The colours the drawing is painted in: the window's theme's, unless a subclass paints in its own. */
    protected Theme drawingTheme() {
        return model.theme().drawing();
    }

    /** The map point under the surface point (sx, sy). */
    double[] toMap(double sx, double sy) {
        return new double[] {viewX + sx / scale, viewY + sy / scale};
    }

    /** Whether {@code event} is meant for a node over the map (an editor), not for the surface. */
    private boolean forChild(javafx.event.Event event) {
        return event.getTarget() != this && event.getTarget() != canvas;
    }

    private void pressed(MouseEvent event) {
        if (forChild(event)) {
            return;
        }
        stopCamera();
        requestFocus();
        dragX = event.getX();
        dragY = event.getY();
        pressX = dragX;
        pressY = dragY;
        dragged = false;
        taken = event.getButton() == MouseButton.PRIMARY && drawingWidth() > 0 && takesDrag(event);
        // Consumed, or a tab pane around the canvas would take the focus back on the way up.
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (forChild(event)) {
            return;
        }
        dragged = dragged || Math.hypot(event.getX() - pressX, event.getY() - pressY) > CLICK_SLOP;
        if (taken) {
            if (dragged) {
                gestureDragged(event);
            }
            return;
        }
        fitted = false;
        viewX -= (event.getX() - dragX) / scale;
        viewY -= (event.getY() - dragY) / scale;
        dragX = event.getX();
        dragY = event.getY();
        redraw();
    }

    private void released(MouseEvent event) {
        if (taken) {
            taken = false;
            gestureReleased(event, dragged);
        }
    }

    private void clicked(MouseEvent event) {
        if (forChild(event) || dragged || event.getButton() != MouseButton.PRIMARY || drawingWidth() <= 0) {
            return;
        }
        double[] map = toMap(event.getX(), event.getY());
        clickedAt(map[0], map[1], event);
    }

    /**
     * A mouse wheel zooms about the pointer; a trackpad's two-finger scroll (or Shift with the wheel, for a
     * mouse without a second wheel) pans.
     */
    private void scrolled(ScrollEvent event) {
        stopCamera();
        boolean trackpad = event.getTouchCount() > 0 || event.isInertia() || event.getDeltaX() != 0;
        if (trackpad || event.isShiftDown()) {
            fitted = false;
            double dx = event.isShiftDown() && event.getDeltaX() == 0 ? event.getDeltaY() : event.getDeltaX();
            double dy = event.isShiftDown() ? 0 : event.getDeltaY();
            viewX -= dx / scale;
            viewY -= dy / scale;
            redraw();
            event.consume();
        } else if (event.getDeltaY() != 0) {
            zoomTo(scale * (event.getDeltaY() > 0 ? STEP : 1 / STEP), event.getX(), event.getY());
            event.consume();
        }
    }

    /** A trackpad's pinch zooms about the fingers. */
    private void zoomed(ZoomEvent event) {
        stopCamera();
        zoomTo(scale * event.getZoomFactor(), event.getX(), event.getY());
        event.consume();
    }

    /** Keys by key code, so that {@code +} works on the main keyboard (with or without Shift) and the keypad. */
    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || forChild(event)) {
            return;
        }
        switch (event.getCode()) {
            case PLUS, EQUALS, ADD -> zoomBy(STEP);
            case MINUS, SUBTRACT -> zoomBy(1 / STEP);
            case F -> fit();
            case DIGIT0, NUMPAD0 -> zoomTo(1, getWidth() / 2, getHeight() / 2);
            default -> {
                keyPressed(event.getCode(), event);
                return;
            }
        }
        event.consume();
    }

    /** A key the surface does not use itself; a subclass may act on it and consume the event. */
    void keyPressed(KeyCode code, KeyEvent event) {}

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
