package org.chainmap.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.chainmap.analysis.ChainReport;
import org.chainmap.io.LoadResult;
import org.chainmap.model.Chain;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.Words;
import org.chainmap.search.Hit;
import org.chainmap.ui.chains.ChainList;
import org.chainmap.ui.compare.CompareMode;
import org.chainmap.ui.dashboard.DashboardView;
import org.chainmap.ui.details.DetailsPane;
import org.chainmap.ui.edit.EditMenu;
import org.chainmap.ui.edit.SelectionEdits;
import org.chainmap.ui.files.ExportDialog;
import org.chainmap.ui.files.ExportJob;
import org.chainmap.ui.files.ProblemDialog;
import org.chainmap.ui.files.SaveActions;
import org.chainmap.ui.find.LinkBySearch;
import org.chainmap.ui.find.MapSearch;
import org.chainmap.ui.find.SearchPane;
import org.chainmap.ui.lists.ListsView;
import org.chainmap.ui.map.ChainCanvas;
import org.chainmap.ui.map.ChainView;
import org.chainmap.ui.map.GapLegend;
import org.chainmap.ui.map.MapSurface;
import org.chainmap.ui.map.PanoramaCanvas;
import org.chainmap.ui.present.ArrangeDialog;
import org.chainmap.ui.present.PresentationMenu;
import org.chainmap.ui.present.Presenter;

/**
 * The main window: menus on top, the chain list on the left, the selected chain's stage columns in the
 * middle, the details of the selection on the right, the map's counts at the bottom; the search (Find) floats
 * over them when asked for. It opens maps and shows their problems; everything else it leaves to its parts
 * and to {@link MainViewModel}.
 */
public final class MainWindow {

    /** The system property naming the view to start in: {@code columns}, {@code map} or {@code panorama}. */
    static final String VIEW_PROPERTY = "chainmap.view";

    /** Files at least this large are opened in the background. */
    static final long BACKGROUND_BYTES = 4L << 20;

    /** The id of the tab with the columns of segment boxes. */
    public static final String COLUMNS_TAB_ID = "view-columns";

    /** The id of the tab with the chain's map. */
    public static final String MAP_TAB_ID = "view-map";

    /** The id of the tab with the panorama of all chains. */
    public static final String PANORAMA_TAB_ID = "view-panorama";

    /** The id of the tab of the five lists and the targets, for tests. */
    public static final String LISTS_TAB_ID = "view-lists";

    private final Stage stage;
    private final MainViewModel model;
    private final ChainList chainList;
    private final ChainCanvas canvas;
    private final PanoramaCanvas panorama;
    private final MapSearch search;
    private final SearchPane searchPane;
    /** Reads and analyses a large file in the background; tests may slow it down. */
    private Function<Path, MainViewModel.Loaded> loader = MainViewModel::load;

    private final TabPane views;
    private final Tab mapTab;
    private final Tab panoramaTab;
    private final WindowPlacement placement;
    private final SaveActions files;
    private final Presenter presenter;
    private final CompareMode compare;

    /** Builds the window on {@code stage}, showing whatever {@code model} holds. */
    public MainWindow(Stage stage, MainViewModel model) {
        this(stage, model, AppData.user());
    }

    /** Builds the window, keeping recent files and recovery copies in {@code data} (tests: their own). */
    public MainWindow(Stage stage, MainViewModel model, AppData data) {
        HiddenCarets.install(); // no caret of a closed dialog keeps the window pulsing
        this.stage = stage;
        this.model = model;
        this.files = new SaveActions(stage, model, data, this::open);
        this.chainList = new ChainList(model);
        ChainView chainView = new ChainView(model);
        DetailsPane details = new DetailsPane(model);
        // Two views of the selected chain: its segments as columns of boxes, and the map on a canvas.
        Tab columns = new Tab(null, chainView);
        canvas = new ChainCanvas(model);
        Tab mapTab = LazyTab.of(canvas, () -> new ChainView(model, canvas)); // the canvas alone till first shown
        Tab panoramaTab = new Tab();
        columns.setId(COLUMNS_TAB_ID);
        mapTab.setId(MAP_TAB_ID);
        panoramaTab.setId(PANORAMA_TAB_ID);
        Tab listsTab = LazyTab.of(() -> new ListsView(model)); // built when first shown: a faster first frame
        listsTab.setId(LISTS_TAB_ID);
        TabPane views = new TabPane(columns, mapTab, panoramaTab, listsTab);
        DashboardView.addTo(views, model);
        // Clicking a chain in the panorama opens it on the map.
        panorama = new PanoramaCanvas(model, chain -> {
            model.selectChain(chain);
            views.getSelectionModel().select(mapTab);
        });
        LazyTab.fill(panoramaTab, panorama, () -> new BorderPane(panorama, null, null, new GapLegend(model), null));
        this.views = views;
        this.mapTab = mapTab;
        this.panoramaTab = panoramaTab;
        catchUpWhenChosen();
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Runnable name = () -> {
            columns.setText(model.texts().text("view.columns"));
            mapTab.setText(model.texts().text("view.map"));
            panoramaTab.setText(model.texts().text("view.panorama"));
            listsTab.setText(model.texts().text("view.lists"));
        };
        name.run();
        model.textsProperty().addListener((o, was, now) -> name.run());
        compare = new CompareMode(stage, model, canvas, panorama, data.preferences());
        SplitPane panes = new SplitPane(chainList, compare.around(views), details);
        placement = new WindowPlacement(data.preferences(), stage, panes, chainList, details);

        search = new MapSearch(model);
        searchPane = new SearchPane(model, search, this::goTo);
        BorderPane root = new BorderPane(underSearch(panes, searchPane));
        MainMenuBar menus = new MainMenuBar(model, files, menuActions());
        menus.edit().add(new SelectionEdits(model, canvas, () -> showView("map"), details::startEditing));
        menus.edit().add(new LinkBySearch(model, searchPane));
        root.setTop(menus);
        presenter = new Presenter(stage, model);
        PresentationMenu.install(menus.viewMenu(), model, presenter, () -> ArrangeDialog.arrange(stage, model));
        TargetMapMenu.install(menus.getMenus().get(0), menus.viewMenu(), model);
        compare.install(menus.getMenus().get(0));
        root.setBottom(new StatusBar(model, this::showProblems));

        Scene scene = placement.scene(root); // at the window's size: the first layout is the real one
        Styles.apply(scene, model.themeProperty());
        stage.setScene(scene);
        model.afterEdits().frameFirst().shownIn(stage); // an edit on the columns or lists: analysis after its frame
        scene.getAccelerators().put(EditMenu.REDO_ALSO, model::redo);
        stage.titleProperty().bind(model.titleProperty());
        guardClosing();
    }

    /** What the menus do in this window. */
    private MainMenuBar.Actions menuActions() {
        return new MainMenuBar.Actions() {
            @Override
            public void open() {
                chooseAndOpen();
            }

            @Override
            public void exportPicture() {
                MainWindow.this.exportPicture();
            }

            @Override
            public void view(MainMenuBar.ViewAction action) {
                MainWindow.this.view(action);
            }

            @Override
            public void find() {
                searchPane.open();
            }

            @Override
            public void quit() {
                files.whenSafe(stage::close);
            }

            @Override
            public void about() {
                OwnedDialog.prepare(AboutDialog.create(stage, model.texts()), stage, null)
                        .show();
            }
        };
    }

    /** Closing with unsaved changes asks first; coming back to the window looks for changes on disk. */
    private void guardClosing() {
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (model.edits().isDirty()) {
                event.consume();
                files.whenSafe(stage::close);
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> files.closed());
        stage.focusedProperty().addListener((property, was, now) -> {
            if (now) {
                files.checkDisk();
            }
        });
    }

    /** Offers to restore the work a crash left unsaved, if any (at start, once the map is open). */
    public void offerRecovery() {
        files.offerRecovery();
    }

    /** Saving, recent files, recovery copies (tests). */
    public SaveActions files() {
        return files;
    }

    /** {@code panes} with the search (Find, Ctrl+F) floating over them, below the tabs' headers. */
    private static StackPane underSearch(SplitPane panes, SearchPane searchPane) {
        StackPane middle = new StackPane(panes, searchPane);
        StackPane.setAlignment(searchPane, Pos.TOP_CENTER);
        StackPane.setMargin(searchPane, new Insets(40, 16, 16, 16));
        return middle;
    }

    /** Shows the window with the keyboard in the chain list. */
    public void show() {
        placement.beforeShowing();
        stage.show();
        placement.afterShowing();
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
     * the map that was open. A file larger than {@link #BACKGROUND_BYTES} is read and analysed in the
     * background, with progress and cancel; the window keeps responding and the open map stays until the
     * new one is ready.
     *
     * @return the background work, or nothing when the file was opened at once
     */
    public Optional<Task<MainViewModel.Loaded>> open(Path file) {
        long size = StartupOpening.size(file);
        if (size < BACKGROUND_BYTES) {
            shown(MainViewModel.load(file));
            return Optional.empty();
        }
        Task<MainViewModel.Loaded> loading = new Task<>() {
            @Override
            protected MainViewModel.Loaded call() {
                return loader.apply(file);
            }
        };
        I18n text = model.texts();
        loading.setOnSucceeded(event -> shown(loading.getValue()));
        loading.setOnFailed(event -> reportFailure(
                displayName(file),
                List.of(Problem.error(null, "file.unreadable", String.valueOf(loading.getException()))),
                text.text("dialog.openFailed.kept")));
        ProgressDialog.run(
                stage,
                text,
                text.text("dialog.opening.title"),
                text.text("dialog.opening.header", displayName(file), Math.max(1, size >> 20)),
                loading,
                "chainmap-open");
        return Optional.of(loading);
    }

    /** What presents the map in a meeting (View ▸ Present, F5). */
    public Presenter presenter() {
        return presenter;
    }

    /** Replaces how large files are read in the background (tests: a loader that waits to be cancelled). */
    void loader(Function<Path, MainViewModel.Loaded> newLoader) {
        loader = newLoader;
    }

    /** Shows a map read in the background, or says why it could not be read. */
    private void shown(MainViewModel.Loaded loaded) {
        LoadResult result = model.open(loaded);
        if (!result.ok()) {
            I18n text = model.texts();
            reportFailure(
                    displayName(loaded.file()),
                    result.problems(),
                    model.document().isPresent()
                            ? text.text("dialog.openFailed.kept")
                            : text.text("dialog.openFailed.nothing"));
        }
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
        File chosen = OwnedDialog.open(chooser, stage);
        if (chosen != null) {
            files.whenSafe(() -> open(chosen.toPath()));
        }
    }

    private void showProblems() {
        model.document().ifPresent(shown -> ProblemDialog.warnings(
                        stage, model.texts(), shown.name(), shown.map(), shown.problems(), words -> {
                            model.selectChain(words.chain());
                            model.select(words.selection());
                        })
                .show());
    }

    /** The map and the panorama skip their layout while hidden, and catch up when their tab is chosen. */
    private void catchUpWhenChosen() {
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == mapTab) {
                canvas.catchUp();
            } else if (now == panoramaTab) {
                panorama.catchUp();
            }
        });
    }

    /** Shows the view {@code name}: columns, map, panorama, lists or dashboard; any other, nothing. */
    public void showView(String name) {
        switch (name) {
            case "columns" -> views.getSelectionModel().select(0);
            case "map" -> views.getSelectionModel().select(mapTab);
            case "panorama" -> views.getSelectionModel().select(panoramaTab);
            case "lists" -> views.getSelectionModel().select(3);
            case "dashboard" -> views.getSelectionModel().select(4);
            default -> {
                return;
            }
        }
        Tab shown = views.getSelectionModel().getSelectedItem();
        if (shown.getContent() != null) {
            shown.getContent().requestFocus();
        }
    }

    /** View ▸ zoom, fit, 100%, zoom to selection: on the map shown, or on the chain's map when the columns are. */
    public void view(MainMenuBar.ViewAction action) {
        if (views.getSelectionModel().getSelectedItem() != panoramaTab) {
            views.getSelectionModel().select(mapTab);
        }
        MapSurface surface = views.getSelectionModel().getSelectedItem() == panoramaTab ? panorama : canvas;
        surface.applyCss();
        surface.layout();
        switch (action) {
            case ZOOM_IN -> surface.zoomBy(MapSurface.STEP);
            case ZOOM_OUT -> surface.zoomBy(1 / MapSurface.STEP);
            case FIT -> surface.fit();
            case ACTUAL_SIZE -> surface.zoomBy(1 / surface.viewport().scale());
            case ZOOM_TO_SELECTION -> {
                if (surface == canvas) {
                    canvas.zoomToSelection();
                }
            }
        }
        surface.requestFocus();
    }

    /**
     * Goes to a hit of the search on the chain's map: a chain shown whole, a segment or a firm selected in
     * its chain and zoomed to; a firm in no segment is only named in the status bar, being on no map.
     */
    void goTo(Hit hit) {
        MapSearch.Shown shown = search.goTo(hit);
        if (shown == MapSearch.Shown.NOTHING) {
            model.announce(model.texts().text("search.nowhere", hit.name()));
            return;
        }
        // The map tab laid out first, so that the canvas has its size when it is asked to zoom.
        views.getSelectionModel().select(mapTab);
        views.applyCss();
        views.layout();
        view(shown == MapSearch.Shown.CHAIN ? MainMenuBar.ViewAction.FIT : MainMenuBar.ViewAction.ZOOM_TO_SELECTION);
    }

    /** Compare mode (tests). */
    public CompareMode compare() {
        return compare;
    }

    /** The search of the open map. */
    public MapSearch search() {
        return search;
    }

    /**
     * File ▸ Export picture…: asks what and how, then where, and writes the PNG, SVG or PDF in the background; once
     * the analysis after the last edit has arrived, so that the picture shows the map as edited.
     */
    void exportPicture() {
        model.afterEdits().whenSettled().thenRun(this::exportPictureSettled);
    }

    private void exportPictureSettled() {
        Optional<Chain> chain = model.selectedChain();
        Optional<MapDocument> document = model.document();
        if (chain.isEmpty() || document.isEmpty()) {
            return;
        }
        I18n text = model.texts();
        ChainReport report = model.report(chain.get()).orElseThrow();
        Function<ExportDialog.Subject, Picture> pictures = subject -> {
            RegionMap map = document.get().map();
            Words words = Words.of(text.locale());
            String today = LocalDate.now().toString();
            String source = document.get().name();
            Optional<Picture> marked = subject == ExportDialog.Subject.PANORAMA
                    ? compare.picture(true, panorama.drawing(), chain.get())
                    : compare.picture(
                            false,
                            subject == ExportDialog.Subject.VIEW ? canvas.viewDrawing() : canvas.drawing(),
                            chain.get());
            if (marked.isPresent()) {
                return marked.get();
            } else if (subject == ExportDialog.Subject.PANORAMA) {
                return panorama.drawing()
                        .map(drawing -> Pictures.panorama(map, model.gaps().reports(), words, source, today, drawing))
                        .orElseGet(() -> Pictures.panorama(map, model.gaps().reports(), words, source, today));
            }
            // The drawing on the canvas; when the map tab was never shown, the chain is laid out for the picture.
            return (subject == ExportDialog.Subject.VIEW ? canvas.viewDrawing() : canvas.drawing())
                    .map(drawing -> Pictures.chain(map, chain.get(), report, words, source, today, drawing))
                    .orElseGet(() -> Pictures.chain(map, chain.get(), report, words, source, today));
        };
        ExportDialog.ask(stage, text, pictures).ifPresent(choice -> ExportDialog.chooseFile(
                        stage, text, choice, chain.get().id(), document.get().file())
                .ifPresent(file -> exportPicture(pictures.apply(choice.subject()), choice, file)));
    }

    /** Writes {@code picture} as {@code choice} says to {@code file}, in the background, with progress. */
    public void exportPicture(Picture picture, ExportDialog.Choice choice, Path file) {
        ExportJob.write(stage, model, picture, choice, file);
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
