package org.chainmap.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar at the bottom of the window: the counts of the whole map (chains, segments, enterprises,
 * links), a link to the map's warnings and notes when it has any, and a note while an edit's analysis or
 * layout is still under way in the background ({@link AfterEdits}).
 */
public final class StatusBar extends HBox {

    /** The id of the counts, for tests. */
    public static final String COUNTS_ID = "statusCounts";

    /** The id of the note that an edit's analysis or layout is under way, for tests. */
    static final String BUSY_ID = "statusBusy";

    private final MainViewModel model;
    private final Label counts = new Label();
    private final Hyperlink problems = new Hyperlink();
    private final Label file = new Label();
    private final Label busy = new Label();

    StatusBar(MainViewModel model, Runnable showProblems) {
        this.model = model;
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        counts.setId(COUNTS_ID);
        counts.textProperty().bind(model.statusProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        problems.setOnAction(event -> showProblems.run());
        problems.setFocusTraversable(false);
        file.getStyleClass().add(Styles.SUBTLE);
        file.setMinWidth(0);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        busy.setId(BUSY_ID);
        busy.getStyleClass().add(Styles.SUBTLE);
        // The mark is made at the first edit that needs it, not with the window (docs/performance.md, "Start-up"). It
        // turns only while the note is shown: visible follows the busy note, a hidden parent leaves it visible.
        busy.visibleProperty().addListener((property, was, now) -> {
            if (now && busy.getGraphic() == null) {
                BusyMark mark = new BusyMark();
                mark.visibleProperty().bind(busy.visibleProperty());
                busy.setGraphic(mark);
            }
        });
        busy.visibleProperty().bind(model.afterEdits().busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        getChildren().addAll(counts, problems, busy, space, file);
        model.documentProperty().addListener((property, old, now) -> refresh());
        model.textsProperty().addListener((property, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        int count = model.problems().size();
        problems.setVisible(count > 0);
        problems.setManaged(count > 0);
        problems.setText(count > 0 ? model.texts().text("status.problems", count) : "");
        String where = model.document()
                .map(shown -> shown.bundled()
                        ? model.texts().text("status.bundled")
                        : shown.file().toAbsolutePath().toString())
                .orElse("");
        busy.setText(model.texts().text("status.busy"));
        file.setText(where);
        file.setTooltip(where.isEmpty() ? null : new Tooltip(where));
    }
}
