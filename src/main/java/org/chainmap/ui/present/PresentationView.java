package org.chainmap.ui.present;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.chainmap.model.Chain;
import org.chainmap.render.Deck;
import org.chainmap.render.Slide;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.map.MapSurface;

/**
 * A presentation on a surface that fills the screen: one {@link Slide} at a time, the camera flying from one
 * step to the next within a chain (at once when the user asked for reduced motion, and between two chains
 * or to the panorama). {@code →}, {@code PageDown}, {@code Space} and a click go forward; {@code ←} and
 * {@code PageUp} back; {@code Home} and {@code End} to the first and last step; a number and {@code Enter}
 * to that chain. A click on a firm or a segment shows it large with its card; going on returns to the story.
 * {@code Esc} leaves a firm's card, else the presentation; {@code T} changes the colours (high contrast,
 * light, dark); {@code P} shows or hides the presenter's console.
 */
final class PresentationView extends MapSurface {

    /** The style id of the view, for tests. */
    static final String ID = "presentation-view";

    /** How long the camera takes from one step to the next of a chain. */
    static final Duration FLIGHT = Duration.millis(600);

    private final MainViewModel model;
    private final Deck deck;
    private final Runnable leave;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");
    private Slide shown;
    private boolean detail;
    private Theme theme = Theme.CONTRAST;
    private Runnable console = () -> {};

    /** The presentation of {@code deck}; {@code leave} ends it. */
    PresentationView(MainViewModel model, Deck deck, Runnable leave) {
        super(model);
        this.model = model;
        this.deck = deck;
        this.leave = leave;
        setId(ID);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        widthProperty().addListener((o, was, now) -> place(false));
        heightProperty().addListener((o, was, now) -> place(false));
    }

    /** What {@code P} does: shows or hides the presenter's console. */
    void setOnConsole(Runnable toggle) {
        console = toggle;
    }

    /** The step shown, from 0; -1 before the first is shown. */
    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The step shown, from 0. */
    int index() {
        return index.get();
    }

    /** The slides shown. */
    Deck deck() {
        return deck;
    }

    /** The digits typed so far to jump to a chain. */
    ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    /** The slide on the screen: the step's, or the card of what the presenter clicked. */
    Slide slide() {
        return shown;
    }

    /** Whether the screen shows the card of something the presenter clicked. */
    boolean showingDetail() {
        return detail;
    }

    /** The colours the slides are painted in. */
    @Override
    protected Theme drawingTheme() {
        return theme;
    }

    /** Shows step {@code newIndex} (kept within the presentation). */
    void go(int newIndex) {
        int target = Math.max(0, Math.min(deck.size() - 1, newIndex));
        detail = false;
        index.set(target);
        display(deck.slide(target));
    }

    void next() {
        go(index() + 1);
    }

    void previous() {
        go(detail ? index() : index() - 1);
    }

    /** Goes to the first step of the chain numbered {@code number} in the presentation, if there is one. */
    void jumpToChain(int number) {
        deck.story().firstStepOf(number).ifPresent(this::go);
    }

    private void display(Slide slide) {
        Slide previous = shown;
        shown = slide;
        replaceDrawing(slide);
        boolean sameMap = previous != null
                && slide.step().chainId() != null
                && slide.step().chainId().equals(previous.step().chainId());
        place(sameMap && !model.reducedMotionProperty().get());
    }

    /** Moves the camera to the slide's place, flying when {@code fly}. */
    private void place(boolean fly) {
        if (shown == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Viewport target = shown.viewport(getWidth(), getHeight());
        animateTo(target.x(), target.y(), target.scale(), fly ? FLIGHT : Duration.ZERO);
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (code.isDigitKey()) {
            typed.set(typed.get() + digit(code));
            event.consume();
            return;
        }
        String number = typed.get();
        if (code != KeyCode.BACK_SPACE) {
            typed.set("");
        }
        switch (code) {
            case ENTER -> {
                if (number.isEmpty()) {
                    next();
                } else {
                    jumpToChain(Integer.parseInt(number));
                }
            }
            case BACK_SPACE -> typed.set(number.isEmpty() ? "" : number.substring(0, number.length() - 1));
            case RIGHT, PAGE_DOWN, SPACE, DOWN -> next();
            case LEFT, PAGE_UP, UP -> previous();
            case HOME -> go(0);
            case END -> go(deck.size() - 1);
            case P -> console.run();
            case T -> {
                theme = theme == Theme.CONTRAST ? Theme.LIGHT : theme == Theme.LIGHT ? Theme.DARK : Theme.CONTRAST;
                redraw();
            }
            case ESCAPE -> {
                if (!number.isEmpty()) {
                    break;
                }
                if (detail) {
                    go(index());
                } else {
                    leave.run();
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private static String digit(KeyCode code) {
        String name = code.getName();
        return name.substring(name.length() - 1);
    }

    @Override
    protected void clickedAt(double mx, double my, MouseEvent event) {
        typed.set("");
        Slide step = deck.slide(index());
        if (!step.onMap(event.getX(), event.getY(), getWidth(), getHeight())) {
            next();
            return;
        }
        if (step.step().chain() == null) {
            var chain = deck.chainAt(mx, my);
            int number = chain.map(id -> deck.story().chains().stream()
                            .map(Chain::id)
                            .toList()
                            .indexOf(id))
                    .orElse(-1);
            if (number >= 0) {
                jumpToChain(number + 1);
            } else {
                next();
            }
            return;
        }
        var zoomed = deck.detail(index(), mx, my);
        if (zoomed.isEmpty()) {
            next();
            return;
        }
        detail = true;
        display(zoomed.get());
    }
}
