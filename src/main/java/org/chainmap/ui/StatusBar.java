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
 * links), and a link to the map's warnings and notes when it has any.
 */
public final class StatusBar extends HBox {

    /** The id of the counts, for tests. */
    public static final String COUNTS_ID = "statusCounts";

    private final MainViewModel model;
    private final Label counts = new Label();
    private final Hyperlink problems = new Hyperlink();
    private final Label file = new Label();

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
        getChildren().addAll(counts, problems, space, file);
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
        file.setText(where);
        file.setTooltip(where.isEmpty() ? null : new Tooltip(where));
    }
}
