package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.Chain;
import org.chainmap.ui.chains.ChainList;
import org.chainmap.ui.details.DetailsPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's size, place and panes at a first start and at the next, and the chain list's scroll. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    @TempDir
    Path dir;

    private final Preferences preferences = new MemoryPreferences();

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private Stage open(FxRobot robot) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            MainViewModel model = new MainViewModel(I18n.CHINESE);
            MainWindow window =
                    new MainWindow(stage[0], model, new AppData(preferences, new RecoveryStore(dir.resolve("r"))));
            window.show();
            window.openAtStartup(ShippedMap.WORKING_COPY);
            stage[0].toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage[0];
    }

    /** The preferences of a window that was last at (40, 30), 1000×680. */
    private Preferences keptAt40By30Sized1000By680() {
        Preferences kept = preferences.node(WindowPlacement.NODE);
        kept.putDouble(WindowPlacement.X, 40);
        kept.putDouble(WindowPlacement.Y, 30);
        kept.putDouble(WindowPlacement.WIDTH, 1000);
        kept.putDouble(WindowPlacement.HEIGHT, 680);
        return kept;
    }

    @Test
    void aFirstWindowFillsMostOfTheScreenWithTheChainTheWidestPane(FxRobot robot) {
        Stage stage = open(robot);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(screen.getWidth() * 0.89);
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(screen.getHeight() * 0.89);
        double chainList = robot.lookup("#" + ChainList.LIST_ID).queryListView().getWidth();
        double chain = robot.lookup(".tab-pane").queryAs(TabPane.class).getWidth();
        double details = robot.lookup("#" + DetailsPane.ID)
                .queryAs(javafx.scene.layout.Region.class)
                .getWidth();
        assertThat(chain).isGreaterThan(chainList).isGreaterThan(details).isGreaterThan(stage.getWidth() * 0.5);
        assertThat(chainList).isLessThanOrEqualTo(stage.getWidth() * WindowPlacement.CHAIN_LIST_SHARE + 1);
    }

    @Test
    void theWindowComesBackWhereItWasWithItsPanesAndItsPlaceIsKeptOnClosing(FxRobot robot) {
        Preferences kept = keptAt40By30Sized1000By680();
        kept.putDouble(WindowPlacement.CHAIN_LIST, 240);
        kept.putDouble(WindowPlacement.DETAILS, 300);
        Stage stage = open(robot);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(680);
        assertThat(stage.isMaximized()).isFalse();
        ChainList list = (ChainList)
                robot.lookup("#" + ChainList.LIST_ID).queryListView().getParent();
        assertThat(list.getWidth()).isCloseTo(240, within(8.0));

        robot.interact(() -> {
            stage.setX(60);
            stage.setWidth(1100);
        });
        robot.interact(stage::close);
        assertThat(kept.getDouble(WindowPlacement.X, 0)).isEqualTo(60);
        assertThat(kept.getDouble(WindowPlacement.WIDTH, 0)).isEqualTo(1100);
        assertThat(kept.getDouble(WindowPlacement.HEIGHT, 0)).isEqualTo(680);
        assertThat(kept.getBoolean(WindowPlacement.MAXIMIZED, true)).isFalse();
        assertThat(kept.getDouble(WindowPlacement.CHAIN_LIST, 0)).isEqualTo(240);
    }

    @Test
    void aWindowClosedMaximisedComesBackMaximisedAndKeepsItsSizeForWhenItIsNot(FxRobot robot) {
        Preferences kept = keptAt40By30Sized1000By680();
        kept.putBoolean(WindowPlacement.MAXIMIZED, true);
        Stage stage = open(robot);
        assertThat(stage.isMaximized()).isTrue();
        robot.interact(stage::close);
        assertThat(kept.getBoolean(WindowPlacement.MAXIMIZED, false)).isTrue();
        assertThat(kept.getDouble(WindowPlacement.WIDTH, 0))
                .as("the size it had before it was maximised, not the screen's")
                .isEqualTo(1000);
        assertThat(kept.getDouble(WindowPlacement.HEIGHT, 0)).isEqualTo(680);
    }

    /**
     * The window's first layout is at its scene's preferred width, inside {@code show()}, before the window has its
     * size; there the kept widths do not fit and are capped. The panes keep them when the window gets its size
     * (a chain tab whose hidden tabs are built later has a narrower preferred width: the lists tab made it 17 px).
     */
    @Test
    void keptPaneWidthsComeBackWhenTheFirstLayoutIsNarrowerThanTheWindow(FxRobot robot) {
        Preferences kept = keptAt40By30Sized1000By680();
        kept.putDouble(WindowPlacement.CHAIN_LIST, 240);
        kept.putDouble(WindowPlacement.DETAILS, 300);
        Region left = new Region();
        Region right = new Region();
        robot.interact(() -> {
            Stage stage = new Stage();
            left.setMinWidth(200);
            left.setPrefWidth(100);
            right.setMinWidth(200);
            right.setPrefWidth(100);
            Region middle = new Region();
            middle.setPrefWidth(200);
            SplitPane panes = new SplitPane(left, middle, right);
            // About 400 px wide at first: the sides, 540 px together, are capped to 55% of that (200 px each). Within
            // 8 px as above: half a divider.
            stage.setScene(new Scene(new BorderPane(panes)));
            WindowPlacement placement = new WindowPlacement(preferences, stage, panes, left, right);
            placement.beforeShowing();
            stage.show();
            placement.afterShowing();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.getWidth()).isCloseTo(240, within(8.0));
        assertThat(right.getWidth()).isCloseTo(300, within(8.0));
    }

    /**
     * The main window's first layout, inside {@code show()}, is at the window's own size (its scene made at that
     * size), not a throw-away one at the root's preferred size before the window has its size.
     */
    @Test
    void theMainWindowIsFirstLaidOutAtItsOwnSize(FxRobot robot) {
        Preferences kept = keptAt40By30Sized1000By680();
        List<Double> widths = new ArrayList<>();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            MainWindow window = new MainWindow(
                    stage[0], new MainViewModel(I18n.CHINESE), new AppData(preferences, new RecoveryStore(dir)));
            Region root = (Region) stage[0].getScene().getRoot();
            root.widthProperty().addListener((property, was, now) -> {
                if (now.doubleValue() > 0) {
                    widths.add(now.doubleValue());
                }
            });
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage[0].getWidth()).isEqualTo(1000);
        assertThat(widths).isNotEmpty();
        assertThat(widths.get(0)).as("the first layout's width of %s", widths).isCloseTo(1000, within(20.0));
    }

    @Test
    void aWindowKeptOnAScreenThatIsGoneComesBackOnOneThatIsThere(FxRobot robot) {
        Preferences kept = preferences.node(WindowPlacement.NODE);
        kept.putDouble(WindowPlacement.X, 5000);
        kept.putDouble(WindowPlacement.Y, -3000);
        kept.putDouble(WindowPlacement.WIDTH, 4000);
        kept.putDouble(WindowPlacement.HEIGHT, 700);
        Stage stage = open(robot);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isBetween(screen.getMinX(), screen.getMaxX() - stage.getWidth());
        assertThat(stage.getY()).isBetween(screen.getMinY(), screen.getMaxY() - stage.getHeight());
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
    }

    @Test
    void aFirstWindowIsMaximisedOnALaptopAndNinetyPerCentOfALargeScreen() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 728);
        Rectangle2D desktop = new Rectangle2D(0, 0, 1600, 1000);
        assertThat(WindowPlacement.startsMaximized(laptop)).isTrue();
        assertThat(WindowPlacement.startsMaximized(desktop)).isFalse();
        assertThat(WindowPlacement.firstBounds(desktop)).isEqualTo(new Rectangle2D(80, 50, 1440, 900));
        assertThat(WindowPlacement.MIN_WIDTH).isLessThanOrEqualTo(1366);
        assertThat(WindowPlacement.MIN_HEIGHT).isLessThanOrEqualTo(728);
        // The side panes at their first widths leave the chain the widest, on the laptop too.
        double[] sides = WindowPlacement.sideWidths(
                1366,
                Math.min(WindowPlacement.CHAIN_LIST_WIDTH, 1366 * WindowPlacement.CHAIN_LIST_SHARE),
                Math.min(WindowPlacement.DETAILS_WIDTH, 1366 * WindowPlacement.DETAILS_SHARE),
                220,
                260);
        assertThat(1366 - sides[0] - sides[1]).isGreaterThan(Math.max(sides[0], sides[1]) * 2);
        // Panes dragged too wide are shrunk so that the chain keeps almost half the window.
        double[] dragged = WindowPlacement.sideWidths(1000, 600, 500, 220, 220);
        assertThat(dragged[0] + dragged[1]).isLessThanOrEqualTo(1000 * WindowPlacement.SIDES_SHARE + 0.01);
    }

    @Test
    void aKeptPlaceIsClampedToTheScreenThatHoldsMostOfIt() {
        Rectangle2D left = new Rectangle2D(0, 0, 1600, 1000);
        Rectangle2D right = new Rectangle2D(1600, 0, 1366, 728);
        Rectangle2D onRight =
                WindowPlacement.onScreen(new Rectangle2D(1700, 100, 1500, 900), List.of(left, right), left);
        assertThat(onRight).isEqualTo(new Rectangle2D(1600, 0, 1366, 728));
        Rectangle2D nowhere = WindowPlacement.onScreen(new Rectangle2D(-9000, 100, 1000, 700), List.of(left), left);
        assertThat(nowhere).isEqualTo(new Rectangle2D(0, 100, 1000, 700));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClickedChainLeavesTheListWhereItWas(FxRobot robot) {
        Stage stage = open(robot);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Chain> list = robot.lookup("#" + ChainList.LIST_ID).queryListView();
        VirtualFlow<ListCell<Chain>> flow = (VirtualFlow<ListCell<Chain>>) list.lookup(".virtual-flow");
        robot.interact(() -> list.scrollTo(6));
        WaitForAsyncUtils.waitForFxEvents();
        int firstBefore = flow.getFirstVisibleCell().getIndex();
        assertThat(firstBefore).isGreaterThan(0);
        // A chain in the middle of the view, not at its top.
        ListCell<Chain> cell = flow.getVisibleCell(8);
        Chain chosen = cell.getItem();
        double cellY = cell.localToScene(0, 0).getY();
        // What a click on it does: the list selects it, the window shows it everywhere.
        robot.interact(() -> list.getSelectionModel().select(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(chosen);
        assertThat(flow.getFirstVisibleCell().getIndex())
                .as("the list did not scroll")
                .isEqualTo(firstBefore);
        assertThat(flow.getVisibleCell(8).localToScene(0, 0).getY())
                .as("the clicked chain is where it was")
                .isCloseTo(cellY, within(1.0));

        // The keyboard still moves the list along to keep the chosen chain in view.
        for (int i = 0; i < 5; i++) {
            robot.type(javafx.scene.input.KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        int selected = list.getSelectionModel().getSelectedIndex();
        assertThat(selected).isEqualTo(13);
        assertThat(flow.getLastVisibleCell().getIndex()).isEqualTo(13);
    }
}
