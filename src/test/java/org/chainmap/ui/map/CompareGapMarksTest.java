package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.chainmap.io.MapFile;
import org.chainmap.layout.Rect;
import org.chainmap.render.Viewport;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Styles;
import org.chainmap.ui.TestMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A segment that went from missing to weak shows one mark, "closed, weak now", in every view: the small map now has a
 * local grid builder that a year ago it had not (the grid segment, which the transformer makers feed, was missing and
 * extend; it is weak now). Not a ✓ and a !.
 */
@ExtendWith(ApplicationExtension.class)
class CompareGapMarksTest {

    private static final String SAYS = "✓ 缺链（延链）：比旧版时已补上，现为弱链";

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainWindow window;
    private Path older;

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        Path now = dir.resolve("now.json");
        MapFile.save(TestMaps.smallWithGridBuilder(), now);
        older = dir.resolve("older.json");
        MapFile.save(TestMaps.small(), older);
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(now);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void compare(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.compare().compareWith(older.toString()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.comparing().active());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The firm and box cards among the windows, shown or not. */
    private static List<Tooltip> cards() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Tooltip tip && FirmCard.ID.equals(tip.getId()))
                .map(Tooltip.class::cast)
                .toList();
    }

    @Test
    void theColumnsBoxShowsOneMarkClosedWeakNowWithItsWords(FxRobot robot) throws TimeoutException {
        compare(robot);
        List<Label> marks = robot.lookup("." + Styles.COMPARE_GAP).queryAll().stream()
                .map(Label.class::cast)
                .filter(label -> {
                    javafx.scene.Node box = label.getParent().getParent();
                    return box instanceof SegmentBox segment
                            && segment.segment().id().equals("power.grid");
                })
                .toList();
        assertThat(marks).singleElement().satisfies(mark -> {
            assertThat(mark.getText()).isEqualTo("✓ 缺→弱");
            assertThat(mark.getStyleClass()).contains(Styles.COMPARE_REMOVED, Styles.COMPARE_GAP_WEAK);
            assertThat(mark.getTooltip().getText()).isEqualTo(SAYS.substring(2));
        });
        // the same words on the card of the box on the map and the panorama
        assertThat(ColumnMarks.cardLines(model.comparing().shown().orElseThrow(), "power.grid", model.texts()))
                .isEqualTo("\n" + SAYS);
    }

    @Test
    void pointingAtTheBoxOnTheMapAndThePanoramaSaysClosedWeakNow(FxRobot robot) throws TimeoutException {
        compare(robot);
        robot.interact(() -> window.showView("map"));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> model.afterEdits().whenSettled().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).query();
        robot.moveTo(inBox(canvas, canvas.geometry().segments().get("power.grid")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards()).singleElement().satisfies(card -> assertThat(card.getText())
                .endsWith(SAYS));

        robot.interact(() -> window.showView("panorama"));
        WaitForAsyncUtils.waitForFxEvents();
        PanoramaCanvas panorama = robot.lookup("#" + PanoramaCanvas.ID).query();
        robot.moveTo(inBox(panorama, panorama.geometry().segments().get("power.grid")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panorama.hoveredBox()).isEqualTo("power.grid");
        assertThat(cards().stream().filter(Tooltip::isShowing))
                .singleElement()
                // the box's name, the line of its gap mark now (weak: what its letter means), then what changed
                .satisfies(card -> assertThat(card.getText())
                        .startsWith("配电网工程\n")
                        .endsWith("\n" + SAYS)
                        .containsOnlyOnce(SAYS));
    }

    /** A point inside {@code box}, near its bottom, on the screen. */
    private static Point2D inBox(MapSurface surface, Rect box) {
        Viewport view = surface.viewport();
        return surface.localToScreen(
                (box.centerX() - view.x()) * view.scale(), (box.bottom() - 6 - view.y()) * view.scale());
    }
}
