package org.chainmap.ui.present;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chainmap.render.Fonts;
import org.chainmap.render.Slide;
import org.chainmap.ui.FxDelay;
import org.chainmap.ui.I18n;

/**
 * The presenter's own screen during a presentation (the laptop's, when the presentation is on a projector):
 * the step shown and the next one, the planner's note in large type, the time of day and the time since the
 * presentation began. Its keys drive the presentation as the presentation's own do.
 */
final class PresenterConsole {

    /** The ids of its labels, for tests. */
    static final String NOW_ID = "consoleNow";

    static final String NEXT_ID = "consoleNext";
    static final String NOTE_ID = "consoleNote";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n text;
    private final PresentationView view;
    private final Stage stage = new Stage();
    private final Label position = label(28, false);
    private final Label now = label(40, true);
    private final Label note = label(34, false);
    private final Label next = label(28, false);
    private final Label clock = label(34, true);
    private final Label elapsed = label(34, true);
    /** Stops the clock's ticks; {@code null} while the console is not showing. */
    private Runnable ticking;

    private final long started = System.nanoTime();

    /** A console of {@code view}'s presentation, on {@code screen}, owned by {@code owner}. */
    PresenterConsole(Window owner, I18n text, PresentationView view, Screen screen) {
        this.text = text;
        this.view = view;
        now.setId(NOW_ID);
        next.setId(NEXT_ID);
        note.setId(NOTE_ID);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox times = new HBox(24, elapsed, gap, clock);
        VBox root = new VBox(
                14,
                times,
                position,
                heading(text.text("console.now")),
                now,
                note,
                heading(text.text("console.next")),
                next);
        root.setPadding(new Insets(28));
        root.setStyle("-fx-background-color: #111418;");
        Rectangle2D bounds = screen.getVisualBounds();
        stage.initOwner(owner);
        stage.setTitle(text.text("console.title"));
        stage.setScene(
                new Scene(root, Math.min(1100, bounds.getWidth() * 0.8), Math.min(720, bounds.getHeight() * 0.8)));
        stage.setX(bounds.getMinX() + 40);
        stage.setY(bounds.getMinY() + 40);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Event.fireEvent(view, event.copyFor(view, view));
            event.consume();
        });
        view.indexProperty().addListener((o, was, index) -> update());
        // The clock ticks while the console shows, however it is closed (its own close, the window manager's, its
        // owner's); from a timer thread, not a Timeline, which would make every window pulse at each frame.
        stage.setOnShown(event -> startTicking());
        stage.setOnHidden(event -> stopTicking());
        update();
        tick();
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }

    /** Whether the clock ticks now (tests). */
    boolean ticking() {
        return ticking != null;
    }

    private void startTicking() {
        if (ticking == null) {
            tick();
            ticking = FxDelay.every(javafx.util.Duration.seconds(1), this::tick);
        }
    }

    private void stopTicking() {
        if (ticking != null) {
            ticking.run();
            ticking = null;
        }
    }

    boolean showing() {
        return stage.isShowing();
    }

    /** Shows the step the presentation is at, the next one and the note. */
    private void update() {
        int index = view.index();
        if (index < 0) {
            return;
        }
        Slide shown = view.deck().slide(index);
        position.setText(text.text("console.position", index + 1, view.deck().size()));
        now.setText(shown.title());
        String planned = shown.step().note();
        note.setText(planned == null ? text.text("console.noNote") : planned);
        note.setOpacity(planned == null ? 0.5 : 1);
        next.setText(
                index + 1 < view.deck().size() ? view.deck().slide(index + 1).title() : text.text("console.end"));
    }

    private void tick() {
        clock.setText(LocalTime.now().format(CLOCK));
        Duration spent = Duration.ofNanos(System.nanoTime() - started);
        elapsed.setText(
                text.text("console.elapsed", String.format("%d:%02d", spent.toMinutes(), spent.toSecondsPart())));
    }

    private static Label heading(String words) {
        Label label = label(22, true);
        label.setText(words);
        label.setOpacity(0.7);
        return label;
    }

    private static Label label(double size, boolean bold) {
        Label label = new Label();
        label.setWrapText(true);
        label.setStyle("-fx-font-family: '" + Fonts.family() + "'; -fx-font-size: " + size + "px; -fx-text-fill: white;"
                + (bold ? " -fx-font-weight: bold;" : ""));
        return label;
    }
}
