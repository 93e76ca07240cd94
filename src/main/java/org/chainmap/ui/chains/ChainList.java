package org.chainmap.ui.chains;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.ui.GapText;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Styles;
import org.chainmap.ui.map.Badge;

/**
 * The list of the map's chains on the left of the window: each with its colour, its name, its coverage
 * (the share of its segments with a local firm) as a bar, and its missing, weak and broken gaps (缺 n ·
 * 弱 n · 断 n). Choosing one, with the mouse or the arrow keys, shows it in the stage columns.
 */
public final class ChainList extends VBox {

    /** The kinds of gap the list counts; the chain's heading counts them all. */
    private static final List<GapKind> LISTED = List.of(GapKind.MISSING, GapKind.WEAK, GapKind.BROKEN);

    /** The id of the list, for tests and for focus. */
    public static final String LIST_ID = "chainList";

    private final MainViewModel model;
    private final Label title = new Label();
    private final Label placeholder = new Label();
    private final ListView<Chain> list = new ListView<>();
    private boolean syncing;

    public ChainList(MainViewModel model) {
        this.model = model;
        title.getStyleClass().add(Styles.PANE_TITLE);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        list.setId(LIST_ID);
        list.getStyleClass().add(Styles.CHAIN_LIST);
        list.setItems(model.chains());
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new ChainCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        setMinWidth(220);

        list.getSelectionModel().selectedItemProperty().addListener((property, old, now) -> {
            if (!syncing && now != null && !model.applying()) {
                model.selectChain(now);
            }
        });
        model.selectedChainProperty().addListener((property, old, now) -> showSelected(now));
        ChainListEditing.attach(model, list);
        // An edit puts the map's chains in the list anew, which clears its selection; the chain shown stays.
        model.revisionProperty().addListener((property, old, now) -> {
            showSelected(model.selectedChainProperty().get());
            placeholder(); // "no chains" only once a map is open: at start, the map is still being read
        });
        model.textsProperty().addListener((property, old, now) -> translate());
        model.gapsProperty().addListener((property, old, now) -> list.refresh());
        translate();
        showSelected(model.selectedChainProperty().get());
    }

    /** The list itself, which takes the keyboard focus when the window opens. */
    public ListView<Chain> list() {
        return list;
    }

    private void showSelected(Chain chain) {
        syncing = true;
        try {
            if (chain == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(chain);
                reveal(chain);
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Scrolls the list only as far as needed to show {@code chain} whole: a chain already in view (one just
     * clicked) leaves the list where it is, so that the next click at the same place hits what it showed.
     * {@link ListView#scrollTo(Object)} would put the chain at the top every time.
     */
    private void reveal(Chain chain) {
        int index = list.getItems().indexOf(chain);
        if (index < 0) {
            return;
        }
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            if (inViewWhole(flow, flow.getVisibleCell(index))) {
                return; // in view whole already: scrolling to it would lay out a cell on every edit (issue 17 item 9)
            }
            flow.scrollTo(index);
        } else {
            list.scrollTo(index);
        }
    }

    /**
     * Whether {@code cell} (none: not in view) lies in {@code flow}'s view whole, from top to bottom, above its
     * horizontal scroll bar if it shows one. {@link VirtualFlow#scrollTo(int)} finds that out too, but only after
     * laying out and styling a cell for the index, on every edit (issue 17 item 9).
     */
    private static boolean inViewWhole(VirtualFlow<?> flow, javafx.scene.control.IndexedCell<?> cell) {
        double bottom = flow.getHeight();
        for (javafx.scene.Node child : flow.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.control.ScrollBar bar
                    && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && bar.isVisible()) {
                bottom -= bar.getHeight();
            }
        }
        return cell != null
                && cell.isVisible()
                && cell.getLayoutY() >= 0
                && cell.getLayoutY() + cell.getHeight() <= bottom;
    }

    private void translate() {
        I18n text = model.texts();
        title.setText(text.text("chains.title"));
        placeholder();
        list.refresh();
    }

    private void placeholder() {
        placeholder.setText(model.map().isEmpty() ? "" : model.texts().text("chains.empty"));
    }

    /** One chain: colour swatch, name, coverage bar, gap counts. */
    private final class ChainCell extends ListCell<Chain> {
        private final Rectangle swatch = new Rectangle(14, 14);
        private final Label name = new Label();
        private final ProgressBar coverage = new ProgressBar(0);
        private final Label coverageValue = new Label();
        private final GapCounts gapCounts = new GapCounts();
        private final HBox row;
        /**
         * Written when it shows, not in {@link #updateItem}: its counts read all of a chain's firms and the map's
         * links, and an edit puts every chain in the list anew (issue 17 item 9: at 100,000 firms counting the
         * edited chain for a tooltip nobody looked at made most of the edit's time on the JavaFX thread).
         */
        private final javafx.scene.control.Tooltip tip = Badge.tooltip("");

        ChainCell() {
            tip.setOnShowing(event -> tip.setText(tooltipText()));
            // A cell as wide as the list, never wider: long names end in "…" instead of scrolling sideways.
            setPrefWidth(0);
            swatch.getStyleClass().add(Styles.CHAIN_SWATCH);
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            name.getStyleClass().add(Styles.CHAIN_NAME);
            coverage.getStyleClass().add(Styles.COVERAGE_BAR);
            coverage.setFocusTraversable(false);
            coverageValue.getStyleClass().add(Styles.COVERAGE_VALUE);
            coverageValue.setMinWidth(Region.USE_PREF_SIZE);
            HBox coverageRow = new HBox(8, coverage, coverageValue);
            coverageRow.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(3, name, coverageRow, gapCounts);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(10, swatch, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.setPadding(new Insets(5, 2, 5, 2));
        }

        @Override
        protected void updateItem(Chain chain, boolean empty) {
            super.updateItem(chain, empty);
            setText(null);
            if (empty || chain == null || model.map().isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            I18n text = model.texts();
            Color color = Styles.chainColor(chain.color(), model.position(chain));
            swatch.setFill(color);
            row.setStyle(Styles.CHAIN_COLOR_VARIABLE + ": " + Styles.css(color) + ";");
            name.setText(model.displayName(chain));
            ChainReport report = model.report(chain).orElse(null);
            Double share = report == null ? null : report.coverage();
            coverage.setProgress(share == null ? 0 : share);
            coverageValue.setText(
                    share == null ? text.text("chain.coverage.none") : text.text("chain.coverage", share));
            showGapCounts(text, chain);
            setTooltip(tip);
            setGraphic(row);
        }

        /** Shows the counts, long and short; the long form is in the tooltip ({@link #tooltipText}). */
        private void showGapCounts(I18n text, Chain chain) {
            List<String> words = new ArrayList<>();
            List<String> shortWords = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (GapKind kind : LISTED) {
                int count = model.gaps().count(chain.id(), kind);
                words.add(text.gapCount(kind, count));
                shortWords.add(text.gapCountShort(kind, count));
                counts.add(count);
            }
            gapCounts.show(LISTED, words, shortWords, counts);
        }

        /** The tooltip's words for the chain this cell shows now; empty for an empty cell. */
        String tooltipText() {
            Chain chain = getItem();
            if (isEmpty() || chain == null || model.map().isEmpty()) {
                return "";
            }
            I18n text = model.texts();
            List<String> words = new ArrayList<>();
            for (GapKind kind : LISTED) {
                words.add(text.gapCount(kind, model.gaps().count(chain.id(), kind)));
            }
            return tooltip(text, chain, model.report(chain).orElse(null)) + "\n" + String.join(" \u00b7 ", words);
        }

        private String tooltip(I18n text, Chain chain, ChainReport report) {
            ChainCounts chainCounts = model.counts(chain);
            StringBuilder tip = new StringBuilder(chain.name());
            if (chain.nameEn() != null) {
                tip.append("\n").append(chain.nameEn());
            }
            tip.append("\n")
                    .append(text.text(
                            "chain.counts",
                            chainCounts.segments(),
                            chainCounts.localEnterprises(),
                            text.count(chainCounts.localEnterprises())));
            if (report != null) {
                GapText words = new GapText(model);
                tip.append("\n")
                        .append(words.coverage(report.coverage(), report.covered(), report.segments()))
                        .append("\n")
                        .append(words.localRate(report.localRate()));
            }
            return tip.toString();
        }
    }
}
