package org.chainmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;

/**
 * One segment in its stage column: a titled box listing the enterprises that work in it, local ones
 * plainly and external ones in grey italics with where they are from. A segment without any local firm
 * has a dashed frame and the word 缺 ("missing").
 *
 * <p>Clicking the box, or pressing Enter or Space on it, selects the segment; the same on an enterprise
 * selects the enterprise.
 */
final class SegmentBox extends VBox {

    private final Segment segment;
    private final List<Label> firmLabels = new ArrayList<>();

    SegmentBox(MainViewModel model, Segment segment, Consumer<Selection> select) {
        this.segment = segment;
        I18n text = model.texts();
        List<Enterprise> firms = model.enterprisesIn(segment);
        long local = firms.stream().filter(Enterprise::local).count();
        boolean missing = local == 0;

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
            header.getChildren().add(badge(text.text("segment.core"), Styles.BADGE_CORE));
        }
        if (missing) {
            getStyleClass().add(Styles.SEGMENT_MISSING);
            Label badge = badge(text.text("segment.missing"), Styles.BADGE_MISSING);
            badge.setTooltip(new Tooltip(text.text("segment.missing.tooltip")));
            header.getChildren().add(badge);
        }
        getChildren().add(header);

        if (firms.isEmpty()) {
            Label none = new Label(text.text("segment.noFirms"));
            none.getStyleClass().add(Styles.PLACEHOLDER);
            none.setWrapText(true);
            getChildren().add(none);
        } else {
            Label counts = new Label(text.text("segment.firms", local, firms.size() - local));
            counts.getStyleClass().add(Styles.SUBTLE);
            getChildren().add(counts);
        }
        for (Enterprise firm : firms) {
            Label label = firmLabel(text, firm);
            activate(label, () -> select.accept(new Selection.OfEnterprise(firm, segment)));
            firmLabels.add(label);
            getChildren().add(label);
        }
        activate(this, () -> select.accept(new Selection.OfSegment(segment)));
    }

    /** The segment this box shows. */
    Segment segment() {
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

    private static Label firmLabel(I18n text, Enterprise firm) {
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
        if (firm.role() == Role.LEADER) {
            label.setGraphic(badge(text.role(Role.LEADER), Styles.BADGE_LEADER));
            label.setContentDisplay(ContentDisplay.RIGHT);
            label.setGraphicTextGap(6);
        }
        return label;
    }

    private static Label badge(String word, String kind) {
        Label badge = new Label(word);
        badge.getStyleClass().addAll(Styles.BADGE, kind);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
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
