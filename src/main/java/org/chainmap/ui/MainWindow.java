package org.chainmap.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.chainmap.io.LoadResult;
import org.chainmap.model.Problem;

/**
 * The main window: menus on top, the chain list on the left, the selected chain's stage columns in the
 * middle, the details of the selection on the right, the map's counts at the bottom. It opens maps and
 * shows their problems; everything else it leaves to its parts and to {@link MainViewModel}.
 */
public final class MainWindow {

    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 600;
    private static final double CHAIN_LIST_WIDTH = 290;
    private static final double DETAILS_WIDTH = 350;

    /** The id of the tab with the columns of segment boxes. */
    static final String COLUMNS_TAB_ID = "view-columns";

    /** The id of the tab with the chain's map. */
    static final String MAP_TAB_ID = "view-map";

    private final Stage stage;
    private final MainViewModel model;
    private final ChainList chainList;
    private final SplitPane panes;

    /** Builds the window on {@code stage}, showing whatever {@code model} holds. */
    public MainWindow(Stage stage, MainViewModel model) {
        this.stage = stage;
        this.model = model;
        this.chainList = new ChainList(model);
        ChainView chainView = new ChainView(model);
        DetailsPane details = new DetailsPane(model);
        // Two views of the selected chain: its segments as columns of boxes, and the map on a canvas.
        Tab columns = new Tab(null, chainView);
        Tab mapTab = new Tab(null, new ChainCanvas(model));
        columns.setId(COLUMNS_TAB_ID);
        mapTab.setId(MAP_TAB_ID);
        TabPane views = new TabPane(columns, mapTab);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Runnable name = () -> {
            columns.setText(model.texts().text("view.columns"));
            mapTab.setText(model.texts().text("view.map"));
        };
        name.run();
        model.textsProperty().addListener((o, was, now) -> name.run());
        panes = new SplitPane(chainList, views, details);
        // The side panes keep their width when the window is resized; the chain in the middle takes the rest.
        SplitPane.setResizableWithParent(chainList, false);
        SplitPane.setResizableWithParent(details, false);

        BorderPane root = new BorderPane(panes);
        root.setTop(new MainMenuBar(model, new MainMenuBar.Actions() {
            @Override
            public void open() {
                chooseAndOpen();
            }

            @Override
            public void quit() {
                stage.close();
            }

            @Override
            public void about() {
                AboutDialog.create(stage, model.texts()).show();
            }
        }));
        root.setBottom(new StatusBar(model, this::showProblems));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene =
                new Scene(root, Math.min(1500, screen.getWidth() * 0.94), Math.min(940, screen.getHeight() * 0.94));
        Styles.apply(scene, model.themeProperty());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
    }

    /** Shows the window with the keyboard in the chain list. */
    public void show() {
        stage.show();
        // Set after showing: some window managers open a window at its minimum size when given one before.
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        double width = panes.getWidth();
        if (width > CHAIN_LIST_WIDTH + DETAILS_WIDTH) {
            panes.setDividerPositions(CHAIN_LIST_WIDTH / width, 1 - DETAILS_WIDTH / width);
        }
        chainList.list().requestFocus();
    }

    /**
     * Opens the map the application was started on: {@code file}, or the shipped Hengyang map when it is
     * {@code null}. A file that cannot be read is reported in a dialog and the shipped map shown instead.
     */
    public void openAtStartup(Path file) {
        if (file != null) {
            LoadResult result = model.open(file);
            if (result.ok()) {
                return;
            }
            LoadResult fallback = model.openShipped();
            I18n text = model.texts();
            reportFailure(
                    displayName(file),
                    result.problems(),
                    fallback.ok() ? text.text("dialog.openFailed.fallback") : text.text("dialog.openFailed.nothing"));
            return;
        }
        LoadResult result = model.openShipped();
        if (!result.ok()) {
            reportFailure(ShippedMap.FILE_NAME, result.problems(), model.texts().text("dialog.openFailed.nothing"));
        }
    }

    /**
     * Opens {@code file} in place of the open map; when it cannot be read, says why in a dialog and keeps
     * the map that was open.
     *
     * @return whether the file was opened
     */
    public boolean open(Path file) {
        LoadResult result = model.open(file);
        if (!result.ok()) {
            I18n text = model.texts();
            reportFailure(
                    displayName(file),
                    result.problems(),
                    model.document().isPresent()
                            ? text.text("dialog.openFailed.kept")
                            : text.text("dialog.openFailed.nothing"));
        }
        return result.ok();
    }

    private void chooseAndOpen() {
        I18n text = model.texts();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.text("dialog.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.text("dialog.open.filter"), "*.json"));
        Path folder = model.document()
                .map(MapDocument::file)
                .map(Path::toAbsolutePath)
                .map(Path::getParent)
                .orElse(ShippedMap.WORKING_COPY.toAbsolutePath().getParent());
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void showProblems() {
        model.document().ifPresent(shown -> ProblemDialog.warnings(stage, model.texts(), shown.name(), shown.problems())
                .show());
    }

    private void reportFailure(String fileName, List<Problem> problems, String consequence) {
        Alert alert = ProblemDialog.openFailed(stage, model.texts(), fileName, problems, consequence);
        alert.show();
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
