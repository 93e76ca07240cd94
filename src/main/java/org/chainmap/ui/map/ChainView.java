package org.chainmap.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.GapText;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;
import org.chainmap.ui.Styles;

/**
 * The selected chain in the middle of the window: a heading with its name, offices, counts, coverage,
 * local supporting rate and gaps per kind; below it three columns, upstream | midstream | downstream, each
 * listing the stage's segments in order as {@link SegmentBox}es (or, in the Map tab, the chain's map); and at
 * the bottom, whatever is shown, the legend of the gap badges.
 */
public final class ChainView extends BorderPane {

    /** The id of a stage's column: {@code stage-upstream} and so on. */
    public static String columnId(Stage stage) {
        return "stage-" + stage.id();
    }

    /** The id of the heading's row of gap counts, for tests. */
    static final String GAP_TOTALS_ID = "gapTotals";

    /** Narrower than this, a column wraps names into towers of single characters; the view scrolls instead. */
    private static final double COLUMN_MIN_WIDTH = 190;

    private final MainViewModel model;
    private final List<SegmentBox> boxes = new ArrayList<>();
    private final KeptBoxes kept = new KeptBoxes();
    private final ScrollPane scroller = new ScrollPane();
    private final Node body;
    private boolean stale;
    private Node parked;

    /** The chain's heading, its segments in three columns, and the legend. */
    public ChainView(MainViewModel model) {
        this(model, null);
    }

    /** The chain's heading, {@code body} (the chain's map) instead of the columns, and the legend. */
    public ChainView(MainViewModel model, Node body) {
        this.model = model;
        this.body = body;
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroller.getStyleClass().add(Styles.STAGE_SCROLLER);
        setMinWidth(420);
        setBottom(new GapLegend(model));
        model.selectedChainProperty().addListener((property, old, now) -> {
            if (!model.applying()) {
                rebuildWhenShown();
            }
        });
        model.textsProperty().addListener((property, old, now) -> rebuildWhenShown());
        model.documentProperty().addListener((property, old, now) -> {
            if (!model.applying()) {
                rebuildWhenShown();
            }
        });
        model.revisionProperty().addListener((property, old, now) -> rebuildWhenShown());
        model.comparing().shownProperty().addListener((property, old, now) -> rebuildWhenShown());
        if (body == null) {
            model.selectionProperty().addListener((property, old, now) -> showSelection());
            // In a tab: the columns of a large chain are thousands of nodes, made again only when shown.
            parentProperty().addListener((property, old, now) -> {
                if (now != null) {
                    now.visibleProperty().addListener((visible, was, is) -> {
                        if (!is) {
                            parkWhenHidden();
                            return;
                        }
                        if (parked != null) {
                            setCenter(parked);
                            parked = null;
                        }
                        if (stale) {
                            rebuild();
                        }
                    });
                }
            });
        }
        rebuild();
    }

    /** After an edit, another chain, map or language: the columns made again at once if shown, else when next shown. */
    private void rebuildWhenShown() {
        if (body == null && getParent() != null && !getParent().isVisible()) {
            stale = true;
        } else {
            rebuild();
        }
    }

    /**
     * In a hidden tab the columns leave the scene (kept, with their scroll position, to come back when shown): a
     * large chain's columns are most of the window's nodes, and every frame walks all the nodes of the scene, hidden
     * or not, which slowed the frames after an edit on the map (issue 17 item 9).
     */
    private void parkWhenHidden() {
        if (body == null && getParent() != null && !getParent().isVisible() && getCenter() != null) {
            parked = getCenter();
            setCenter(null);
        }
    }

    private void rebuild() {
        stale = false;
        parked = null;
        boxes.clear();
        Chain chain = model.selectedChainProperty().get();
        if (chain == null || model.map().isEmpty()) {
            I18n text = model.texts();
            // With no map: what the status bar says ("no map open", or the file being opened at start).
            Label none =
                    new Label(model.map().isEmpty() ? model.statusProperty().get() : text.text("chain.none"));
            none.getStyleClass().add(Styles.PLACEHOLDER);
            setTop(null);
            setCenter(none);
            setStyle(null);
            return;
        }
        setStyle(Styles.CHAIN_COLOR_VARIABLE + ": "
                + Styles.css(Styles.chainColor(chain.color(), model.position(chain))) + ";");
        setTop(header(chain));
        if (body != null) {
            setCenter(body);
            return;
        }
        if (compareMarks() != null) {
            kept.forget();
        } else if (kept.patched(chain.id(), model, boxes, this::box).isPresent()) {
            setCenter(scroller); // the grid shown, its changed boxes made again
            showSelection();
            parkWhenHidden();
            return;
        }
        GridPane columns = new GridPane();
        columns.getStyleClass().add(Styles.STAGE_COLUMNS);
        for (Stage stage : Stage.values()) {
            ColumnConstraints constraint = new ColumnConstraints();
            constraint.setPercentWidth(100.0 / Stage.values().length);
            constraint.setMinWidth(COLUMN_MIN_WIDTH);
            constraint.setHgrow(Priority.ALWAYS);
            constraint.setFillWidth(true);
            columns.getColumnConstraints().add(constraint);
            columns.add(column(stage), stage.ordinal(), 0);
        }
        columns.setMinWidth(Region.USE_PREF_SIZE);
        columns.setPrefWidth(COLUMN_MIN_WIDTH * Stage.values().length + 60);
        scroller.setContent(columns);
        if (compareMarks() == null) {
            kept.made(columns, chain.id(), model, boxes);
        }
        setCenter(scroller);
        showSelection();
        parkWhenHidden();
    }

    private VBox header(Chain chain) {
        I18n text = model.texts();
        Rectangle swatch = new Rectangle(18, 18);
        swatch.getStyleClass().add(Styles.CHAIN_SWATCH);
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        swatch.setFill(Styles.chainColor(chain.color(), model.position(chain)));
        Label title = new Label(model.displayName(chain));
        title.getStyleClass().add(Styles.CHAIN_TITLE);
        HBox titleRow = new HBox(10, swatch, title);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, titleRow);
        header.getStyleClass().add(Styles.CHAIN_HEADER);

        String other = model.displayName(chain).equals(chain.name()) ? chain.nameEn() : chain.name();
        List<String> facts = new ArrayList<>();
        if (other != null) {
            facts.add(other);
        }
        if (chain.chief() != null) {
            facts.add(text.text("chain.chief", chain.chief()));
        }
        if (chain.leadOffice() != null) {
            facts.add(text.text("chain.leadOffice", chain.leadOffice()));
        }
        if (chain.hostPark() != null) {
            facts.add(text.text("chain.hostPark", chain.hostPark()));
        }
        // The other language's name, the chain's people and its counts on one line: the map below keeps the
        // height (issue 17: the English header took three lines more than the Chinese at 1366 × 768).
        ChainCounts counts = model.counts(chain);
        facts.add(text.text(
                "chain.summary",
                text.count(counts.localEnterprises()),
                text.count(counts.externalEnterprises()),
                counts.localEnterprises()));
        header.getChildren().add(subtle(String.join("  ·  ", facts)));
        model.report(chain).ifPresent(report -> header.getChildren().addAll(figures(report), gapTotals(report)));
        return header;
    }

    /** Coverage and local supporting rate, side by side where there is room. */
    private FlowPane figures(ChainReport report) {
        GapText words = new GapText(model);
        Label coverage = new Label(words.coverage(report.coverage(), report.covered(), report.segments()));
        Label rate = new Label(words.localRate(report.localRate()));
        FlowPane figures = new FlowPane(28, 2, coverage, rate);
        for (Label figure : List.of(coverage, rate)) {
            figure.getStyleClass().add(Styles.CHAIN_FIGURE);
        }
        return figures;
    }

    /** How many gaps of each kind the chain has, each behind its badge. */
    private FlowPane gapTotals(ChainReport report) {
        I18n text = model.texts();
        FlowPane totals = new FlowPane(14, 6);
        totals.setId(GAP_TOTALS_ID);
        totals.getStyleClass().add(Styles.CHAIN_GAPS);
        Label title = new Label(text.text("chain.gaps"));
        title.getStyleClass().add(Styles.SUBTLE);
        totals.getChildren().add(title);
        for (GapKind kind : GapKind.values()) {
            int count = report.gaps(kind).size();
            Label badge = Badge.of(text, kind, text.gapKind(kind));
            HBox entry = new HBox(5, badge);
            // A kind the chain has none of is its faded badge alone in English ("none" took the line's end).
            String words = text.gapTotal(kind, count);
            if (!words.isEmpty()) {
                Label total = new Label(words);
                total.getStyleClass().add(Styles.GAP_TOTAL);
                entry.getChildren().add(total);
            }
            entry.setAlignment(Pos.CENTER_LEFT);
            if (count == 0) {
                entry.getStyleClass().add(Styles.NONE);
            }
            totals.getChildren().add(entry);
        }
        return totals;
    }

    private VBox column(Stage stage) {
        I18n text = model.texts();
        List<Segment> segments = model.segments(stage);
        Label title = new Label(text.stage(stage));
        title.getStyleClass().add(Styles.STAGE_TITLE);
        Label count = subtle(text.text("stage.count", segments.size()));
        HBox heading = new HBox(8, title, count);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox column = new VBox(10, heading);
        column.setId(columnId(stage));
        column.getStyleClass().add(Styles.STAGE_COLUMN);
        column.setUserData(stage);
        if (segments.isEmpty()) {
            Label none = new Label(text.text("stage.empty"));
            none.getStyleClass().add(Styles.PLACEHOLDER);
            column.getChildren().add(none);
        }
        ColumnMarks marks = compareMarks();
        for (Segment segment : segments) {
            SegmentBox box = box(segment);
            boxes.add(box);
            column.getChildren().add(box);
            if (marks != null) {
                marks.mark(box);
            }
        }
        if (marks != null) {
            column.getChildren().addAll(marks.ghostBoxes(removedSegments(stage), model::displayName));
        }
        return column;
    }

    private SegmentBox box(Segment segment) {
        return new SegmentBox(model, segment, model::select);
    }

    private SegmentBox box(Segment segment, BoxMarks marks) {
        return new SegmentBox(model, segment, marks, model::select);
    }

    /** How many boxes the last rebuild made (all of them when it made the columns whole), for tests. */
    int boxesMade() {
        return kept.remade();
    }

    /** How many boxes the last rebuild brought to their firms in place, for tests. */
    int boxesRelisted() {
        return kept.relisted();
    }

    /** The compare marks of the chain's boxes in compare mode; {@code null} outside it. */
    private ColumnMarks compareMarks() {
        Comparing.Shown shown = model.comparing().shown().orElse(null);
        Chain chain = model.selectedChainProperty().get();
        if (shown == null || chain == null) {
            return null;
        }
        List<String> ids = shown.compared().map().chain(chain.id()).map(Chain::segments).orElse(List.of()).stream()
                .map(Segment::id)
                .toList();
        return new ColumnMarks(shown, ids, model.texts());
    }

    /** The segments of the chain at {@code stage} that only the older version has, in compare mode. */
    private List<Segment> removedSegments(Stage stage) {
        Comparing.Shown shown = model.comparing().shown().orElseThrow();
        Chain chain = model.selectedChainProperty().get();
        return shown.compared().map().chain(chain.id()).map(Chain::segments).orElse(List.of()).stream()
                .filter(segment -> segment.stage() == stage
                        && shown.compared().ghostSegments().contains(segment.id()))
                .toList();
    }

    private void showSelection() {
        Selection selection = model.selectionProperty().get();
        boxes.forEach(box -> box.showSelection(selection));
    }

    private static Label subtle(String words) {
        Label label = new Label(words);
        label.getStyleClass().add(Styles.SUBTLE);
        label.setWrapText(true);
        return label;
    }
}
