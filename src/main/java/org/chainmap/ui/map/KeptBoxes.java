package org.chainmap.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapGaps;

/**
 * The Columns view's grid of boxes, kept across its rebuilds: after an edit only the boxes whose segment or firms
 * changed, or whose marks differ in the analysis that comes after it ({@link BoxMarks}), are made again, in their
 * places, the others and the columns kept as they are; a box whose firms alone changed is brought to them in place
 * ({@link SegmentBox#relist}). Made anew, every box of a large chain took a style and a
 * layout pass of all its nodes before the edit's frame (346 ms at 100,000 firms; issue 17 item 9). Outside compare
 * mode only: there the boxes carry marks of the comparison.
 */
final class KeptBoxes {

    /**
     * What a box is made from: its segment, the window's words, the analysis and the firms working in the segment,
     * as the map lists them (a segment an edit did not touch keeps its list, the same object, decision 0067).
     *
     * @param segment the segment
     * @param texts the window's words
     * @param gaps the analysis
     * @param firms the firms working in it, in map order
     */
    record Inputs(Segment segment, I18n texts, MapGaps gaps, List<Enterprise> firms) {

        static Inputs of(MainViewModel model, Segment segment) {
            return new Inputs(segment, model.texts(), model.gaps(), SegmentBox.firmsOf(model, segment));
        }

        /** Whether a box made from these inputs shows what one made from {@code other} does, but for the analysis. */
        boolean sameButGaps(Inputs other) {
            if (segment != other.segment || texts != other.texts) {
                return false;
            }
            if (firms == other.firms) {
                return true;
            }
            if (firms.size() != other.firms.size()) {
                return false;
            }
            for (int i = 0; i < firms.size(); i++) {
                if (firms.get(i) != other.firms.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private GridPane grid;
    private String chainId;
    private I18n texts;
    private List<List<String>> shape = List.of();
    private final Map<SegmentBox, Inputs> shown = new HashMap<>();
    /** How many boxes the last patch made again (tests). */
    private int remade;
    /** How many boxes the last patch brought to their firms in place (tests). */
    private int relisted;

    /** Forgets the grid: the next rebuild makes it whole. */
    void forget() {
        grid = null;
        shown.clear();
    }

    /** Notes {@code made}, just made whole for the chain {@code id}, with the inputs of each of its boxes. */
    void made(GridPane made, String id, MainViewModel model, List<SegmentBox> boxes) {
        grid = made;
        chainId = id;
        texts = model.texts();
        shape = shape(model);
        shown.clear();
        for (SegmentBox box : boxes) {
            shown.put(box, Inputs.of(model, box.segment()));
        }
        remade = boxes.size();
    }

    /**
     * The grid shown before, for the chain {@code id} of {@code model}, with the boxes whose inputs changed made
     * again by {@code make} in their places; {@code boxes} gets all of them, in order. Empty when the grid must be
     * made whole: another chain, other words, or segments added, removed or moved.
     */
    Optional<GridPane> patched(
            String id, MainViewModel model, List<SegmentBox> boxes, BiFunction<Segment, BoxMarks, SegmentBox> make) {
        if (grid == null || !id.equals(chainId) || texts != model.texts() || !shape.equals(shape(model))) {
            return Optional.empty();
        }
        remade = 0;
        relisted = 0;
        for (Node node : grid.getChildren()) {
            if (!(node instanceof VBox column)) {
                continue;
            }
            List<Node> children = column.getChildren();
            for (int i = 0; i < children.size(); i++) {
                if (!(children.get(i) instanceof SegmentBox box)) {
                    continue;
                }
                Segment segment = model.segment(box.segment().id()).orElseThrow();
                Inputs now = Inputs.of(model, segment);
                SegmentBox kept = box;
                Inputs before = shown.remove(box);
                boolean sameFirms = before != null && now.sameButGaps(before);
                BoxMarks marks = before == null ? null : marksNow(model, box, before, now, sameFirms);
                if (!sameFirms && marks != null && box.relist(model, now.firms(), marks)) {
                    relisted++;
                } else if (!sameFirms || marks == null || !marks.equals(box.marks())) {
                    kept = make.apply(segment, marks == null ? BoxMarks.of(model, segment, now.firms()) : marks);
                    children.set(i, kept);
                    remade++;
                }
                shown.put(kept, now);
                boxes.add(kept);
            }
        }
        return Optional.of(grid);
    }

    /**
     * The marks of the box's segment in the analysis now: those it shows when its inputs are the same but the
     * analysis ({@code sameButGaps}, compared once by the caller), which is the same; those it shows, brought to its
     * firms now, when only its firms changed; {@code null} when they are to be made anew.
     */
    private static BoxMarks marksNow(
            MainViewModel model, SegmentBox box, Inputs before, Inputs now, boolean sameButGaps) {
        if (sameButGaps) {
            return before.gaps() == now.gaps() ? box.marks() : BoxMarks.of(model, now.segment(), now.firms());
        }
        boolean firmsOnly =
                before.gaps() == now.gaps() && before.segment() == now.segment() && before.texts() == now.texts();
        return firmsOnly ? box.marks().withFirms(model, now.segment(), before.firms(), now.firms()) : null;
    }

    /** How many boxes the last rebuild made (all of them when it made the grid whole). */
    int remade() {
        return remade;
    }

    /** How many boxes the last rebuild brought to their firms in place ({@link SegmentBox#relist}). */
    int relisted() {
        return relisted;
    }

    private static List<List<String>> shape(MainViewModel model) {
        List<List<String>> ids = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            ids.add(model.segments(stage).stream().map(Segment::id).toList());
        }
        return ids;
    }
}
