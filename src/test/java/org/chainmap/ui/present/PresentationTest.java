package org.chainmap.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;
import org.chainmap.model.StepKind;
import org.chainmap.render.Slide;
import org.chainmap.render.Viewport;
import org.chainmap.ui.AppTheme;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.chainmap.ui.map.ChainCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presentation driven as a presenter drives it: F5, the keys of a clicker, a number and Enter, a click on
 * a segment, Esc; the reveal order of a chain's story; and the editor as it was afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        model = new MainViewModel(I18n.CHINESE);
        model.reducedMotionProperty().set(true);
        window = new MainWindow(primary, model);
        // Monocle's full-screen mode resizes every window to the screen, which no desktop does: here the
        // presentation covers the screen with a window of its own. On GTK (Xvfb with a window manager, and
        // -Dheadless.argLine="-Dtestfx.robot=glass -Dprism.order=sw") these tests pass in true full screen.
        window.presenter().fullScreen(!"Monocle".equals(System.getProperty("glass.platform")));
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private PresentationView view() {
        return window.presenter().view();
    }

    private StepKind kind() {
        return view().slide().step().kind();
    }

    /** The stages of the segments in full colour on the slide shown. */
    private Set<org.chainmap.model.Stage> focusedStages() {
        Set<org.chainmap.model.Stage> stages = new HashSet<>();
        for (String id : view().slide().focusedSegments()) {
            stages.add(model.segment(id).orElseThrow().stage());
        }
        return stages;
    }

    private ChainCanvas canvas(FxRobot robot) {
        return robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
    }

    @Test
    void theKeyboardDrivesAChainsStoryInRevealOrderAndEscGivesBackTheEditorAsItWas(FxRobot robot) {
        // The editor as the user left it: the map of the second chain, a segment selected, zoomed, dark.
        Chain second = model.chains().get(1);
        robot.interact(() -> {
            window.showView("map");
            model.selectChain(second);
            model.select(new Selection.OfSegment(second.segments().get(0)));
            model.themeProperty().set(AppTheme.DARK);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas(robot).zoomBy(1.7));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane views = robot.lookup(".tab-pane").queryAs(TabPane.class);
        String tab = views.getSelectionModel().getSelectedItem().getId();
        Viewport camera = canvas(robot).viewport();
        Selection selection = model.selection().orElseThrow();
        Node focused = canvas(robot).getScene().getFocusOwner();

        // The full story, each stage and gap one by one (View ▸ Presentation ▸ Full detail).
        robot.interact(() -> window.presenter().fullDetailProperty().set(true));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().presenting()).isTrue();
        assertThat(view().index()).isZero();
        assertThat(kind()).isEqualTo(StepKind.PANORAMA);
        assertThat(view().getScene().getWindow().getHeight())
                .as("the presentation fills the screen")
                .isGreaterThan(canvas(robot).getHeight());

        // Forward through the power chain's story with each key a clicker or a keyboard sends.
        List<StepKind> kinds = new ArrayList<>();
        List<Set<org.chainmap.model.Stage>> revealed = new ArrayList<>();
        KeyCode[] forward = {KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE};
        for (int i = 0; kind() != StepKind.SUMMARY; i++) {
            robot.type(forward[i % forward.length]);
            assertThat(view().index()).isEqualTo(i + 1);
            kinds.add(kind());
            revealed.add(view().slide().focusedSegments() == null ? Set.of() : focusedStages());
            assertThat(view().slide().step().chain().id()).isEqualTo("power");
        }
        assertThat(kinds.subList(0, 4))
                .containsExactly(StepKind.TITLE, StepKind.UPSTREAM, StepKind.MIDSTREAM, StepKind.DOWNSTREAM);
        assertThat(revealed.subList(1, 4))
                .containsExactly(
                        Set.of(org.chainmap.model.Stage.UPSTREAM),
                        Set.of(org.chainmap.model.Stage.MIDSTREAM),
                        Set.of(org.chainmap.model.Stage.DOWNSTREAM));
        assertThat(kinds.subList(4, kinds.size() - 1))
                .as("the gaps come after the three stages, one by one")
                .isNotEmpty()
                .allMatch(StepKind::gap);
        int summary = view().index();

        // And back, with the other keys.
        robot.type(KeyCode.LEFT);
        assertThat(view().index()).isEqualTo(summary - 1);
        robot.type(KeyCode.PAGE_UP);
        assertThat(view().index()).isEqualTo(summary - 2);
        robot.type(KeyCode.HOME);
        assertThat(view().index()).isZero();
        robot.type(KeyCode.END);
        assertThat(kind()).isEqualTo(StepKind.PANORAMA);
        assertThat(view().index()).isEqualTo(view().deck().size() - 1);

        // A number and Enter: the third chain's title.
        robot.type(KeyCode.DIGIT3);
        assertThat(view().typedProperty().get()).isEqualTo("3");
        robot.type(KeyCode.ENTER);
        assertThat(kind()).isEqualTo(StepKind.TITLE);
        assertThat(view().slide().step().chain()).isEqualTo(model.chains().get(2));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().presenting()).isFalse();
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo(tab);
        assertThat(model.selectedChain()).contains(second);
        assertThat(model.selection()).contains(selection);
        assertThat(model.theme()).isEqualTo(AppTheme.DARK);
        assertThat(canvas(robot).viewport()).isEqualTo(camera);
        assertThat(canvas(robot).getScene().getFocusOwner()).isSameAs(focused);
    }

    @Test
    void theCameraFliesWithinAChainUnlessMotionIsReduced(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view().go(1);
            model.reducedMotionProperty().set(false);
            view().next();
            assertThat(view().moving()).as("title → upstream flies").isTrue();
        });
        WaitForAsyncUtils.sleep(
                (long) PresentationView.FLIGHT.toMillis() + 400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view().moving()).isFalse();
        Viewport target = view().slide().viewport(view().getWidth(), view().getHeight());
        assertThat(view().viewport().scale()).isCloseTo(target.scale(), within(1e-6));
        assertThat(view().viewport().x()).isCloseTo(target.x(), within(1e-6));
        robot.interact(() -> {
            model.reducedMotionProperty().set(true);
            view().next();
            assertThat(view().moving()).as("reduced motion: at once").isFalse();
            Viewport at = view().slide().viewport(view().getWidth(), view().getHeight());
            assertThat(view().viewport().scale()).isCloseTo(at.scale(), within(1e-6));
        });
    }

    @Test
    void clickingASegmentShowsItLargeAndGoingOnReturnsToTheStory(FxRobot robot) {
        // The full story, each stage and gap one by one (View ▸ Presentation ▸ Full detail).
        robot.interact(() -> window.presenter().fullDetailProperty().set(true));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.RIGHT, 3); // power: midstream
        assertThat(kind()).isEqualTo(StepKind.MIDSTREAM);
        int midstream = view().index();
        Chain power = model.chains().get(0);
        ChainGeometry geometry = ChainLayouter.layout(model.map().orElseThrow(), power);
        Segment segment = power.segments(org.chainmap.model.Stage.MIDSTREAM).get(0);
        Rect box = geometry.segments().get(segment.id());
        Viewport view = view().viewport();
        Point2D onScreen = view().localToScreen(
                        (box.x() + 40 - view.x()) * view.scale(), (box.y() + 12 - view.y()) * view.scale());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view().showingDetail()).isTrue();
        Slide detail = view().slide();
        assertThat(detail.title()).isEqualTo(segment.name());
        assertThat(view().index()).isEqualTo(midstream);

        robot.type(KeyCode.ESCAPE);
        assertThat(window.presenter().presenting())
                .as("Esc leaves the card first")
                .isTrue();
        assertThat(view().showingDetail()).isFalse();
        robot.clickOn(onScreen);
        robot.type(KeyCode.RIGHT);
        assertThat(view().showingDetail()).isFalse();
        assertThat(view().index()).isEqualTo(midstream + 1);
        assertThat(kind()).isEqualTo(StepKind.DOWNSTREAM);
    }

    @Test
    void thePresentersConsoleShowsThisStepTheNextAndTheNoteAndItsKeysDriveThePresentation(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        PresenterConsole console = window.presenter().console();
        assertThat(console.showing()).as("P shows the console on one screen").isTrue();
        javafx.scene.control.Label now =
                robot.lookup("#" + PresenterConsole.NOW_ID).queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label next =
                robot.lookup("#" + PresenterConsole.NEXT_ID).queryAs(javafx.scene.control.Label.class);
        assertThat(now.getText()).isEqualTo(view().slide().title()).isEqualTo("衡阳市 · 产业链全景");
        assertThat(next.getText()).isEqualTo(view().deck().slide(1).title()).isEqualTo("新型能源及电力装备产业链");

        robot.interact(() -> now.getScene().getWindow().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(view().index())
                .as("the console's keys drive the presentation")
                .isEqualTo(1);
        assertThat(now.getText()).isEqualTo("新型能源及电力装备产业链");
        assertThat(next.getText()).isEqualTo(view().deck().slide(2).title());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().presenting()).isFalse();
        assertThat(console.showing()).isFalse();
    }

    @Test
    void thePresentersClockTicksWithoutAnAnimationAndStopsHoweverTheConsoleCloses(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        PresenterConsole console = window.presenter().console();
        assertThat(console.showing()).isTrue();
        assertThat(console.ticking())
                .as("the clock ticks while the console shows")
                .isTrue();
        java.util.List<String> running = WaitForAsyncUtils.asyncFx(org.chainmap.ui.RunningAnimations::now)
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(running)
                .as("no animation ticks the clock: one would make every window pulse sixty times a second")
                .noneMatch(animation -> animation.contains(PresenterConsole.class.getName()));

        // Closed by the window manager (or with its owner, or by a test's clean-up), not by P or Esc.
        robot.interact(() -> robot.lookup("#" + PresenterConsole.NOW_ID)
                .queryAs(javafx.scene.control.Label.class)
                .getScene()
                .getWindow()
                .hide());
        assertThat(console.showing()).isFalse();
        assertThat(console.ticking())
                .as("the clock stops when the console closes")
                .isFalse();
    }
}
