package org.chainmap.ui;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.chainmap.analysis.ChainReport;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;
import org.chainmap.render.PaintWords;
import org.chainmap.render.Viewport;

/**
 * The selected chain as a map: laid out once per chain and map, painted by the one drawing routine.
 * Drag pans; the mouse wheel zooms about the pointer; {@code +} and {@code -} zoom about the centre,
 * {@code F} fits the chain, {@code 0} shows it at 100%. Clicking a card or a box selects it. The view can be
 * driven from code ({@link #fit()}, {@link #zoomTo}, {@link #centreOn}) for a presentation mode to come.
 */
final class ChainCanvas extends Region {

    /** The style id of the canvas, for tests and CSS. */
    static final String ID = "chain-canvas";

    /** The closest zoom out and in. */
    static final double MIN_SCALE = 0.05;

    static final double MAX_SCALE = 4;

    private static final double STEP = 1.25;

    private final MainViewModel model;
    private final Canvas canvas = new Canvas();
    private ChainGeometry geometry;
    private ChainPainter painter;
    private double viewX;
    private double viewY;
    private double scale = 1;
    private boolean redrawPending;
    private double dragX;
    private double dragY;
    private boolean dragged;

    ChainCanvas(MainViewModel model) {
        this.model = model;
        setId(ID);
        setFocusTraversable(true);
        getChildren().add(canvas);
        model.selectedChainProperty().addListener((o, was, now) -> rebuild());
        model.gapsProperty().addListener((o, was, now) -> rebuild());
        model.textsProperty().addListener((o, was, now) -> redraw());
        model.themeProperty().addListener((o, was, now) -> redraw());
        widthProperty().addListener((o, was, now) -> resized(was.doubleValue() == 0));
        heightProperty().addListener((o, was, now) -> resized(was.doubleValue() == 0));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        rebuild();
    }

    /** What the canvas shows now. */
    Viewport viewport() {
        return new Viewport(viewX, viewY, scale, getWidth(), getHeight());
    }

    /** The laid-out chain, or {@code null} when no chain is selected. */
    ChainGeometry geometry() {
        return geometry;
    }

    /** Shows the whole chain. */
    void fit() {
        if (geometry == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Viewport fit = Viewport.fit(geometry.width(), geometry.height(), getWidth(), getHeight());
        scale = clamp(fit.scale());
        viewX = geometry.width() / 2 - getWidth() / scale / 2;
        viewY = geometry.height() / 2 - getHeight() / scale / 2;
        redraw();
    }

    /** Zooms to {@code newScale}, keeping the map point under the surface point (sx, sy) where it is. */
    void zoomTo(double newScale, double sx, double sy) {
        double mapX = viewX + sx / scale;
        double mapY = viewY + sy / scale;
        scale = clamp(newScale);
        viewX = mapX - sx / scale;
        viewY = mapY - sy / scale;
        redraw();
    }

    /** Puts the map point (mx, my) in the middle of the canvas. */
    void centreOn(double mx, double my) {
        viewX = mx - getWidth() / scale / 2;
        viewY = my - getHeight() / scale / 2;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    private void rebuild() {
        Chain chain = model.selectedChain().orElse(null);
        RegionMap map = model.map().orElse(null);
        ChainReport report = chain == null ? null : model.report(chain).orElse(null);
        if (chain == null || map == null || report == null) {
            geometry = null;
            painter = null;
        } else {
            geometry = ChainLayouter.layout(map, chain);
            painter = new ChainPainter(map, chain, geometry, report);
        }
        fit();
        redraw();
    }

    private void resized(boolean first) {
        if (first) {
            fit();
        }
        redraw();
    }

    /** Asks for one repaint on the next pulse, however many changes come before it. */
    private void redraw() {
        if (redrawPending) {
            return;
        }
        redrawPending = true;
        Platform.runLater(() -> {
            redrawPending = false;
            paint();
        });
    }

    private void paint() {
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (painter != null && getWidth() > 0 && getHeight() > 0) {
            painter.paint(g, viewport(), model.theme().drawing(), words());
        }
    }

    private PaintWords words() {
        I18n text = model.texts();
        return new PaintWords(
                text.text("stage.upstream"),
                text.text("stage.midstream"),
                text.text("stage.downstream"),
                text.text("gap.badge.missing"),
                text.text("gap.badge.weak"),
                text.text("gap.badge.broken"),
                text.text("gap.badge.chokepoint"),
                text.text("gap.badge.extend"));
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        dragX = event.getX();
        dragY = event.getY();
        dragged = false;
        // Consumed, or the tab pane around the canvas would take the focus back on the way up.
        event.consume();
    }

    private void dragged(MouseEvent event) {
        viewX -= (event.getX() - dragX) / scale;
        viewY -= (event.getY() - dragY) / scale;
        dragX = event.getX();
        dragY = event.getY();
        dragged = true;
        redraw();
    }

    private void clicked(MouseEvent event) {
        if (dragged || event.getButton() != MouseButton.PRIMARY || geometry == null) {
            return;
        }
        double mx = viewX + event.getX() / scale;
        double my = viewY + event.getY() / scale;
        for (var card : geometry.cards().entrySet()) {
            if (inside(card.getValue(), mx, my)) {
                var firm = model.map().flatMap(map -> map.enterprise(card.getKey()));
                var segment = firm.flatMap(f -> model.segment(f.mainSegment()));
                if (firm.isPresent() && segment.isPresent()) {
                    model.select(new Selection.OfEnterprise(firm.get(), segment.get()));
                }
                return;
            }
        }
        for (var box : geometry.segments().entrySet()) {
            if (inside(box.getValue(), mx, my)) {
                model.segment(box.getKey()).ifPresent(segment -> model.select(new Selection.OfSegment(segment)));
                return;
            }
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            zoomTo(scale * (event.getDeltaY() > 0 ? STEP : 1 / STEP), event.getX(), event.getY());
            event.consume();
        }
    }

    /** Keys by key code, so that {@code +} works on the main keyboard (with or without Shift) and the keypad. */
    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        switch (code) {
            case PLUS, EQUALS, ADD -> zoomTo(scale * STEP, getWidth() / 2, getHeight() / 2);
            case MINUS, SUBTRACT -> zoomTo(scale / STEP, getWidth() / 2, getHeight() / 2);
            case F -> fit();
            case DIGIT0, NUMPAD0 -> zoomTo(1, getWidth() / 2, getHeight() / 2);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private static boolean inside(Rect rect, double x, double y) {
        return x >= rect.x() && x <= rect.right() && y >= rect.y() && y <= rect.bottom();
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
