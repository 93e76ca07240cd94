package org.chainmap.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapGaps;
import org.chainmap.ui.Selection;
import org.chainmap.ui.Styles;

/**
 * One segment in its stage column: a titled box listing the enterprises that work in it, local ones
 * plainly and external ones in grey italics with where they are from, with the marks of its gaps from
 * the analysis ({@link MapGaps}): a segment without any local firm has a dashed frame and 缺 ("missing"),
 * possibly 延 (local output flows into it); a weak one 弱; one whose local firms buy a feed all from
 * outside 断, or from a single supplier 卡. Each mark says why when the pointer rests on it. Among the
 * firms, the single supplier of a chokepoint of the chain carries 卡, and a key local firm 关键.
 *
 * <p>Clicking the box, or pressing Enter or Space on it, selects the segment; the same on an enterprise
 * selects the enterprise.
 */
public final class SegmentBox extends VBox {

    /** The style class of the line that counts the box's firms (compare mode adds the firms removed to it). */
    static final String COUNTS = "segment-counts";

    /** How many firms a box lists before a link to the rest. */
    static final int LISTED_FIRMS = 40;

    /** How many widths a box keeps its heights at. */
    private static final int SIZES = 2;

    private final Segment segment;
    private final Consumer<Selection> select;
    private BoxMarks marks;
    private final List<Label> firmLabels = new ArrayList<>();
    /** The line that counts the firms; {@code null} in a box of no firm. */
    private Label counts;
    /** The link to the firms not listed; {@code null} when all are. */
    private Hyperlink more;
    /**
     * The heights last computed, at the two widths last asked for ({@link #computePrefHeight}): a column asks its
     * boxes at its own width and, for its minimum, at its width within the grid's cell.
     */
    private final double[] sizedAt = new double[SIZES];
    /** The window's render scale each was computed at: sizes snap to its pixels, and a new scale asks no layout. */
    private final double[] sizedScale = new double[SIZES];

    private final double[] minHeights = new double[SIZES];
    private final double[] prefHeights = new double[SIZES];
    private int sizes;
    private int nextSize;
    /** How many times the box's heights were computed (tests). */
    private int measured;

    SegmentBox(MainViewModel model, Segment segment, Consumer<Selection> select) {
        this(model, segment, BoxMarks.of(model, segment, firmsOf(model, segment)), select);
    }

    /** The box of {@code segment} with {@code marks}, its marks in the model's analysis ({@link BoxMarks#of}). */
    SegmentBox(MainViewModel model, Segment segment, BoxMarks marks, Consumer<Selection> select) {
        this.segment = segment;
        this.marks = marks;
        this.select = select;
        I18n text = model.texts();
        List<Enterprise> firms = firmsOf(model, segment); // the map's list; local ones are listed first
        long local = 0;
        for (Enterprise firm : firms) {
            local += firm.local() ? 1 : 0;
        }

        getStyleClass().add(Styles.SEGMENT_BOX);
        setUserData(segment);
        setFocusTraversable(true);

        Label title = new Label(model.displayName(segment));
        title.getStyleClass().add(Styles.SEGMENT_TITLE);
        title.setWrapText(true);
        title.setMinWidth(0);
        if (!model.displayName(segment).equals(segment.name())) {
            title.setTooltip(new Tooltip(segment.name()));
        }
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox header = new HBox(6, title, space);
        header.setAlignment(Pos.TOP_LEFT);
        if (segment.core()) {
            getStyleClass().add(Styles.SEGMENT_CORE);
            header.getChildren().add(Badge.of(text.text("segment.core"), Styles.BADGE_CORE));
        }
        getChildren().add(header);

        FlowPane badges = new FlowPane(4, 4);
        badges.getStyleClass().add(Styles.GAP_BADGES);
        for (BoxMarks.Mark mark : marks.segment()) {
            badges.getChildren().add(Badge.of(text, mark.kind(), mark.why()));
        }
        if (!badges.getChildren().isEmpty()) {
            getChildren().add(badges);
        }
        if (marks.missing()) {
            getStyleClass().add(Styles.SEGMENT_MISSING);
        }
        if (marks.weak()) {
            getStyleClass().add(Styles.SEGMENT_WEAK);
        }

        if (firms.isEmpty()) {
            Label none = new Label(text.text("segment.noFirms"));
            none.getStyleClass().add(Styles.PLACEHOLDER);
            none.setWrapText(true);
            getChildren().add(none);
        } else {
            counts = new Label();
            counts.getStyleClass().addAll(Styles.SUBTLE, COUNTS);
            count(text, firms, local);
            getChildren().add(counts);
        }
        listFirms(model, firms);
        activate(this, () -> select.accept(new Selection.OfSegment(segment)));
    }

    /**
     * Lists the box's first firms (local ones first) and the selected one; a link shows the rest, which in a
     * generated region can be thousands: a label each would make every change to the map slow to show. Only the
     * firms listed are looked for in {@code firms} (the map's list), the rest put in order when the link is followed:
     * a box of 21,258 firms is remade after an edit of one of them (issue 17 item 9).
     */
    private void listFirms(MainViewModel model, List<Enterprise> firms) {
        List<Enterprise> shown = listed(model, firms);
        for (Enterprise firm : shown) {
            Label label = label(model.texts(), firm);
            firmLabels.add(label);
            getChildren().add(label);
        }
        linkTheRest(model, firms.size(), shown);
    }

    /** The firms of {@code firms} (the map's list) the box lists: the first, local ones first, and the selected. */
    private List<Enterprise> listed(MainViewModel model, List<Enterprise> firms) {
        List<Enterprise> shown = new ArrayList<>();
        for (boolean local : new boolean[] {true, false}) {
            for (int i = 0; i < firms.size() && shown.size() < LISTED_FIRMS; i++) {
                if (firms.get(i).local() == local) {
                    shown.add(firms.get(i));
                }
            }
        }
        model.selection()
                .filter(Selection.OfEnterprise.class::isInstance)
                .flatMap(chosen -> model.map()
                        .flatMap(map -> map.enterprise(
                                ((Selection.OfEnterprise) chosen).enterprise().id())))
                .filter(chosen -> chosen.segments().contains(segment.id()) && !shown.contains(chosen))
                .ifPresent(shown::add);
        return shown;
    }

    /** The label of {@code firm}, which selects it when clicked. */
    private Label label(I18n text, Enterprise firm) {
        Label label = firmLabel(text, firm, firmMarks(text, firm));
        activate(label, () -> select.accept(new Selection.OfEnterprise(firm, segment)));
        return label;
    }

    /** Adds the link to the firms of the {@code all} not {@code shown}, if any; following it lists them in order. */
    private void linkTheRest(MainViewModel model, int all, List<Enterprise> shown) {
        I18n text = model.texts();
        int rest = all - shown.size();
        more = null;
        if (rest > 0) {
            Hyperlink link = new Hyperlink(text.text("segment.moreFirms", text.count(rest)));
            link.getStyleClass().add(Styles.MORE_FIRMS);
            link.setOnAction(event -> {
                getChildren().remove(link);
                more = null;
                Set<Enterprise> listed = Collections.newSetFromMap(new IdentityHashMap<>());
                listed.addAll(shown);
                for (Enterprise firm : model.enterprisesIn(segment)) {
                    if (!listed.contains(firm)) {
                        Label label = label(text, firm);
                        firmLabels.add(label);
                        getChildren().add(label);
                    }
                }
                showSelection(model.selection().orElse(null));
            });
            more = link;
            getChildren().add(link);
        }
    }

    private void count(I18n text, List<Enterprise> firms, long local) {
        counts.setText(text.text("segment.firms", text.count(local), text.count(firms.size() - local)));
        counts.setUserData(new long[] {local, firms.size() - local}); // compare mode says removals beside each
    }

    /**
     * Shows {@code firms} (the map's list of the segment's firms now) with {@code newMarks}, in the same analysis and
     * words, in place: the labels of the firms still listed, with the same marks, stay where they are, the others are
     * made, and the count and the link to the rest say the new numbers. A box remade after an edit of one of its
     * firms took the edit's frame a style and a layout pass of all its labels (issue 17 item 9). False, with nothing
     * changed, when the box is to be made anew: the segment's marks differ, it lists no firm before or after, or the
     * kept labels would change order.
     */
    boolean relist(MainViewModel model, List<Enterprise> firms, BoxMarks newMarks) {
        if (counts == null
                || firms.isEmpty()
                || !newMarks.segment().equals(marks.segment())
                || newMarks.missing() != marks.missing()
                || newMarks.weak() != marks.weak()) {
            return false;
        }
        List<Enterprise> shown = listed(model, firms);
        Map<Enterprise, Label> kept = new IdentityHashMap<>();
        Map<Enterprise, Integer> was = new IdentityHashMap<>();
        for (int i = 0; i < firmLabels.size(); i++) {
            was.put((Enterprise) firmLabels.get(i).getUserData(), i);
        }
        int last = -1;
        for (Enterprise firm : shown) {
            Integer at = was.get(firm);
            if (at != null && newMarks.of(firm).equals(marks.of(firm))) {
                if (at < last) {
                    return false;
                }
                last = at;
                kept.put(firm, firmLabels.get(at));
            }
        }
        I18n text = model.texts();
        marks = newMarks;
        if (more != null) {
            getChildren().remove(more);
        }
        Set<Label> keptLabels = Collections.newSetFromMap(new IdentityHashMap<>());
        keptLabels.addAll(kept.values());
        Set<Label> gone = Collections.newSetFromMap(new IdentityHashMap<>()); // removeAll asks it of every child
        firmLabels.stream().filter(label -> !keptLabels.contains(label)).forEach(gone::add);
        getChildren().removeAll(gone);
        firmLabels.clear();
        int first = getChildren().indexOf(counts) + 1;
        for (int k = 0; k < shown.size(); k++) {
            Label label = kept.get(shown.get(k));
            if (label == null) {
                label = label(text, shown.get(k));
                getChildren().add(first + k, label);
            }
            firmLabels.add(label);
        }
        long local = 0;
        for (Enterprise firm : firms) {
            local += firm.local() ? 1 : 0;
        }
        count(text, firms, local);
        linkTheRest(model, firms.size(), shown);
        return true;
    }

    /**
     * The box's height at {@code width}, kept till the box or anything in it asks for a layout: a box's firms wrap,
     * so its column asks each box's height at the column's width, which JavaFX does not keep (it keeps a height only
     * when no width is given); every layout of a column after an edit measured the text of every firm of every box
     * again (most of the Columns view's frame at 100,000 firms, issue 17 item 9).
     */
    @Override
    protected double computePrefHeight(double width) {
        return prefHeights[size(width)];
    }

    @Override
    protected double computeMinHeight(double width) {
        return minHeights[size(width)];
    }

    /** The place of the heights at {@code width}, computed if they are not known. */
    private int size(double width) {
        double scale = renderScale();
        for (int i = 0; i < sizes; i++) {
            if (Double.compare(sizedAt[i], width) == 0 && Double.compare(sizedScale[i], scale) == 0) {
                return i;
            }
        }
        int at = nextSize;
        nextSize = (nextSize + 1) % SIZES;
        sizes = Math.max(sizes, at + 1);
        prefHeights[at] = super.computePrefHeight(width);
        minHeights[at] = super.computeMinHeight(width);
        sizedAt[at] = width;
        sizedScale[at] = scale;
        measured++;
        return at;
    }

    private double renderScale() {
        return getScene() == null || getScene().getWindow() == null
                ? 1
                : getScene().getWindow().getRenderScaleY();
    }

    @Override
    public void requestLayout() {
        sizes = 0; // called by the VBox constructor too, before this class's fields are set
        nextSize = 0;
        super.requestLayout();
    }

    /** How many times the box's heights were computed, not taken from the last time (tests). */
    int measured() {
        return measured;
    }

    /** The segment this box shows. */
    public Segment segment() {
        return segment;
    }

    /** Marks the box or one of its enterprises as the one whose details are shown. */
    void showSelection(Selection selection) {
        boolean thisSegment = selection instanceof Selection.OfSegment chosen
                && chosen.segment().id().equals(segment.id());
        pseudoClassStateChanged(Styles.SELECTED, thisSegment);
        for (Label label : firmLabels) {
            Enterprise firm = (Enterprise) label.getUserData();
            boolean thisFirm = selection instanceof Selection.OfEnterprise chosen
                    && chosen.segment().id().equals(segment.id())
                    && chosen.enterprise().id().equals(firm.id());
            label.pseudoClassStateChanged(Styles.SELECTED, thisFirm);
        }
    }

    /** The badges of a firm: 链主; 卡 when it alone supplies a chokepoint of the chain; 关键 for a key firm. */
    private List<Label> firmMarks(I18n text, Enterprise firm) {
        List<Label> badges = new ArrayList<>();
        if (firm.role() == Role.LEADER) {
            badges.add(Badge.of(text.role(Role.LEADER), Styles.BADGE_LEADER));
        }
        for (BoxMarks.Mark mark : marks.of(firm)) {
            badges.add(Badge.of(text, mark.kind(), mark.why()));
        }
        return badges;
    }

    /** The firms working in {@code segment}, as the map lists them (their order does not matter to the marks). */
    static List<Enterprise> firmsOf(MainViewModel model, Segment segment) {
        return model.map().map(map -> map.enterprisesIn(segment.id())).orElse(List.of());
    }

    /** What the box shows of the analysis. */
    BoxMarks marks() {
        return marks;
    }

    private static Label firmLabel(I18n text, Enterprise firm, List<Label> marks) {
        Label label = new Label();
        label.getStyleClass().add(Styles.ENTERPRISE);
        label.setUserData(firm);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setFocusTraversable(true);
        if (firm.local()) {
            label.setText(firm.name());
        } else {
            label.getStyleClass().add(Styles.ENTERPRISE_EXTERNAL);
            String origin = firm.origin() == null ? "" : firm.origin().label();
            label.setText(
                    origin.isEmpty()
                            ? text.text("enterprise.externalUnknown", firm.name())
                            : text.text("enterprise.external", firm.name(), origin));
        }
        if (!marks.isEmpty()) {
            HBox badges = new HBox(4);
            badges.getChildren().addAll(marks);
            badges.setMinWidth(Region.USE_PREF_SIZE);
            label.setGraphic(badges);
            label.setContentDisplay(ContentDisplay.RIGHT);
            label.setGraphicTextGap(6);
        }
        return label;
    }

    /** Runs {@code action} on a click on {@code node} or on Enter or Space while it has the focus. */
    private static void activate(Node node, Runnable action) {
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            node.requestFocus();
            action.run();
            event.consume();
        });
        node.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                action.run();
                event.consume();
            }
        });
    }
}
