package org.chainmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Shows a system file chooser over a window without letting JavaFX touch that window's size.
 *
 * <p>JavaFX 21 on Linux disables the window a file chooser is given, and that window's owner, while the chooser
 * is open; disabling a window fixes its size hints (least = largest size), and Openbox then takes away its
 * maximised state, which JavaFX is not told of (JDK-8332222, fixed in JavaFX 23, which needs Java 21). So on
 * Linux the chooser is given a host instead: an invisible 1×1 window of no owner, at the centre of the window
 * it is for, which the chooser is then centred on and kept above. ChainMap itself makes that window and its
 * owners ignore input while the chooser is open. Why: {@code docs/decisions/0057-file-choosers-hosted.md}.
 *
 * <p>GTK centres the chooser on the host from the host's place and size as GTK knows them, which it learns from
 * the window system a moment after the host shows; a chooser opened at once was centred on a 200×200 window at
 * the screen's corner or the host's (under Openbox: at 354,193 over a maximised 1600×1000 window, its bottom at
 * the screen's). So the host is shown {@value #SETTLE_MS} ms before the chooser opens (JavaFX's events run
 * meanwhile): the chooser then opens centred on the window.
 */
final class ChooserHost {

    /** The key, in a host window's properties, that marks it as one. */
    static final String HOST = "chainmap.chooser.host";

    /** How often, in milliseconds, the focus is checked while a chooser is open. */
    static final int REFOCUS_MS = 250;

    /** How long, in milliseconds, the host shows before the chooser opens over it. */
    static final int SETTLE_MS = 100;

    private ChooserHost() {}

    /**
     * Runs {@code choose}, which shows a modal file chooser over the window it is given and returns what was
     * chosen, over {@code over}: on Linux through a host window, elsewhere (or with no window showing) over
     * {@code over} itself.
     */
    static <T> T show(Window over, Function<Window, T> choose) {
        if (over == null || !over.isShowing() || !needed()) {
            return choose.apply(over);
        }
        Stage host = host(over);
        List<Window> blocked = ownersOf(over);
        EventHandler<Event> ignore = Event::consume;
        for (Window window : blocked) {
            window.addEventFilter(InputEvent.ANY, ignore);
            window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, ignore);
        }
        host.show();
        settle();
        Timeline watch = refocus(host, blocked);
        try {
            return choose.apply(host);
        } finally {
            watch.stop();
            host.hide();
            for (Window window : blocked) {
                window.removeEventFilter(InputEvent.ANY, ignore);
                window.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, ignore);
            }
            over.requestFocus();
        }
    }

    /**
     * Runs JavaFX's events for {@value #SETTLE_MS} ms, in which the window system places and sizes the host just
     * shown and GTK hears of it; where no nested event loop may run (during an animation or a layout), at once.
     */
    private static void settle() {
        if (!Platform.canStartNestedEventLoop()) {
            return;
        }
        Object key = new Object();
        PauseTransition pause = new PauseTransition(Duration.millis(SETTLE_MS));
        pause.setOnFinished(event -> Platform.exitNestedEventLoop(key, null));
        pause.play();
        Platform.enterNestedEventLoop(key);
    }

    /**
     * Hands the focus back to the chooser whenever a window in {@code owners} takes it while the chooser is open
     * (checked every {@value #REFOCUS_MS} ms; JavaFX's events run during a system chooser): a dialog closed just
     * before (Export picture's) gives the focus to its owner a moment after the chooser opened. Asked of the
     * host, the window manager gives it to the host's modal chooser.
     */
    private static Timeline refocus(Stage host, List<Window> owners) {
        Timeline watch = new Timeline(new KeyFrame(Duration.millis(REFOCUS_MS), event -> {
            if (host.isShowing() && owners.stream().anyMatch(Window::isFocused)) {
                host.requestFocus();
            }
        }));
        watch.setCycleCount(Animation.INDEFINITE);
        watch.play();
        return watch;
    }

    /** Whether choosers need a host here: on Linux, where JavaFX's GTK glass disables their owners. */
    static boolean needed() {
        return System.getProperty("os.name", "").startsWith("Linux");
    }

    /** An invisible, unowned, undecorated 1×1 window at the centre of {@code over}, not yet shown. */
    private static Stage host(Window over) {
        Stage host = new Stage(StageStyle.UNDECORATED);
        Region nothing = new Region();
        Scene scene = new Scene(nothing, 1, 1);
        scene.setFill(Color.TRANSPARENT);
        host.setScene(scene);
        host.setOpacity(0);
        // Kept above the window it is for, and so is the chooser, which the window manager keeps above its host.
        host.setAlwaysOnTop(true);
        host.setWidth(1);
        host.setHeight(1);
        host.setX(over.getX() + over.getWidth() / 2);
        host.setY(over.getY() + over.getHeight() / 2);
        host.getProperties().put(HOST, Boolean.TRUE);
        if (over instanceof Stage stage) {
            host.setTitle(stage.getTitle());
            host.getIcons().setAll(stage.getIcons());
        }
        return host;
    }

    /** {@code window} and the windows that own it, nearest first. */
    private static List<Window> ownersOf(Window window) {
        List<Window> chain = new ArrayList<>();
        for (Window at = window; at != null; at = at instanceof Stage stage ? stage.getOwner() : null) {
            chain.add(at);
        }
        return chain;
    }
}
