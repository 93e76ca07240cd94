package org.chainmap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapKind;
import org.chainmap.edit.Command;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.Enterprise;
import org.chainmap.model.MapCounts;
import org.chainmap.model.MapState;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;

/**
 * The state of the main window, without any node: the open map and its gap analysis, the selected chain,
 * the selected segment or enterprise, the language and the theme; and the words and numbers the window
 * shows about them.
 *
 * <p>Opening a map selects its first chain; choosing another chain clears the selection unless it lies in that
 * chain. The gap analysis ({@link MapGaps}, of the map in the state shown) is computed once each time another map
 * is shown, before the chains are, so that everything drawn for the new map finds its analysis. After an edit,
 * {@link AfterEdits} brings it up to date: at once on a small map, in the background on a large one (the old
 * analysis shown till then). Everything here runs on the JavaFX thread once a window shows it, and on any one
 * thread in tests.
 */
public final class MainViewModel {

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>(this, "theme", AppTheme.LIGHT);
    private final BooleanProperty focusSelection = new SimpleBooleanProperty(this, "focusSelection", true);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion", false);
    private final ReadOnlyObjectWrapper<I18n> texts = new ReadOnlyObjectWrapper<>(this, "texts");
    private final ReadOnlyObjectWrapper<MapDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<MapGaps> gaps = new ReadOnlyObjectWrapper<>(this, "gaps", MapGaps.none());
    private final ObjectProperty<MapState> state = new SimpleObjectProperty<>(this, "state", MapState.BOTH);
    private final ObservableList<Chain> chains = FXCollections.observableArrayList();
    private final ObservableList<Chain> readOnlyChains = FXCollections.unmodifiableObservableList(chains);
    private final ObjectProperty<Chain> selectedChain = new SimpleObjectProperty<>(this, "selectedChain");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final MapEdits edits = new MapEdits();
    private final AfterEdits after = new AfterEdits();
    private final CountsMemo counts = new CountsMemo(after.trail());
    private final Comparing comparing = new Comparing();
    private boolean applying;
    private String opening;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** A window with no map yet, speaking {@code language} (Chinese or English). */
    public MainViewModel(Locale language) {
        this.language.addListener((property, old, now) -> texts.set(I18n.of(now)));
        this.language.set(I18n.supported(language));
        texts.addListener((property, old, now) -> describeWindow());
        document.addListener((property, old, now) -> {
            if (!applying) {
                showChains(now);
            }
        });
        selectedChain.addListener((property, old, now) -> keepSelectionIn(now));
        edits.dirtyProperty().addListener((property, old, now) -> describeWindow());
        state.addListener((property, old, now) -> map().ifPresent(map -> {
            gaps.set(MapGaps.of(map, now));
            showEdited(List.of());
        }));
        describeWindow();
    }

    /** The language of the interface; setting it changes every text at once. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** The interface's text in the current language. */
    public ReadOnlyObjectProperty<I18n> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    /** The interface's text in the current language. */
    public I18n texts() {
        return texts.get();
    }

    /** Whether selecting a firm or a segment focuses its upstream and downstream paths, dimming the rest; on. */
    public BooleanProperty focusSelectionProperty() {
        return focusSelection;
    }

    /**
     * Whether the user asked for reduced motion: a presentation then moves its camera at once, without
     * flights. {@link MotionPreference} starts it in the user's choice and keeps later choices.
     */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /**
     * The look of the whole window, panels and map alike; light at first. {@link ThemePreference} starts it
     * in the user's choice and keeps later choices.
     */
    public ObjectProperty<AppTheme> themeProperty() {
        return theme;
    }

    /** The look of the whole window. */
    public AppTheme theme() {
        return theme.get();
    }

    /** The open map, {@code null} before one is opened. */
    public ReadOnlyObjectProperty<MapDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The open map, if any. */
    public Optional<MapDocument> document() {
        return Optional.ofNullable(document.get());
    }

    /** The open map's content, if any. */
    public Optional<RegionMap> map() {
        return document().map(MapDocument::map);
    }

    /**
     * Reads {@code file} and shows it if it could be read; otherwise keeps the map that was open. The
     * caller shows the problems of a failed read.
     */
    public LoadResult open(Path file) {
        return open(load(file));
    }

    /** A map read from {@code file} and analysed ({@link MapGaps#none()} when it could not be read), ready to show. */
    public record Loaded(Path file, LoadResult result, MapGaps gaps) {}

    /** Reads and analyses {@code file}: the slow part of opening a map, safe on any thread (it shows nothing). */
    public static Loaded load(Path file) {
        LoadResult result = MapReader.read(file);
        return new Loaded(file, result, result.map().map(MapGaps::of).orElse(MapGaps.none()));
    }

    /** Shows a map read by {@link #load} if it could be read; otherwise keeps the map that was open. */
    public LoadResult open(Loaded loaded) {
        LoadResult result = loaded.result();
        result.map().ifPresent(map -> {
            gaps.set(loaded.gaps().state() == state.get() ? loaded.gaps() : MapGaps.of(map, state.get()));
            show(new MapDocument(
                    map,
                    loaded.file(),
                    fileName(loaded.file()),
                    result.problems(),
                    result.stamp().orElse(null)));
        });
        return result;
    }

    /**
     * Opens the shipped Hengyang map: its working copy {@link ShippedMap#workingCopy()} if there is one (never in
     * the installed program), else the copy inside the application, which is then shown untitled.
     */
    public LoadResult openShipped() {
        Optional<Path> workingCopy = ShippedMap.workingCopy();
        if (workingCopy.isPresent()) {
            return open(workingCopy.get());
        }
        LoadResult result = ShippedMap.readBundled();
        result.map().ifPresent(map -> show(new MapDocument(map, null, ShippedMap.FILE_NAME, result.problems())));
        return result;
    }

    /** Shows {@code shown} in the window. */
    public void show(MapDocument shown) {
        edits.start(Objects.requireNonNull(shown, "shown").map());
        after.opened(shown.map());
        document.set(shown);
    }

    /** Names {@code file} as the open map's file after Save as; the title follows, the view and history stay. */
    public void savedAs(Path file) {
        applying = true; // the same map under another name: nothing to show again
        document.set(new MapDocument(map().orElseThrow(), file, fileName(file), problems()));
        applying = false;
        describeWindow();
    }

    /** Counts of the whole map for the status bar. */
    public MapCounts counts() {
        return map().map(counts::of).orElse(MapCounts.none());
    }

    /** The warnings and notes of the open map. */
    public List<Problem> problems() {
        return document().map(MapDocument::problems).orElse(List.of());
    }

    /** The gap analysis of the open map; {@link MapGaps#none()} before one is opened. */
    public ReadOnlyObjectProperty<MapGaps> gapsProperty() {
        return gaps.getReadOnlyProperty();
    }

    /** The gap analysis of the open map; {@link MapGaps#none()} before one is opened. */
    public MapGaps gaps() {
        return gaps.get();
    }

    /** Which state of the map the views show and the analysis counts: current, target or both (the default). */
    public ObjectProperty<MapState> stateProperty() {
        return state;
    }

    /** The analysis of {@code chain}: coverage, local supporting rate, gaps; empty before a map is open. */
    public Optional<ChainReport> report(Chain chain) {
        return gaps().report(chain.id());
    }

    /** The open map's chains in display order; empty when no map is open. */
    public ObservableList<Chain> chains() {
        return readOnlyChains;
    }

    /** The chain shown in the stage columns; {@code null} for none. */
    public ObjectProperty<Chain> selectedChainProperty() {
        return selectedChain;
    }

    /** The chain shown in the stage columns, if any. */
    public Optional<Chain> selectedChain() {
        return Optional.ofNullable(selectedChain.get());
    }

    /** Shows {@code chain} in the stage columns. */
    public void selectChain(Chain chain) {
        selectedChain.set(chain);
    }

    /** The segments, local and external firms and links of {@code chain}. */
    public ChainCounts counts(Chain chain) {
        return counts.of(map().orElseThrow(), chain);
    }

    /** The position of {@code chain} in the map, which picks its colour when it has none. */
    public int position(Chain chain) {
        return chains.indexOf(chain);
    }

    /** The selected chain's segments of {@code stage}, in their order; empty when no chain is selected. */
    public List<Segment> segments(Stage stage) {
        return selectedChain().map(chain -> chain.segments(stage)).orElse(List.of());
    }

    /** The enterprises working in {@code segment}: local ones first, then external ones, each in file order. */
    public List<Enterprise> enterprisesIn(Segment segment) {
        List<Enterprise> firms =
                map().map(map -> map.enterprisesIn(segment.id())).orElse(List.of());
        List<Enterprise> localFirst = new java.util.ArrayList<>(firms.size()); // each part in map order, no sort
        firms.stream().filter(Enterprise::local).forEach(localFirst::add);
        firms.stream().filter(firm -> !firm.local()).forEach(localFirst::add);
        return java.util.Collections.unmodifiableList(localFirst);
    }

    /** Whether {@code segment} has no local firm, as the gap analysis says: missing from the region (缺). */
    public boolean lacksLocalFirm(Segment segment) {
        return !gaps().ofSegment(segment.id(), GapKind.MISSING).isEmpty();
    }

    /** The chain that holds {@code segment}. */
    public Optional<Chain> chainOf(Segment segment) {
        return map().flatMap(map -> map.chainOfSegment(segment.id()));
    }

    /** The segment with {@code id}, in any chain. */
    public Optional<Segment> segment(String id) {
        return map().flatMap(map -> map.segment(id));
    }

    /** The segments that supply {@code segment}, in any chain, in map order. */
    public List<Segment> suppliersOf(Segment segment) {
        return map().stream()
                .flatMap(map -> map.chains().stream())
                .flatMap(chain -> chain.segments().stream())
                .filter(supplier -> supplier.feeds().contains(segment.id()))
                .toList();
    }

    /** A chain's name in the interface's language: its English name in English when it has one. */
    public String displayName(Chain chain) {
        return org.chainmap.model.Names.of(chain, texts().locale());
    }

    /** A segment's name in the interface's language: its English name in English when it has one. */
    public String displayName(Segment segment) {
        return org.chainmap.model.Names.of(segment, texts().locale());
    }

    /**
     * Carries out {@code command} on the open map and shows the result everywhere at once: the chains, the
     * gap analysis, the map, the details. The chain and the selection shown stay, found again by id.
     *
     * @return why the command was refused, in the interface's language (also told in the status bar); empty
     *     when it was carried out, or when no map is open
     */
    public Optional<String> perform(Command command) {
        try {
            edits.perform(command).ifPresent(done -> showEdited(done.change().touched()));
            return Optional.empty();
        } catch (EditRefusedException refusal) {
            String reason = refusal.message(language.get());
            announce(reason);
            return Optional.of(reason);
        }
    }

    /** Undoes the last change to the open map, if any. */
    public void undo() {
        edits.undo().ifPresent(done -> {
            showEdited(done.change().touched());
            announce(texts().text("edit.undone", done.description().text(language.get())));
        });
    }

    /** Redoes the last change undone, if any. */
    public void redo() {
        edits.redo().ifPresent(done -> {
            showEdited(done.change().touched());
            announce(texts().text("edit.redone", done.description().text(language.get())));
        });
    }

    /** The undo history of the open map: what Undo and Redo would do, whether there are unsaved changes. */
    public MapEdits edits() {
        return edits;
    }

    /**
     * Counts the changes shown: it goes up once after each change, undo or redo, when the chains, the
     * analysis, the chain shown and the selection all show the new map. Views that draw the map redraw on
     * it rather than on each of those, which an edit changes one after the other.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Whether a change is being shown (map, analysis, chains, selection); views wait for the revision. */
    public boolean applying() {
        return applying;
    }

    /** What follows each edit: the analysis and the layouts, at once or in the background; tests wait on it. */
    public AfterEdits afterEdits() {
        return after;
    }

    /** The compare mode: the comparison the views mark, if any. */
    public Comparing comparing() {
        return comparing;
    }

    private void showEdited(List<Object> touched) {
        RegionMap map = edits.map();
        MapDocument shown = document.get();
        String chainId = selectedChain().map(Chain::id).orElse(null);
        Selection selected = selection.get();
        applying = true;
        try {
            after.edited(map, touched, gaps.get(), this::analysisArrived).ifPresent(gaps::set);
            document.set(new MapDocument(map, shown.file(), shown.name(), shown.problems()));
            ListItems.setUnlessSame(chains, map.chains());
            Chain chain = chainId == null ? null : map.chain(chainId).orElse(null);
            selectedChain.set(chain != null || chains.isEmpty() ? chain : chains.get(0));
            selection.set(
                    selected == null
                            ? null
                            : selected.foundIn(map, selectedChain.get()).orElse(null));
        } finally {
            applying = false;
        }
        describeWindow();
        revision.set(revision.get() + 1);
        after.editShown(); // the views asked for the painter, or for none
    }

    /** Shows the analysis of an edit made in the background, as one more change shown. */
    private void analysisArrived(MapGaps now) {
        applying = true; // the views wait for the revision
        gaps.set(now);
        applying = false;
        revision.set(revision.get() + 1);
    }

    /** The segment or enterprise the details pane describes; {@code null} for none. */
    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** The segment or enterprise the details pane describes, if any. */
    public Optional<Selection> selection() {
        return Optional.ofNullable(selection.get());
    }

    /** Describes {@code selected} in the details pane; {@code null} clears it. */
    public void select(Selection selected) {
        selection.set(selected);
    }

    /** The window's title: region, application, file. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Says that {@code name} is being opened, while no map is shown (the first frames at start); null: no more. */
    public void opening(String name) {
        opening = name;
        describeWindow();
    }

    /** Tells the user that something was done, in the status bar after the map's counts. */
    public void announce(String message) {
        describeWindow();
        status.set(status.get() + "  ·  " + message);
    }

    /** The status bar's counts of the whole map. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void showChains(MapDocument shown) {
        gaps.set(AfterEdits.analysisOf(shown == null ? null : shown.map(), gaps.get(), state.get()));
        selection.set(null);
        selectedChain.set(null);
        chains.setAll(shown == null ? List.of() : shown.map().chains());
        selectedChain.set(chains.isEmpty() ? null : chains.get(0));
        describeWindow();
    }

    private void keepSelectionIn(Chain chain) {
        Selection selected = selection.get();
        boolean inChain = selected != null
                && chain != null
                && chain.segments().stream().anyMatch(segment -> segment.id()
                        .equals(selected.segment().id()));
        if (!inChain) {
            selection.set(null);
        }
    }

    private void describeWindow() {
        I18n text = texts.get();
        MapDocument shown = document.get();
        if (shown == null) {
            title.set(text.text("app.name"));
            status.set(opening == null ? text.text("status.noMap") : text.text("status.opening", opening));
            return;
        }
        String region = shown.map().region().name();
        String name = (edits.isDirty() ? "*" : "") + shown.name();
        title.set(
                shown.bundled()
                        ? text.text("window.title.bundled", region, name)
                        : text.text("window.title", region, name));
        MapCounts counts = counts();
        status.set(text.text(
                "status.counts",
                counts.chains(),
                counts.segments(),
                text.count(counts.enterprises()),
                text.count(counts.localEnterprises()),
                text.count(counts.links()),
                counts.enterprises(), // for the English plural
                counts.links()));
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
