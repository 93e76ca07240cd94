package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.GapKind;
import org.chainmap.edit.EditEnterprise;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.map.ChainCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edits of a large map (here the Hengyang map, taken as large): the edit shows at once, on the analysis and the
 * layout from before it; the analysis of the chains it reaches and the chain's new layout follow from the
 * background, the newest edit's overtaking older ones; the status bar says while they are under way.
 */
@ExtendWith(ApplicationExtension.class)
class EditsInBackgroundTest {

    private static final String FIRM = "tbea-hy";
    private static final String SEGMENT = "power.silicon-steel";

    private MainViewModel model;

    /** The first window of a test run can take over a minute to open on a machine shared by many builds. */
    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
    }

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private ChainCanvas showPower(FxRobot robot) {
        robot.clickOn("Map");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            model.afterEdits().backgroundFrom(0);
            model.selectChain(model.map().orElseThrow().chain("power").orElseThrow());
        });
        settle();
        return robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
    }

    /** Waits till {@code work} has nothing under way. */
    static void settle(FxRobot robot, BackgroundWork work) {
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> settled = new AtomicReference<>();
        robot.interact(() -> settled.set(work.whenSettled()));
        try {
            settled.get().get(60, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new AssertionError("the work did not end", failure);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void settle() {
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> settled = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(
                5_000, () -> settled.set(model.afterEdits().whenSettled()));
        try {
            settled.get().get(60, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new AssertionError("the work after the edits did not end", failure);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEditShowsAtOnceAndItsAnalysisAndLayoutFollow(FxRobot robot) {
        ChainCanvas canvas = showPower(robot);
        ChainGeometry before = canvas.geometry();
        CountDownLatch analysis = HeldWork.hold(robot, model.afterEdits().work());
        List<Boolean> atOnce = new ArrayList<>();
        robot.interact(() -> {
            model.perform(new MoveEnterprise(FIRM, null, SEGMENT));
            atOnce.add(model.map()
                    .orElseThrow()
                    .enterprise(FIRM)
                    .orElseThrow()
                    .mainSegment()
                    .equals(SEGMENT));
            atOnce.add(!model.gaps().ofSegment(SEGMENT, GapKind.MISSING).isEmpty()); // the analysis before the edit
            atOnce.add(model.afterEdits().busyProperty().get());
            atOnce.add(robot.lookup("#" + StatusBar.BUSY_ID).query().isVisible());
        });
        assertThat(atOnce).containsExactly(true, true, true, true);
        // Drawn on a provisional geometry made on the painting thread (decision 0051), before the layout comes: the
        // moved card in its new box, the others where they were.
        settle(robot, model.afterEdits().painting());
        List<Boolean> painted = new ArrayList<>();
        robot.interact(() -> {
            Rect box = canvas.geometry().segments().get(SEGMENT);
            Rect card = canvas.geometry().cards().get(FIRM);
            painted.add(canvas.drawnMap() == model.map().orElseThrow());
            painted.add(canvas.geometry() != before && box.contains(card.centerX(), card.centerY()));
            painted.add(before.cards().entrySet().stream()
                    .filter(other -> !other.getKey().equals(FIRM))
                    .allMatch(other -> canvas.geometry().cards().get(other.getKey()) == other.getValue()));
        });
        assertThat(painted).containsExactly(true, true, true);
        analysis.countDown();

        settle();

        RegionMap edited = model.map().orElseThrow();
        assertThat(model.gaps().ofSegment(SEGMENT, GapKind.MISSING))
                .as("the gap closed")
                .isEmpty();
        assertThat(model.gaps().reports()).isEqualTo(GapAnalysis.of(edited));
        Rect box = canvas.geometry().segments().get(SEGMENT);
        Rect card = canvas.geometry().cards().get(FIRM);
        assertThat(box.contains(card.centerX(), card.centerY()))
                .as("the card in its new box")
                .isTrue();
        assertThat(model.afterEdits().busyProperty().get()).isFalse();
        assertThat(robot.lookup("#" + StatusBar.BUSY_ID).query().isVisible()).isFalse();
    }

    /**
     * While an edit's painter is made on its own thread, the canvas shows the drawing before the edit and does not
     * paint it again (a paint of the whole chain took the JavaFX thread 25–40 ms, beside the painter the frame waits
     * for, at 100,000 firms; issue 17 item 9); the edit's drawing is painted once it comes. With nothing selected, and
     * with the moved firm selected and its paths in focus.
     */
    @Test
    void theDrawingBeforeIsNotPaintedAgainWhileTheEditsPainterIsMade(FxRobot robot) {
        ChainCanvas canvas = showPower(robot);
        for (boolean selected : new boolean[] {false, true}) {
            robot.interact(() -> {
                model.focusSelectionProperty().set(true);
                RegionMap map = model.map().orElseThrow();
                Enterprise firm = map.enterprise(FIRM).orElseThrow();
                model.select(
                        selected
                                ? new Selection.OfEnterprise(
                                        firm, map.segment(firm.mainSegment()).orElseThrow())
                                : null);
            });
            settle();
            CountDownLatch painting = HeldWork.hold(robot, model.afterEdits().painting());
            long[] paints = new long[2];
            robot.interact(() -> {
                paints[0] = canvas.paints();
                model.perform(new MoveEnterprise(FIRM, null, selected ? "power.transformer" : SEGMENT));
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> paints[1] = canvas.paints());
            assertThat(paints[1])
                    .as("paints while the painter is made, selected: " + selected)
                    .isEqualTo(paints[0]);
            painting.countDown();
            settle();
            assertThat(canvas.drawnMap()).isSameAs(model.map().orElseThrow());
            assertThat(canvas.paints()).as("the edit's drawing painted").isGreaterThan(paints[0]);
        }
    }

    @Test
    void anUndoBeforeTheLayoutComesPutsTheCardBackAtOnceAndTheSelectionStays(FxRobot robot) {
        ChainCanvas canvas = showPower(robot);
        ChainGeometry before = canvas.geometry();
        String home = model.map().orElseThrow().enterprise(FIRM).orElseThrow().mainSegment();
        CountDownLatch analysis = HeldWork.hold(robot, model.afterEdits().work());
        CountDownLatch painting = HeldWork.hold(robot, model.afterEdits().painting());
        robot.interact(() -> {
            model.select(new Selection.OfEnterprise(
                    model.map().orElseThrow().enterprise(FIRM).orElseThrow(),
                    model.segment(home).orElseThrow()));
            model.perform(new MoveEnterprise(FIRM, null, SEGMENT));
            model.undo(); // while the moved card's painter is still to be made
        });
        painting.countDown();
        settle(robot, model.afterEdits().painting());
        List<Boolean> atOnce = new ArrayList<>();
        robot.interact(() -> {
            Rect box = canvas.geometry().segments().get(home);
            Rect card = canvas.geometry().cards().get(FIRM);
            atOnce.add(canvas.drawnMap() == model.map().orElseThrow()); // the map after the undo
            atOnce.add(box.contains(card.centerX(), card.centerY())); // back in its box before any layout came
            atOnce.add(canvas.geometry().cards().size() == before.cards().size());
            atOnce.add(model.selection().orElseThrow() instanceof Selection.OfEnterprise firm
                    && firm.enterprise().id().equals(FIRM));
        });
        assertThat(atOnce).containsExactly(true, true, true, true);
        analysis.countDown();

        settle();

        Rect box = canvas.geometry().segments().get(home);
        Rect card = canvas.geometry().cards().get(FIRM);
        assertThat(box.contains(card.centerX(), card.centerY())).isTrue();
        assertThat(canvas.geometry().cards().keySet()).isEqualTo(before.cards().keySet());
    }

    @Test
    void theNewestEditsAnalysisIsTheOneShown(FxRobot robot) {
        showPower(robot);
        List<MapGaps> shown = new ArrayList<>();
        robot.interact(() -> {
            model.gapsProperty().addListener((property, old, now) -> shown.add(now));
            model.perform(new MoveEnterprise(FIRM, null, SEGMENT));
            model.perform(EditEnterprise.rename(model.map().orElseThrow(), FIRM, "特变电工衡阳变压器（新）"));
            model.perform(new MoveEnterprise(FIRM, null, "power.transformer"));
        });
        settle();

        assertThat(shown).as("one analysis shown, the newest edit's").hasSize(1);
        assertThat(shown.get(0).map()).isSameAs(model.map().orElseThrow());
        assertThat(model.gaps().reports()).isEqualTo(GapAnalysis.of(model.map().orElseThrow()));
    }

    @Test
    void aRenameKeepsTheLayout(FxRobot robot) {
        ChainCanvas canvas = showPower(robot);
        ChainGeometry before = canvas.geometry();
        robot.interact(() -> model.perform(EditEnterprise.rename(model.map().orElseThrow(), FIRM, "新名字")));
        settle();
        assertThat(canvas.geometry()).as("the drawing not laid out again").isSameAs(before);
        assertThat(model.map().orElseThrow().enterprise(FIRM).orElseThrow().name())
                .isEqualTo("新名字");
    }

    /**
     * Decision 0058: the edit's analysis and layout wait for its provisional painter, which the painting thread holds
     * here; they start once it is made. Without the wait the analysis runs at once and nothing ever waits.
     */
    @Test
    void theAnalysisWaitsForTheEditsPainter(FxRobot robot) throws TimeoutException {
        ChainCanvas canvas = showPower(robot);
        MapGaps before = model.gaps();
        robot.interact(() -> model.afterEdits().frameFirst().atMost(Duration.ofMinutes(2)));
        CountDownLatch painting = HeldWork.hold(robot, model.afterEdits().painting());
        robot.interact(() -> model.perform(new MoveEnterprise(FIRM, null, SEGMENT)));
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> model.afterEdits().frameFirst().waiting());
        List<Boolean> held = new ArrayList<>();
        robot.interact(() -> {
            held.add(model.gaps() == before); // the analysis waits: not shown
            held.add(model.afterEdits().work().pending(AfterEdits.LAYOUT));
            held.add(canvas.drawnMap() != model.map().orElseThrow()); // the painter is held too
        });
        assertThat(held).containsExactly(true, true, true);
        painting.countDown();

        settle();

        RegionMap edited = model.map().orElseThrow();
        assertThat(canvas.drawnMap()).isSameAs(edited);
        assertThat(model.gaps().map()).isSameAs(edited);
        assertThat(model.afterEdits().frameFirst().waiting()).isFalse();
    }

    /** A painter that does not come (held here for the whole test) holds the analysis no longer than the limit. */
    @Test
    void aPainterThatDoesNotComeHoldsTheAnalysisNoLongerThanTheLimit(FxRobot robot) {
        ChainCanvas canvas = showPower(robot);
        CountDownLatch painting = HeldWork.hold(robot, model.afterEdits().painting());
        robot.interact(() -> {
            model.afterEdits().frameFirst().atMost(Duration.ofMillis(50));
            model.perform(new MoveEnterprise(FIRM, null, SEGMENT));
        });
        settle(robot, model.afterEdits().work());

        assertThat(model.gaps().map()).isSameAs(model.map().orElseThrow());
        assertThat(canvas.drawnMap())
                .as("the painter still held")
                .isNotSameAs(model.map().orElseThrow());
        painting.countDown();
        settle();
    }

    /**
     * With the map's tab hidden no painter is asked, so the analysis waits for none, however long the limit: only for
     * the window's next frame, which comes.
     */
    @Test
    void anEditWithTheMapHiddenWaitsForNoPainter(FxRobot robot) {
        showPower(robot);
        robot.clickOn("Columns");
        WaitForAsyncUtils.waitForFxEvents();
        CountDownLatch painting = HeldWork.hold(robot, model.afterEdits().painting());
        robot.interact(() -> {
            model.afterEdits().frameFirst().atMost(Duration.ofMinutes(10));
            model.perform(new MoveEnterprise(FIRM, null, SEGMENT));
        });
        settle(robot, model.afterEdits().work());

        assertThat(model.gaps().map()).isSameAs(model.map().orElseThrow());
        assertThat(model.afterEdits().frameFirst().waiting()).isFalse();
        painting.countDown();
        settle();
    }

    /**
     * Decision 0068: the edit's analysis and layout wait for the frame that shows the edit, not only for its
     * painter. The JavaFX thread is held while the painter is made, so no frame can come: nothing of the analysis
     * thread starts (with the wait for the painter alone the analysis ran then); once the frame has come, it does.
     */
    @Test
    void theAnalysisStartsAfterTheFrameThatShowsTheEdit(FxRobot robot) throws TimeoutException {
        ChainCanvas canvas = showPower(robot);
        AtomicReference<RegionMap> edited = new AtomicReference<>();
        AtomicBoolean framed = new AtomicBoolean();
        robot.interact(() -> canvas.getScene().addPostLayoutPulseListener(() -> {
            if (edited.get() != null
                    && canvas.drawnMap() == edited.get()
                    && canvas.drawing().isPresent()
                    && canvas.paintedDrawing().equals(canvas.drawing())) {
                framed.set(true);
            }
        }));
        CountDownLatch painting = HeldWork.hold(robot, model.afterEdits().painting());
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean framedAtStart = new AtomicBoolean();
        robot.interact(() -> editAndProbe(edited, framed, framedAtStart, started));
        AtomicBoolean startedBeforeTheFrame = new AtomicBoolean();
        robot.interact(() -> {
            painting.countDown(); // the painter is made now, while this thread holds every frame
            startedBeforeTheFrame.set(startsWithin3s(started));
        });
        assertThat(startedBeforeTheFrame)
                .as("the analysis thread started before the frame")
                .isFalse();

        settle();

        assertThat(started.getCount()).isZero();
        assertThat(framedAtStart).as("the frame that shows the edit came first").isTrue();
        assertThat(canvas.drawnMap()).isSameAs(edited.get());
        assertThat(model.gaps().map()).isSameAs(edited.get());
    }

    /** With the window hidden no frame comes: the analysis waits for none, however long the limit. */
    @Test
    void anEditWithTheWindowHiddenWaitsForNoFrame(FxRobot robot) {
        ChainCanvas canvas = showPower(robot);
        robot.interact(() -> {
            Platform.setImplicitExit(false);
            canvas.getScene().getWindow().hide();
            model.afterEdits().frameFirst().atMost(Duration.ofMinutes(10));
            model.perform(new MoveEnterprise(FIRM, null, SEGMENT));
        });
        settle(robot, model.afterEdits().work());

        assertThat(model.gaps().map()).isSameAs(model.map().orElseThrow());
        assertThat(model.afterEdits().frameFirst().waiting()).isFalse();
    }

    /**
     * Decision 0072: in the Columns view the edit asks for no painter, its boxes are made in its event, and the
     * window's next frame shows them. The analysis waits for that frame: nothing of the analysis thread starts while
     * the JavaFX thread is held after the edit (without the wait it ran then, beside the frame, on two cores); once the
     * frame has come, it does.
     */
    @Test
    void inTheColumnsTheAnalysisStartsAfterTheNextFrame(FxRobot robot) {
        showPower(robot);
        robot.clickOn("Columns");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<RegionMap> edited = new AtomicReference<>();
        AtomicBoolean framed = new AtomicBoolean();
        robot.interact(() -> robot.lookup(".segment-box").query().getScene().addPostLayoutPulseListener(() -> {
            if (edited.get() != null) {
                framed.set(true);
            }
        }));
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean framedAtStart = new AtomicBoolean();
        AtomicBoolean startedBeforeTheFrame = new AtomicBoolean();
        robot.interact(() -> {
            editAndProbe(edited, framed, framedAtStart, started);
            startedBeforeTheFrame.set(startsWithin3s(started)); // this thread holds every frame
        });
        assertThat(startedBeforeTheFrame)
                .as("the analysis thread started before the frame")
                .isFalse();

        settle();

        assertThat(started.getCount()).isZero();
        assertThat(framedAtStart).as("the frame that shows the edit came first").isTrue();
        assertThat(model.gaps().map()).isSameAs(edited.get());
    }

    /**
     * Moves the firm with a wait for the frame of up to 2 minutes, notes the map edited in {@code edited}, and queues
     * on the analysis thread a probe that notes in {@code framedAtStart} whether {@code framed} was set when it
     * started, then counts {@code started} down. On the JavaFX thread.
     */
    private void editAndProbe(
            AtomicReference<RegionMap> edited,
            AtomicBoolean framed,
            AtomicBoolean framedAtStart,
            CountDownLatch started) {
        model.afterEdits().frameFirst().atMost(Duration.ofMinutes(2));
        model.perform(new MoveEnterprise(FIRM, null, SEGMENT));
        edited.set(model.map().orElseThrow());
        model.afterEdits()
                .work()
                .run(
                        "probe",
                        () -> {
                            framedAtStart.set(framed.get());
                            started.countDown();
                            return true;
                        },
                        done -> {});
    }

    /** Whether {@code started} is counted down within 3 s. */
    private static boolean startsWithin3s(CountDownLatch started) {
        try {
            return started.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
