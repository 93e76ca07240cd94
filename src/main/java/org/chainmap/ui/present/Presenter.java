package org.chainmap.ui.present;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.chainmap.analysis.ChainReport;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.Deck;
import org.chainmap.render.Fonts;
import org.chainmap.render.Story;
import org.chainmap.render.Words;
import org.chainmap.ui.MainViewModel;

/**
 * Presents the open map in a meeting: a window of its own, full screen, without menus, panels or toolbars,
 * showing a {@link PresentationView} of the map's presentation ({@link Story}). The main window is left as it
 * was (tab, chain, selection, camera, theme): the presentation reads the map and changes nothing, and
 * leaving it gives the keyboard back to whatever had it. With a second screen (a projector beside a laptop),
 * the presentation goes to the screen the main window is not on, and the presenter's console ({@link
 * PresenterConsole}: this step, the next, the note, the time) to the main window's; {@code P} shows or hides
 * the console on one screen.
 */
public final class Presenter {

    private final Stage owner;
    private final MainViewModel model;
    private Stage stage;
    private PresentationView view;
    private Node focused;
    private PresenterConsole console;
    private boolean fullScreen = true;
    private final BooleanProperty fullDetail = new SimpleBooleanProperty(false);

    public Presenter(Stage owner, MainViewModel model) {
        this.owner = owner;
        this.model = model;
    }

    /**
     * Whether the presentation asks for the screen's full-screen mode (it does), or only covers the screen
     * with an undecorated window. Tests on Monocle turn it off: Monocle's full-screen mode resizes every
     * window of the application to the screen, which no desktop does (on GTK the main window stays as it was,
     * as {@code PresentationTest} shows under Xvfb).
     */
    void fullScreen(boolean wanted) {
        fullScreen = wanted;
    }

    /** Whether a presentation is running. */
    boolean presenting() {
        return stage != null;
    }

    /** The presenter's console of the presentation running, or {@code null} when it was never shown. */
    PresenterConsole console() {
        return console;
    }

    /**
     * Whether a map without an arranged presentation is shown in full (each stage and each gap one by one)
     * rather than in brief (a table per kind of gap).
     */
    BooleanProperty fullDetailProperty() {
        return fullDetail;
    }

    /** The presentation running, or {@code null}. */
    PresentationView view() {
        return view;
    }

    /**
     * Starts the presentation: at its beginning, or with {@code fromChain} at the selected chain's first step; once
     * the analysis after the last edit has arrived (at once unless a large map is being analysed in the background).
     */
    void start(boolean fromChain) {
        model.afterEdits().whenSettled().thenRun(() -> startSettled(fromChain));
    }

    private void startSettled(boolean fromChain) {
        RegionMap map = model.map().orElse(null);
        if (stage != null || map == null) {
            return;
        }
        List<ChainReport> reports = model.gaps().reports();
        Story story = Story.of(map, reports, List.of(), fullDetail.get() ? Story.Detail.FULL : Story.Detail.BRIEF);
        if (story.size() == 0) {
            return;
        }
        int first = 0;
        if (fromChain) {
            int number = model.selectedChain()
                    .map(chain ->
                            story.chains().stream().map(Chain::id).toList().indexOf(chain.id()))
                    .orElse(-1);
            first = story.firstStepOf(number + 1).orElse(0);
        }
        focused = owner.getScene() == null ? null : owner.getScene().getFocusOwner();
        Deck deck = new Deck(map, reports, story, Words.of(model.texts().locale()));
        view = new PresentationView(model, deck, this::stop);
        Label typed = new Label();
        typed.textProperty().bind(view.typedProperty().map(digits -> digits.isEmpty() ? "" : "→ " + digits));
        typed.visibleProperty().bind(view.typedProperty().isNotEmpty());
        typed.setStyle("-fx-font-family: '" + Fonts.family() + "'; -fx-font-size: 56px; -fx-font-weight: bold;"
                + " -fx-text-fill: white; -fx-background-color: rgba(0,0,0,0.8); -fx-padding: 8 28;"
                + " -fx-background-radius: 12;");
        typed.setMouseTransparent(true);
        StackPane root = new StackPane(view, typed);
        StackPane.setAlignment(typed, Pos.CENTER);
        Rectangle2D screen = screen().getBounds();
        stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(owner);
        stage.setTitle(model.texts().text("present.title", map.region().name()));
        stage.setScene(new Scene(root, screen.getWidth(), screen.getHeight(), Color.WHITE));
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(fullScreen);
        stage.setOnCloseRequest(event -> stop());
        stage.show();
        root.applyCss();
        root.layout();
        view.go(first);
        view.requestFocus();
        Screen mine = ownScreen();
        console = new PresenterConsole(owner, model.texts(), view, mine);
        view.setOnConsole(this::toggleConsole);
        if (!screen().equals(mine)) {
            console.show();
            stage.requestFocus();
        }
    }

    /** Shows the console, or hides it: on one screen, for rehearsing. */
    private void toggleConsole() {
        if (console.showing()) {
            console.close();
            stage.requestFocus();
        } else {
            console.show();
        }
    }

    /** The screen to present on: with two or more, one the main window is not on; else the main window's. */
    private Screen screen() {
        Screen mine = ownScreen();
        return Screen.getScreens().stream()
                .filter(each -> !each.equals(mine))
                .findFirst()
                .orElse(mine);
    }

    /** The screen the main window is on. */
    private Screen ownScreen() {
        List<Screen> under =
                Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        return under.isEmpty() ? Screen.getPrimary() : under.get(0);
    }

    /** Leaves the presentation and gives the keyboard back to the main window, where it was. */
    void stop() {
        if (stage == null) {
            return;
        }
        Stage closing = stage;
        stage = null;
        view = null;
        if (console != null) {
            console.close();
        }
        closing.close();
        owner.requestFocus();
        if (focused != null && focused.getScene() == owner.getScene()) {
            focused.requestFocus();
        }
    }
}
