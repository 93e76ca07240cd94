package org.chainmap.ui;

import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.chainmap.analysis.ChainReport;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;
import org.chainmap.render.Drawing;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;
import org.chainmap.render.Words;

/**
 * The selected chain as a map: laid out once per chain and map, painted by the one drawing routine, moved
 * over as a {@link MapSurface}. Clicking a card or a box selects it; {@code Esc} clears the selection;
 * {@code Z} zooms to the selection.
 */
final class ChainCanvas extends MapSurface {

    /** The style id of the canvas, for tests and CSS. */
    static final String ID = "chain-canvas";

    private final MainViewModel model;
    private ChainGeometry geometry;
    private ChainPainter painter;

    ChainCanvas(MainViewModel model) {
        this.model = model;
        setId(ID);
        model.selectedChainProperty().addListener((o, was, now) -> rebuild());
        model.gapsProperty().addListener((o, was, now) -> rebuild());
        model.textsProperty().addListener((o, was, now) -> redraw());
        rebuild();
    }

    /** The laid-out chain, or {@code null} when no chain is selected. */
    ChainGeometry geometry() {
        return geometry;
    }

    /** The whole chain as the canvas draws it, or nothing when no chain is shown. */
    Optional<Drawing> chainDrawing() {
        return painter == null
                ? Optional.empty()
                : Optional.of(Drawing.of(geometry.width(), geometry.height(), painter::paint));
    }

    /** What the canvas shows now, as a drawing whose map units start at the view's top left corner. */
    Optional<Drawing> viewDrawing() {
        if (painter == null || getWidth() <= 0 || getHeight() <= 0) {
            return Optional.empty();
        }
        Viewport shown = viewport();
        ChainPainter routine = painter;
        return Optional.of(Drawing.of(
                shown.width() / shown.scale(),
                shown.height() / shown.scale(),
                (g, view, theme, words) -> routine.paint(
                        g,
                        new Viewport(
                                view.x() + shown.x(), view.y() + shown.y(), view.scale(), view.width(), view.height()),
                        theme,
                        words)));
    }

    /** Shows the selected firm's card or segment's box large, if it is in this chain. */
    void zoomToSelection() {
        model.selection().flatMap(this::boundsOf).ifPresent(r -> show(r.x(), r.y(), r.width(), r.height()));
    }

    private Optional<Rect> boundsOf(Selection selection) {
        if (geometry == null) {
            return Optional.empty();
        }
        if (selection instanceof Selection.OfEnterprise firm) {
            Rect card = geometry.cards().get(firm.enterprise().id());
            if (card != null) {
                return Optional.of(card);
            }
        }
        return Optional.ofNullable(geometry.segments().get(selection.segment().id()));
    }

    @Override
    double drawingWidth() {
        return geometry == null ? 0 : geometry.width();
    }

    @Override
    double drawingHeight() {
        return geometry == null ? 0 : geometry.height();
    }

    @Override
    void paint(GraphicsContext g, Viewport view) {
        if (painter != null) {
            painter.paint(g, view, Theme.LIGHT, Words.of(model.texts().locale()).paintWords());
        }
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

    @Override
    void clickedAt(double mx, double my, MouseEvent event) {
        for (var card : geometry.cards().entrySet()) {
            if (card.getValue().contains(mx, my)) {
                var firm = model.map().flatMap(map -> map.enterprise(card.getKey()));
                var segment = firm.flatMap(f -> model.segment(f.mainSegment()));
                if (firm.isPresent() && segment.isPresent()) {
                    model.select(new Selection.OfEnterprise(firm.get(), segment.get()));
                }
                return;
            }
        }
        for (var box : geometry.segments().entrySet()) {
            if (box.getValue().contains(mx, my)) {
                model.segment(box.getKey()).ifPresent(segment -> model.select(new Selection.OfSegment(segment)));
                return;
            }
        }
        model.select(null);
    }

    @Override
    void keyPressed(KeyCode code, KeyEvent event) {
        if (code == KeyCode.ESCAPE && model.selection().isPresent()) {
            model.select(null);
            event.consume();
        } else if (code == KeyCode.Z) {
            zoomToSelection();
            event.consume();
        }
    }
}
