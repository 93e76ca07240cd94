package org.chainmap.ui.compare;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.chainmap.analysis.ChainReport;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.render.ComparePictures;
import org.chainmap.render.Drawing;
import org.chainmap.render.Picture;
import org.chainmap.render.Words;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.Selection;
import org.chainmap.ui.files.ProblemDialog;
import org.chainmap.ui.map.ChainCanvas;
import org.chainmap.ui.map.PanoramaCanvas;

/**
 * Compare mode in the window: File ▸ Compare with… asks for the older version ({@link CompareDialog}), reads and
 * compares it in the background ({@link CompareRun}, again after each edit), and sets the model's
 * {@link Comparing}, which every view draws marked; meanwhile the {@link CompareBar} sits above the views and the
 * {@link ChangeList} beside them. Esc or the bar's button leaves it, as does opening another map.
 */
public final class CompareMode {

    /** The id of File ▸ Compare with…, for tests. */
    public static final String MENU_ID = "menuCompare";

    private static final String WORK = "compare";

    private final Stage stage;
    private final MainViewModel model;
    private final ChainCanvas canvas;
    private final PanoramaCanvas panorama;
    private final CompareBar bar = new CompareBar(this::leave);
    private final ChangeList list = new ChangeList(this::go);
    private final MenuItem item = new MenuItem();
    private final BorderPane frame = new BorderPane();
    private final javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane();
    /** Whether the list has been given its width since compare mode was entered: only then is its width remembered. */
    private boolean listPlaced;
    /** Places the list at the split's widths till it has its width; {@code null} once it has. */
    private javafx.beans.value.ChangeListener<Number> placing;

    private final java.util.prefs.Preferences preferences;
    private Node views;
    private CompareRun run;
    /** The comparison last made with its rows, so that {@link #refresh} need not write them again. */
    private Listed listed;

    /**
     * Compare mode for the window {@code stage} of {@code model}, centring on {@code canvas} and {@code panorama},
     * keeping the width the user gives the list of changes in {@code preferences}.
     */
    public CompareMode(
            Stage stage,
            MainViewModel model,
            ChainCanvas canvas,
            PanoramaCanvas panorama,
            java.util.prefs.Preferences preferences) {
        this.preferences = preferences;
        this.stage = stage;
        this.model = model;
        this.canvas = canvas;
        this.panorama = panorama;
        item.setId(MENU_ID);
        item.setOnAction(event -> ask());
        item.disableProperty().bind(model.documentProperty().isNull());
        model.comparing().shownProperty().addListener((property, was, now) -> refresh());
        model.selectedChainProperty().addListener((property, was, now) -> refresh());
        model.textsProperty().addListener((property, was, now) -> refresh());
        model.documentProperty().addListener((property, was, now) -> {
            if (was != null && now != null && !java.util.Objects.equals(was.file(), now.file())) {
                leave(); // another map: the older version was of the one before
            }
        });
        model.revisionProperty().addListener((property, was, now) -> recompare());
        frame.sceneProperty().addListener((property, was, now) -> {
            if (now != null) {
                escapeLeaves(now);
            }
        });
        refresh();
    }

    /** {@code views} with the compare bar above and the list of changes beside them while comparing. */
    public Node around(Node views) {
        this.views = views;
        frame.setCenter(views);
        // The list keeps its width when the window is resized; the width the user drags it to is remembered.
        javafx.scene.control.SplitPane.setResizableWithParent(list, false);
        list.widthProperty().addListener((property, was, now) -> {
            if (listPlaced && split.getScene() != null && now.doubleValue() > 0) {
                preferences.putDouble(LIST_WIDTH, now.doubleValue());
            }
        });
        return frame;
    }

    /** The preference key of the list's width. */
    static final String LIST_WIDTH = "compare.listWidth";

    /** The list's width at first: narrow enough for Columns to keep room on a 1366-pixel screen. */
    static final double LIST_WIDTH_DEFAULT = 240;

    /** Adds File ▸ Compare with… after the File menu's first item (Open). */
    public void install(Menu file) {
        file.getItems().add(Math.min(1, file.getItems().size()), item);
    }

    /** Whether the window is comparing. */
    public boolean active() {
        return model.comparing().active();
    }

    /**
     * Compares the map open with the version {@code spec} ({@link org.chainmap.io.MapVersion}), in the background,
     * git run in the map's folder; a version that cannot be read is reported in a dialog.
     */
    public void compareWith(String spec) {
        Optional<MapDocument> document = model.document();
        Optional<RegionMap> now = model.map();
        if (document.isEmpty() || now.isEmpty()) {
            return;
        }
        Path file = document.get().file();
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        String name = document.get().name();
        List<ChainReport> reports = CompareRun.reportsOf(model.gaps(), now.get());
        I18n texts = model.texts();
        model.announce(texts.text("compare.status.running", spec));
        model.afterEdits()
                .work()
                .run(
                        WORK,
                        () -> {
                            CompareRun.Result read = CompareRun.read(spec, folder);
                            return read.run() == null
                                    ? read
                                    : new Shown(read, Listed.of(read.run().compare(now.get(), reports, name), texts));
                        },
                        result -> {
                            if (result instanceof Shown shown) {
                                run = shown.read().run();
                                show(shown.listed());
                                model.announce("");
                                recompare(); // the map edited meanwhile
                            } else {
                                failed((CompareRun.Result) result);
                            }
                        });
    }

    /** A version read and compared. */
    private record Shown(CompareRun.Result read, Listed listed) {}

    /**
     * A comparison with the rows of its list of changes in {@code texts}' words, made with it in the background: at
     * 100,000 firms the rows of a comparison take a tenth of a second to write.
     */
    private record Listed(Comparing.Shown shown, I18n texts, List<ChangeList.Row> rows) {
        static Listed of(Comparing.Shown shown, I18n texts) {
            return of(shown, texts, null);
        }

        /**
         * As {@link #of(Comparing.Shown, I18n)}; when the rows are those of {@code before} (may be {@code null}), its
         * rows themselves, so that the list, given the very rows it shows, need not compare thousands of rows on the
         * JavaFX thread to find that it has nothing to change.
         */
        static Listed of(Comparing.Shown shown, I18n texts, Listed before) {
            List<ChangeList.Row> rows = ChangeList.rows(shown, texts);
            boolean same = before != null && before.texts() == texts && rows.equals(before.rows());
            return new Listed(shown, texts, same ? before.rows() : rows);
        }
    }

    private void show(Listed made) {
        listed = made;
        model.comparing().shownProperty().set(made.shown());
    }

    /** Leaves compare mode. */
    public void leave() {
        run = null;
        listed = null;
        model.afterEdits().work().cancel(WORK);
        model.comparing().shownProperty().set(null);
    }

    /**
     * The picture of the compared chain or panorama drawn as {@code drawing} (the screen's), when comparing: what
     * File ▸ Export picture writes then.
     */
    public Optional<Picture> picture(boolean panorama, Optional<Drawing> drawing, Chain chain) {
        Comparing.Shown shown = model.comparing().shown().orElse(null);
        if (shown == null || drawing.isEmpty()) {
            return Optional.empty();
        }
        Words words = Words.of(model.texts().locale());
        String today = LocalDate.now().toString();
        return Optional.of(
                panorama
                        ? ComparePictures.panorama(
                                shown.compared(), words, shown.oldName(), shown.newName(), today, drawing.get())
                        : ComparePictures.chain(
                                shown.compared(),
                                chain.id(),
                                words,
                                shown.oldName(),
                                shown.newName(),
                                today,
                                drawing.get()));
    }

    private void ask() {
        Path file = model.document().map(MapDocument::file).orElse(null);
        CompareDialog.ask(stage, model.texts(), file).ifPresent(this::compareWith);
    }

    /**
     * After an edit: the same older version, analysed once, compared with the map as edited, in the background. On a
     * large map the edit's analysis comes later, also in the background: the comparison waits for it (the change it
     * brings is one more revision) and takes it rather than analysing the map again.
     */
    private void recompare() {
        CompareRun current = run;
        Optional<RegionMap> now = model.map();
        if (current == null || now.isEmpty() || !active()) {
            return;
        }
        if (model.gaps().map() != now.get() && model.afterEdits().isLarge(now.get())) {
            return; // the edit's analysis is under way
        }
        if (model.comparing()
                        .shown()
                        .map(shown -> shown.compared().comparison().after())
                        .orElse(null)
                == now.get()) {
            return; // compared with this map already
        }
        List<ChainReport> reports = CompareRun.reportsOf(model.gaps(), now.get());
        String name = model.document().map(MapDocument::name).orElse("");
        I18n texts = model.texts();
        Listed before = listed;
        org.chainmap.compare.ComparedMap shownBefore =
                model.comparing().shown().map(Comparing.Shown::compared).orElse(null);
        // The comparison's rows, and whether it puts back the ghosts of the one shown (its chain then keeps its
        // layout), are made here, so that the JavaFX thread only takes them in (decision 0065).
        model.afterEdits()
                .work()
                .run(
                        WORK,
                        () -> {
                            Comparing.Shown made = current.compare(now.get(), reports, name);
                            canvas.compareGhosts(shownBefore, made.compared());
                            return Listed.of(made, texts, before);
                        },
                        made -> {
                            if (run == current) {
                                show(made);
                            }
                        });
    }

    private void failed(CompareRun.Result result) {
        model.announce("");
        var read = result.read();
        if (read.missing() != null) {
            Object[] args = new Object[read.details().size() + 1];
            args[0] = read.name();
            for (int i = 0; i < read.details().size(); i++) {
                args[i + 1] = read.details().get(i);
            }
            Alert alert = new Alert(
                    Alert.AlertType.ERROR,
                    model.texts()
                            .text("compare.missing." + read.missing().name().toLowerCase(java.util.Locale.ROOT), args));
            alert.setHeaderText(model.texts().text("compare.failed"));
            OwnedDialog.prepare(alert, stage, null).show();
            return;
        }
        ProblemDialog.openFailed(
                        stage,
                        model.texts(),
                        read.name(),
                        read.result().errors(),
                        model.texts().text("compare.failedConsequence"))
                .show();
    }

    private void refresh() {
        Comparing.Shown shown = model.comparing().shown().orElse(null);
        item.setText(model.texts().text("menu.file.compare"));
        bar.show(shown, model.selectedChainProperty().get(), model.texts());
        if (listed == null || listed.shown() != shown || listed.texts() != model.texts()) {
            listed = shown == null ? null : Listed.of(shown, model.texts());
        }
        list.show(listed == null ? List.of() : listed.rows());
        frame.setTop(shown == null ? null : bar);
        boolean split = frame.getCenter() == this.split;
        if (shown != null && !split && views != null) {
            frame.setCenter(null);
            this.split.getItems().setAll(views, list);
            frame.setCenter(this.split);
            placeList(Math.max(120, preferences.getDouble(LIST_WIDTH, LIST_WIDTH_DEFAULT)));
        } else if (shown == null && split) {
            this.split.getItems().clear();
            frame.setCenter(views);
        }
    }

    /**
     * Gives the list {@code width} once the split pane is wide enough for it beside the views' 40 %: before its first
     * layout (width 0) the divider would stay in the middle and the list take half the views' room, and at a first
     * narrow width (the window's first layout, inside {@code show()}, is at the root's preferred size) the list would
     * get what the views leave it there and keep it, as it is not resized with the window. The divider is set after
     * each layout at a new width till then (set while the split is laid out, the split would undo it, keeping the
     * list's width from before); widths seen till the list is placed are not remembered.
     */
    private void placeList(double width) {
        listPlaced = false;
        if (placing != null) {
            split.widthProperty().removeListener(placing);
        }
        javafx.beans.value.ChangeListener<Number> place = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> property, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    javafx.application.Platform.runLater(() -> {
                        double whole = split.getWidth();
                        if (placing != this || whole <= 0) {
                            return; // placed already, or placed again since
                        }
                        double views = 1 - width / whole;
                        split.setDividerPositions(Math.max(VIEWS_SHARE, views));
                        if (views >= VIEWS_SHARE) {
                            split.widthProperty().removeListener(this);
                            placing = null;
                            listPlaced = true;
                        }
                    });
                }
            }
        };
        placing = place;
        split.widthProperty().addListener(place);
        place.changed(split.widthProperty(), 0, split.getWidth());
    }

    /** The least share of the split the views keep when the list is placed. */
    private static final double VIEWS_SHARE = 0.4;

    private void escapeLeaves(Scene scene) {
        // A filter: the map surfaces take Esc for themselves; a text field keeps it (the search closes on it).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE
                    && active()
                    && !(event.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                leave();
                event.consume();
            }
        });
    }

    /**
     * Selects what {@code row} names, in its chain, and centres it on the map or the panorama when either is shown
     * (its box on the panorama; a link's chain).
     */
    private void go(ChangeList.Row row) {
        Comparing.Shown shown = model.comparing().shown().orElse(null);
        if (shown == null) {
            return;
        }
        model.chains().stream()
                .filter(chain -> chain.id().equals(row.chain()))
                .findFirst()
                .filter(chain -> model.selectedChainProperty().get() != chain)
                .ifPresent(model::selectChain);
        RegionMap map = model.map().orElseThrow();
        Optional<Enterprise> firm = Optional.ofNullable(row.firm()).flatMap(map::enterprise);
        Optional<Segment> segment = Optional.ofNullable(row.segment()).flatMap(map::segment);
        if (firm.isPresent() && segment.isPresent()) {
            model.select(new Selection.OfEnterprise(firm.get(), segment.get()));
        } else if (segment.isPresent() && row.firm() == null) {
            model.select(new Selection.OfSegment(segment.get()));
        }
        if (showing(panorama)) {
            panorama.centre(row.chain(), row.segment());
            return;
        }
        if (!showing(canvas) || canvas.geometry() == null) {
            return;
        }
        if (firm.isPresent() || segment.isPresent() && row.firm() == null) {
            canvas.zoomToSelection();
            return;
        }
        // A ghost: not in the map to select, but drawn where it stood.
        Rect r = row.firm() != null
                ? canvas.geometry().cards().get(row.firm())
                : canvas.geometry().segments().get(row.segment());
        if (r != null) {
            canvas.show(r.x() - r.width(), r.y() - 3 * r.height(), 3 * r.width(), 7 * r.height());
        }
    }

    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
