package org.chainmap.ui.find;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.search.Hit;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Styles;

/**
 * Find (Ctrl+F): a field floating over the window, with the hits of what is typed below it as the user
 * types (kind, name, segment and chain). Up and Down move in the hits, Enter or a double click goes to one, Esc closes
 * and gives the keyboard back to where it was; leaving the field for elsewhere closes it too.
 */
public final class SearchPane extends VBox {

    /** The id of the pane, for tests and CSS. */
    static final String ID = "search";

    /** The id of the search field. */
    static final String FIELD_ID = "search-field";

    /** The id of the list of hits. */
    static final String LIST_ID = "search-hits";

    /** The most hits shown without scrolling. */
    private static final int ROWS = 10;

    private final MainViewModel model;
    private final MapSearch search;
    private final Consumer<Hit> go;
    /** Where a firm picked goes instead, while the field is open to pick one ({@link #pickFirm}). */
    private Consumer<Hit> picking;

    private final TextField field = new TextField();
    private final ListView<Hit> hits = new ListView<>();
    private final Label placeholder = new Label();
    private Node before;

    /** A closed search of {@code search}'s map, going to a hit with {@code go}. */
    public SearchPane(MainViewModel model, MapSearch search, Consumer<Hit> go) {
        this.model = model;
        this.search = search;
        this.go = go;
        setId(ID);
        getStyleClass().add(Styles.SEARCH);
        field.setId(FIELD_ID);
        field.getStyleClass().add(Styles.SEARCH_FIELD);
        hits.setId(LIST_ID);
        hits.getStyleClass().add(Styles.SEARCH_HITS);
        hits.setFocusTraversable(false);
        hits.setPlaceholder(placeholder);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        hits.setCellFactory(list -> new HitCell());
        hits.setFixedCellSize(30); // until the style sheet sets it in the type's size
        // As tall as its hits, up to ROWS; one row for the placeholder.
        hits.prefHeightProperty()
                .bind(Bindings.max(1, Bindings.min(ROWS, Bindings.size(hits.getItems())))
                        .multiply(hits.fixedCellSizeProperty())
                        .add(4));
        // The field and the list join the scene at the first opening, not with the window: hidden, they would still
        // be styled and given their skins before the first frame (docs/performance.md, "Start-up").
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);

        field.textProperty().addListener((o, was, now) -> refresh());
        search.indexProperty().addListener((o, was, now) -> refresh());
        model.textsProperty().addListener((o, was, now) -> {
            field.setPromptText(model.texts().text("search.prompt"));
            refresh();
            hits.refresh(); // the same hits, in the other language
        });
        field.setPromptText(model.texts().text("search.prompt"));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        hits.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        hits.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                goToSelected();
            }
        });
        sceneProperty().addListener((o, was, now) -> watchFocus(now));
        refresh();
    }

    /**
     * Shows the field to pick a firm rather than to go to a hit: Enter hands the chosen firm to {@code
     * picked} (other kinds of hit are not offered), once; {@code prompt} says what the firm is for.
     */
    void pickFirm(String prompt, Consumer<Hit> picked) {
        picking = picked;
        open();
        field.setPromptText(prompt);
        refresh();
    }

    /** Shows the field with the keyboard in it, its text selected, so that typing replaces it. */
    public void open() {
        if (getChildren().isEmpty()) {
            getChildren().addAll(field, hits);
        }
        if (!isVisible()) {
            before = getScene() == null ? null : getScene().getFocusOwner();
            setVisible(true);
        }
        refresh();
        field.requestFocus();
        field.selectAll();
    }

    /** Hides the field; with {@code giveBack}, the keyboard goes back to where it was before. */
    void close(boolean giveBack) {
        if (!isVisible()) {
            return;
        }
        setVisible(false);
        picking = null;
        field.setPromptText(model.texts().text("search.prompt"));
        if (giveBack && before != null && before.getScene() == getScene()) {
            before.requestFocus();
        }
        before = null;
    }

    /** Whether the field is shown. */
    boolean isOpen() {
        return isVisible();
    }

    /** The hits shown. */
    List<Hit> hits() {
        return hits.getItems();
    }

    private void refresh() {
        I18n text = model.texts();
        String typed = field.getText() == null ? "" : field.getText();
        if (search.indexProperty().get() == null) {
            placeholder.setText(model.map().isPresent() ? text.text("search.indexing") : text.text("status.noMap"));
            hits.getItems().clear();
            return;
        }
        List<Hit> found = picking == null
                ? search.find(typed)
                : search.find(typed).stream()
                        .filter(hit -> hit.kind() == Hit.Kind.ENTERPRISE)
                        .toList();
        placeholder.setText(typed.isBlank() ? text.text("search.hint") : text.text("search.none"));
        hits.getItems().setAll(found);
        if (!found.isEmpty()) {
            hits.getSelectionModel().select(0);
            hits.scrollTo(0);
        }
    }

    private void keyPressed(KeyEvent event) {
        int at = hits.getSelectionModel().getSelectedIndex();
        int last = hits.getItems().size() - 1;
        switch (event.getCode()) {
            case DOWN -> select(Math.min(last, at + 1));
            case UP -> select(Math.max(0, at - 1));
            case PAGE_DOWN -> select(Math.min(last, at + ROWS));
            case PAGE_UP -> select(Math.max(0, at - ROWS));
            case ENTER -> goToSelected();
            case ESCAPE -> close(true);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void select(int index) {
        if (index >= 0 && index < hits.getItems().size()) {
            hits.getSelectionModel().select(index);
            hits.scrollTo(Math.max(0, index - ROWS / 2));
        }
    }

    private void goToSelected() {
        Hit chosen = hits.getSelectionModel().getSelectedItem();
        if (chosen == null && !hits.getItems().isEmpty()) {
            chosen = hits.getItems().get(0);
        }
        if (chosen != null) {
            Consumer<Hit> then = picking == null ? go : picking;
            close(true);
            then.accept(chosen);
        }
    }

    /** Closes the search when the keyboard goes elsewhere in the window. */
    private void watchFocus(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (isVisible() && now != null && !inside(now)) {
                close(false);
            }
        });
    }

    private boolean inside(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hit in the list: its kind, its name, and where it is (a firm's segment, the chain; the credit code
     * when that matched; external firms marked).
     */
    private final class HitCell extends ListCell<Hit> {
        private final Label kind = new Label();
        private final Label name = new Label();
        private final Label where = new Label();
        private final HBox row = new HBox(8, kind, name, where);

        HitCell() {
            kind.getStyleClass().add(Styles.SEARCH_KIND);
            name.getStyleClass().add(Styles.SEARCH_NAME);
            where.getStyleClass().add(Styles.SUBTLE);
            row.setAlignment(Pos.CENTER_LEFT);
            kind.setMinWidth(Region.USE_PREF_SIZE);
            // As wide as the list, never wider (no sideways scrolling): long names and places are cut short
            // with an ellipsis, the place to at most half the row.
            setPrefWidth(0);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            where.setMinWidth(0);
            where.maxWidthProperty().bind(row.widthProperty().multiply(0.5));
        }

        @Override
        protected void updateItem(Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            I18n text = model.texts();
            RegionMap map = search.indexProperty().get() == null
                    ? null
                    : search.indexProperty().get().map();
            kind.setText(
                    switch (hit.kind()) {
                        case CHAIN -> text.text("search.kind.chain");
                        case SEGMENT -> text.text("search.kind.segment");
                        case ENTERPRISE -> text.text("search.kind.enterprise");
                    });
            kind.getStyleClass().setAll(Styles.SEARCH_KIND, Styles.searchKind(hit.kind()));
            name.setText(displayName(map, hit));
            where.setText(where(map, hit, text));
            setGraphic(row);
        }

        private String displayName(RegionMap map, Hit hit) {
            if (map == null) {
                return hit.name();
            }
            return switch (hit.kind()) {
                case CHAIN -> map.chain(hit.id()).map(model::displayName).orElse(hit.name());
                case SEGMENT -> map.segment(hit.id()).map(model::displayName).orElse(hit.name());
                case ENTERPRISE -> hit.name();
            };
        }

        private String where(RegionMap map, Hit hit, I18n text) {
            String chain = hit.kind() == Hit.Kind.CHAIN || map == null || hit.chainId() == null
                    ? ""
                    : map.chain(hit.chainId()).map(model::displayName).orElse("");
            if (hit.kind() == Hit.Kind.ENTERPRISE && hit.chainId() == null) {
                chain = text.text("search.noChain");
            }
            String code = hit.field() == Hit.Field.CREDIT_CODE && map != null
                    ? map.enterprise(hit.id()).map(Enterprise::creditCode).orElse("")
                    : "";
            String external = hit.kind() == Hit.Kind.ENTERPRISE && !hit.local() ? text.text("search.external") : "";
            // A firm's segment too: many firms share a name.
            String segment = hit.kind() != Hit.Kind.ENTERPRISE || map == null || hit.segmentId() == null
                    ? ""
                    : map.segment(hit.segmentId()).map(model::displayName).orElse("");
            return String.join(
                    " · ",
                    Stream.of(code, external, segment, chain)
                            .filter(part -> !part.isEmpty())
                            .toList());
        }
    }
}
