package org.chainmap.ui.map;

import java.util.function.Consumer;
import javafx.scene.input.MouseEvent;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ComparePanorama;
import org.chainmap.render.Drawing;
import org.chainmap.render.PanoramaPainter;
import org.chainmap.render.PanoramaWords;
import org.chainmap.render.Viewport;
import org.chainmap.render.Words;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.MainViewModel;

/**
 * All chains of the map at once, as bands of their segments with firm counts and gap colours, and the
 * feeds between chains; laid out once per map. Clicking a chain's band opens that chain.
 */
public final class PanoramaCanvas extends MapSurface {

    /** The style id of the canvas, for tests and CSS. */
    public static final String ID = "panorama-canvas";

    private final MainViewModel model;
    private final Consumer<Chain> open;
    private PanoramaGeometry geometry;
    private final FirmCard card;
    private String hoveredBox;

    /** The panorama of {@code model}'s map; a click on a chain hands it to {@code open}. */
    public PanoramaCanvas(MainViewModel model, Consumer<Chain> open) {
        super(model);
        this.model = model;
        this.open = open;
        setId(ID);
        // The gaps of a new map come just before the map itself: rebuild on both.
        model.gapsProperty().addListener((o, was, now) -> {
            if (!model.applying()) {
                rebuild();
            }
        });
        model.documentProperty().addListener((o, was, now) -> {
            if (!model.applying()) {
                rebuild();
            }
        });
        model.revisionProperty().addListener((o, was, now) -> rebuild(true));
        // Names in another language take other room: the panorama is laid out again, the camera kept.
        model.textsProperty().addListener((o, was, now) -> rebuild(true));
        model.comparing().shownProperty().addListener((o, was, now) -> rebuild(true));
        this.card = new FirmCard(model);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hideCard());
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> hideCard());
        rebuild();
    }

    /** The box whose card shows under the pointer, or {@code null}. */
    String hoveredBox() {
        return hoveredBox;
    }

    /**
     * In compare mode, shows the card of the box under the pointer: its whole name and what its gap marks say
     * ("✓ 缺链：比旧版时已补上，现为弱链"); hides it when the pointer leaves the box.
     */
    private void hover(MouseEvent event) {
        String box = null;
        if (geometry != null && model.comparing().shown().isPresent()) {
            Viewport view = viewport();
            double mx = view.x() + event.getX() / view.scale();
            double my = view.y() + event.getY() / view.scale();
            for (var entry : geometry.segments().entrySet()) {
                if (entry.getValue().contains(mx, my)) {
                    box = entry.getKey();
                    break;
                }
            }
        }
        if (box == null) {
            hideCard();
        } else if (!box.equals(hoveredBox)) {
            hideCard();
            hoveredBox = box;
            model.segment(box).ifPresent(s -> card.show(this, s, event.getScreenX() + 14, event.getScreenY() + 16));
        }
    }

    private void hideCard() {
        hoveredBox = null;
        card.hide();
    }

    /** Whether the panorama is behind the model because it was hidden when the model changed. */
    private boolean stale;
    /** Whether another map was shown while the panorama was hidden, which it then fits anew. */
    private boolean staleNewMap;

    /** The map drawn, or {@code null}: the edited map itself while its analysis is under way. */
    private RegionMap drawnMap;

    /** The map the panorama draws, or {@code null} (benchmarks wait for the frame that shows an edit). */
    public RegionMap drawnMap() {
        return drawnMap;
    }

    /** The laid-out panorama, or {@code null} when no map is open. */
    PanoramaGeometry geometry() {
        return geometry;
    }

    /** Shows the band of {@code chain}. */
    void showChain(String chain) {
        if (geometry != null) {
            geometry.bands().stream()
                    .filter(band -> band.chain().equals(chain))
                    .findFirst()
                    .ifPresent(band -> show(
                            band.bounds().x(),
                            band.bounds().y(),
                            band.bounds().width(),
                            band.bounds().height()));
        }
    }

    /**
     * Centres the box of {@code segment} (or, when it has none, the band of {@code chain}): at the zoom shown, or
     * closer when the box would be under 80 px wide; the compare list's click.
     */
    public void centre(String chain, String segment) {
        if (geometry == null) {
            return;
        }
        org.chainmap.layout.Rect box =
                segment == null ? null : geometry.segments().get(segment);
        if (box == null) {
            showChain(chain);
            return;
        }
        double shown = Math.max(viewport().scale(), 80 / Math.max(1, box.width()));
        animateTo(
                box.x() + box.width() / 2 - getWidth() / shown / 2,
                box.y() + box.height() / 2 - getHeight() / shown / 2,
                shown,
                javafx.util.Duration.ZERO);
    }

    @Override
    protected void clickedAt(double mx, double my, MouseEvent event) {
        geometry.chainAt(mx, my)
                .flatMap(id ->
                        model.chains().stream().filter(c -> c.id().equals(id)).findFirst())
                .ifPresent(open);
    }

    private void rebuild() {
        rebuild(false);
    }

    /**
     * Lays the panorama out again; {@code edited}: the same map changed, and the camera stays. While the
     * panorama is hidden (another tab is chosen) it only notes that it is behind, and {@link #catchUp} does
     * the work when it is shown.
     */
    private void rebuild(boolean edited) {
        if (showing()) {
            build(edited && !staleNewMap);
        } else {
            stale = true;
            staleNewMap |= !edited;
        }
    }

    /** Brings the panorama up to date with the model, about to be shown after changes made while hidden. */
    public void catchUp() {
        if (stale) {
            build(!staleNewMap);
        }
    }

    private void build(boolean edited) {
        stale = false;
        staleNewMap = false;
        // On a large map the analysis of an edit comes later: the edited map's counts are drawn at once all the same.
        RegionMap map = model.gaps().drawn(model.map().orElse(null)).orElse(null);
        drawnMap = map;
        if (map == null) {
            geometry = null;
            setDrawing(null);
        } else {
            // In compare mode the map with the older version's removed things as ghosts, marked.
            Comparing.Shown compared = model.comparing().shown().orElse(null);
            map = compared == null ? map : compared.compared().map();
            geometry = PanoramaLayouter.layout(map, model.texts().locale());
            PanoramaWords panoramaWords = Words.of(model.texts().locale()).panoramaWords();
            Drawing drawing;
            if (compared == null) {
                PanoramaPainter painter =
                        new PanoramaPainter(map, geometry, model.gaps().reports());
                // The panorama has words of its own; the surface's chain words are not used.
                drawing = Drawing.of(
                        geometry.width(),
                        geometry.height(),
                        (g, view, theme, words) -> painter.paint(g, view, theme, panoramaWords));
            } else {
                drawing = new ComparePanorama(
                                compared.compared(), geometry, model.gaps().reports())
                        .drawing(panoramaWords);
            }
            if (edited) {
                replaceDrawing(drawing);
                // Painted after this event, from a runLater: the edit's analysis waits for the frame that shows it.
                afterFrame(model.afterEdits().frameFirst().asked());
            } else {
                setDrawing(drawing);
            }
        }
    }
}
