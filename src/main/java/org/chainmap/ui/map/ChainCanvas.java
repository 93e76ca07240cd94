package org.chainmap.ui.map;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.chainmap.analysis.ChainReport;
import org.chainmap.compare.ComparedMap;
import org.chainmap.edit.Command;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;
import org.chainmap.render.ComparePainter;
import org.chainmap.render.Drawing;
import org.chainmap.render.Viewport;
import org.chainmap.render.ZoomLevel;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;
import org.chainmap.ui.find.FindContext;
import org.chainmap.ui.gesture.CanvasGestures;
import org.chainmap.ui.gesture.CanvasHost;
import org.chainmap.ui.gesture.Hit;
import org.chainmap.ui.gesture.Picks;

/**
 * The selected chain as a map: laid out once per chain and map, painted by the one drawing routine, moved
 * over as a {@link MapSurface}. Pointing at a firm shows its card; clicking a card or a box selects it, with
 * Shift or Ctrl adds it to the picks or takes it out ({@link SelectionPicks}); {@code Esc} cancels a drag
 * under way, else clears the selection; {@code Z} zooms to the selection. A selection focuses its upstream
 * and downstream paths and dims the rest (View ▸ Focus on selection turns this off). Dragging edits the map:
 * the gestures of {@link CanvasGestures} (move a card to another box, draw a link or a feed, pick with a
 * rubber band), which paint over the map while under way.
 */
public final class ChainCanvas extends MapSurface {

    /** The style id of the canvas, for tests and CSS. */
    public static final String ID = "chain-canvas";

    /** How long the camera takes to fly to the selection. */
    static final javafx.util.Duration CAMERA = javafx.util.Duration.millis(300);

    private final MainViewModel model;
    private final FirmCard card;

    private ChainGeometry geometry;
    private ChainPainter painter;
    private String hovered;
    private String hoveredBox;
    /** Whether the canvas is behind the model because it was hidden when the model changed. */
    private boolean stale;
    /** The id of the chain drawn, which an edit keeps. */
    private String shownChain;
    /** The paths through the selection the map focuses on. */
    private final SelectionFocus focus;

    private final ChainLayouts layouts;
    private final ChainPainting painting;
    private final ComparedPainters comparedPainters;
    private final SelectionPicks picks;
    private final CanvasGestures gestures;
    private final InlineRename rename;

    public ChainCanvas(MainViewModel model) {
        super(model);
        this.model = model;
        this.card = new FirmCard(model);
        this.layouts = new ChainLayouts(model.afterEdits());
        this.painting = new ChainPainting(model.afterEdits(), layouts, this::afterFrame);
        this.comparedPainters = new ComparedPainters(model.afterEdits());
        this.picks = new SelectionPicks(model);
        this.gestures = new CanvasGestures(new Host());
        picks.picks().addListener(this::redraw);
        this.rename = new InlineRename(this, model);
        this.focus = new SelectionFocus(model);
        setId(ID);
        model.selectedChainProperty().addListener((o, was, now) -> {
            if (!model.applying()) {
                rebuild();
            }
        });
        model.gapsProperty().addListener((o, was, now) -> {
            if (!model.applying()) {
                rebuild();
            }
        });
        model.revisionProperty().addListener((o, was, now) -> rebuild());
        model.comparing().shownProperty().addListener((o, was, now) -> rebuild());
        model.selectionProperty().addListener((o, was, now) -> {
            if (!model.applying()) {
                refocus();
            }
        });
        model.focusSelectionProperty().addListener((o, was, now) -> refocus());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> {
            hideCard();
            gestures.exit();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> hideCard());
        rebuild();
    }

    /** Brings the canvas up to date with the model, about to be shown after changes made while it was hidden. */
    public void catchUp() {
        if (stale) {
            build();
        }
    }

    /** The firm under the pointer, or {@code null}. */
    String hovered() {
        return hovered;
    }

    /** The box whose card shows under the pointer (where no firm is), or {@code null}. */
    String hoveredBox() {
        return hoveredBox;
    }

    /**
     * Shows the card of the firm under the pointer beside it, or else, at any zoom, that of the box: its whole
     * name, which the box may cut. Hides it when the pointer leaves the firm or box.
     */
    private void hover(MouseEvent event) {
        ZoomLevel level = level();
        Hit hit = level == ZoomLevel.CARDS ? gestures.hover(event.getX(), event.getY()) : Hit.NONE;
        String firm = hit.firm();
        String box = firm != null ? null : level == ZoomLevel.CARDS ? hit.segment() : boxAt(event);
        if (firm == null && box == null) {
            hideCard();
        } else if (firm != null && !firm.equals(hovered)) {
            hideCard();
            hovered = firm;
            model.map()
                    .flatMap(map -> map.enterprise(firm))
                    .ifPresent(f -> card.show(this, f, event.getScreenX() + 14, event.getScreenY() + 16));
        } else if (box != null && !box.equals(hoveredBox)) {
            hideCard();
            hoveredBox = box;
            model.segment(box).ifPresent(s -> card.show(this, s, event.getScreenX() + 14, event.getScreenY() + 16));
        }
    }

    /** The box under the pointer where the map draws no cards (at overview, the overview's box). */
    private String boxAt(MouseEvent event) {
        Viewport view = viewport();
        double mx = view.x() + event.getX() / view.scale();
        double my = view.y() + event.getY() / view.scale();
        return level() == ZoomLevel.OVERVIEW ? painter.overviewBoxAt(mx, my) : Hit.boxAt(geometry, mx, my);
    }

    private void hideCard() {
        hovered = null;
        hoveredBox = null;
        card.hide();
    }

    /** The firm whose card or marker lies at map point (mx, my), or {@code null}. */
    private String firmAt(double mx, double my) {
        for (var entry : geometry.cards().entrySet()) {
            if (entry.getValue().contains(mx, my)) {
                return entry.getKey();
            }
        }
        for (ChainGeometry.Marker marker : geometry.markers()) {
            if (marker.bounds().contains(mx, my)) {
                return marker.firm();
            }
        }
        return null;
    }

    /** The laid-out chain, or {@code null} when no chain is selected. */
    public ChainGeometry geometry() {
        return geometry;
    }

    /** What the canvas shows now, as a drawing whose map units start at the view's top left corner. */
    public Optional<Drawing> viewDrawing() {
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

    /**
     * Shows the selected firm or segment, if it is in this chain, in its context ({@link FindContext}): with its
     * box and its direct suppliers and customers, at a scale where text reads, never one card filling the view.
     */
    public void zoomToSelection() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        model.selection()
                .flatMap(selection -> FindContext.of(geometry, model.map().orElse(null), selection))
                .ifPresent(framing -> {
                    double scale = framing.scale(getWidth(), getHeight());
                    double[] centre = framing.centre(getWidth(), getHeight());
                    animateTo(centre[0] - getWidth() / scale / 2, centre[1] - getHeight() / scale / 2, scale, CAMERA);
                });
    }

    /** Focuses the paths through the selection, or shows everything when there is none or focus is off. */
    private void refocus() {
        focusPainter();
        redraw();
    }

    /**
     * Sets the painter's focus as {@link #refocus} does, and repaints only if the focus changed: after an edit whose
     * drawing comes later (a large map's, from the painter thread) the drawing shown is the same, and painting it
     * again would only take the JavaFX thread and a core from the painter the frame waits for (issue 17 item 9).
     */
    private void refocusIfChanged() {
        if (focusPainter()) {
            redraw();
        }
    }

    /** Sets the painter's focus on the paths through the selection, or none; whether it changed. */
    private boolean focusPainter() {
        return painter != null && focus.give(painter, this::refocusIfChanged);
    }

    /** Whether the map shows a focus now. */
    boolean focused() {
        return painter != null && painter.focused();
    }

    /**
     * Lays the chain out again for the map the model shows; while the canvas is hidden (another tab is
     * chosen) it only notes that it is behind, and {@link #catchUp} does the work when it is shown: an edit
     * then costs no layout of a chain nobody sees.
     */
    private void rebuild() {
        if (showing()) {
            build();
        } else {
            stale = true;
            painting.cancel();
        }
    }

    private void build() {
        stale = false;
        Chain chain = model.selectedChain().orElse(null);
        boolean sameChain = chain != null && geometry != null && chain.id().equals(shownChain);
        String chainId = chain == null ? null : chain.id();
        // The map in the state the View menu chose (current, target, both): what the analysis counted; on a large map
        // the analysis of an edit comes later: the edited map is drawn at once all the same.
        RegionMap map = model.gaps().drawn(model.map().orElse(null)).orElse(null);
        // In compare mode the map with the older version's removed things as ghosts, marked.
        Comparing.Shown compared = model.comparing().shown().orElse(null);
        map = compared == null || map == null ? map : compared.compared().map();
        chain = chain == null || map == null ? chain : map.chain(chain.id()).orElse(chain);
        ChainReport report = chain == null ? null : model.report(chain).orElse(null);
        if (chain == null || map == null) {
            painting.cancel();
            show(ChainPainting.NONE, chainId, sameChain, null);
        } else if (compared == null) { // a large map's painter comes from another thread (decision 0051)
            comparedPainters.clear();
            ChainPainting.Painted now = new ChainPainting.Painted(geometry, painter);
            ChainPainting.Painted made = painting.paint(map, chain, report, now, this::rebuild, later -> {
                show(later, chainId, sameChain, null);
                refocusIfChanged();
            });
            show(made, chainId, sameChain, null);
        } else { // the compared chain keeps its layout; its marks may come from another thread
            Optional<ChainGeometry> known = painting.compared(compared.compared(), chain, this::rebuild);
            ComparePainter marked = comparedPainters.painter(compared, chain, known, report, this::rebuild);
            boolean waiting = known.isPresent() || layouts.before(chain.id()) != null;
            if (marked == null && painter != null && report != null && waiting) {
                refocusIfChanged(); // the painter before is drawn till the new one comes
                return;
            }
            ChainPainting.Painted made =
                    marked == null ? ChainPainting.NONE : new ChainPainting.Painted(known.get(), marked.chain());
            show(made, chainId, sameChain, marked == null ? null : marked.drawing());
        }
        refocusIfChanged(); // a drawing shown anew was repainted by show
    }

    /** Finds out on the calling thread (any; the one that made {@code after}) whether both have the same ghosts. */
    public void compareGhosts(ComparedMap before, ComparedMap after) {
        layouts.compareGhosts(before, after);
    }

    /** The thread that last found out whether two comparisons put back the same ghosts (tests). */
    String ghostsComparedOn() {
        return layouts.ghostsComparedOn();
    }

    /** Shows {@code made} (its drawing {@code drawn}, else its painter's); {@link ChainPainting#LATER}: not yet. */
    private void show(ChainPainting.Painted made, String chainId, boolean sameChain, Drawing drawn) {
        if (made == ChainPainting.LATER) {
            return;
        }
        shownChain = chainId;
        geometry = made.geometry();
        painter = made.painter();
        Drawing drawing = drawn != null || painter == null
                ? drawn
                : Drawing.of(geometry.width(), geometry.height(), painter::paint);
        if (sameChain && drawing != null) {
            replaceDrawing(drawing); // the same chain edited: the camera stays where the user put it
        } else {
            setDrawing(drawing);
        }
    }

    /** The map the canvas draws now, or {@code null}. */
    public RegionMap drawnMap() {
        return painter == null ? null : painter.map();
    }

    /** The picks of the map, kept in step with the selection. */
    public SelectionPicks picks() {
        return picks;
    }

    @Override
    protected void clickedAt(double mx, double my, MouseEvent event) {
        boolean adding = event.isShiftDown() || event.isShortcutDown();
        Optional<Selection> hit = selectionAt(mx, my);
        if (adding) {
            hit.ifPresent(picks::toggle);
        } else {
            model.select(hit.orElse(null));
        }
    }

    /** Across the switch between the overview and the boxes, the box under the pointer stays (decision 0029). */
    @Override
    Viewport zoomed(Viewport before, Viewport after, double sx, double sy) {
        return painter == null ? after : painter.zoomed(before, after, sx, sy);
    }

    /** What the map shows now: decided by the size things have on screen (decision 0018). */
    ZoomLevel level() {
        return painter == null ? ZoomLevel.CARDS : painter.level(viewport());
    }

    /**
     * The firm (in its main segment) or the segment at map point (mx, my): a firm only where its card is drawn;
     * at overview the box of the overview's diagram there.
     */
    private Optional<Selection> selectionAt(double mx, double my) {
        ZoomLevel level = level();
        String firmId = level == ZoomLevel.CARDS ? firmAt(mx, my) : null;
        if (firmId != null) {
            return picks.ofFirm(firmId);
        }
        String box = level == ZoomLevel.OVERVIEW ? painter.overviewBoxAt(mx, my) : Hit.boxAt(geometry, mx, my);
        return box == null ? Optional.empty() : model.segment(box).map(Selection.OfSegment::new);
    }

    @Override
    boolean takesDrag(MouseEvent event) {
        hideCard();
        if (level() != ZoomLevel.CARDS) {
            return false; // the cards and handles a gesture would take are not drawn: the drag pans
        }
        return gestures.press(event.getX(), event.getY(), event.isAltDown(), event.isShiftDown());
    }

    @Override
    void gestureDragged(MouseEvent event) {
        gestures.drag(event.getX(), event.getY());
    }

    @Override
    void gestureReleased(MouseEvent event, boolean moved) {
        gestures.release(event.getX(), event.getY(), moved);
    }

    @Override
    void paintOverlay(GraphicsContext g) {
        if (level() == ZoomLevel.CARDS) {
            gestures.paint(g, model.theme().drawing());
        }
        rename.place();
    }

    /**
     * Opens the selection's name for editing in place ({@code F2}).
     *
     * @return whether it opened: something is selected and drawn on this map
     */
    public boolean renameSelection() {
        return model.selection().map(rename::start).orElse(false);
    }

    /** Moves the view, at once, so that the map rectangle {@code r} is on screen at a readable size. */
    void bringIntoView(Rect r) {
        Viewport view = viewport();
        double scale = Math.max(view.scale(), 1);
        boolean shown = r.x() >= view.x()
                && r.y() >= view.y()
                && r.right() <= view.x() + view.width() / view.scale()
                && r.bottom() <= view.y() + view.height() / view.scale();
        if (!shown || scale != view.scale()) {
            animateTo(
                    r.centerX() - view.width() / scale / 2,
                    r.centerY() - view.height() / scale / 2,
                    scale,
                    javafx.util.Duration.ZERO);
        }
    }

    /** Puts {@code nodes} (an editor and its message) over the map. */
    void showEditor(Node... nodes) {
        getChildren().addAll(nodes);
    }

    /** Takes {@code nodes} away from over the map. */
    void hideEditor(Node... nodes) {
        getChildren().removeAll(nodes);
    }

    /** The map as the gestures see it. */
    private final class Host implements CanvasHost {
        @Override
        public ChainGeometry geometry() {
            return geometry;
        }

        @Override
        public Viewport viewport() {
            return ChainCanvas.this.viewport();
        }

        @Override
        public Optional<RegionMap> map() {
            return model.map();
        }

        @Override
        public Optional<String> perform(Command command) {
            return model.perform(command);
        }

        @Override
        public Picks picks() {
            return picks.picks();
        }

        @Override
        public void redraw() {
            ChainCanvas.this.redraw();
        }
    }

    @Override
    void keyPressed(KeyCode code, KeyEvent event) {
        if (code == KeyCode.ESCAPE && gestures.cancel()) {
            event.consume();
        } else if (code == KeyCode.ESCAPE && model.selection().isPresent()) {
            model.select(null);
            event.consume();
        } else if (code == KeyCode.Z) {
            zoomToSelection();
            event.consume();
        }
    }
}
