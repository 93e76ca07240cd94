package org.chainmap.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;

/**
 * The list of the map's chains on the left of the window: each with its colour, its name and how many
 * segments and local firms it has. Choosing one, with the mouse or the arrow keys, shows it in the stage
 * columns.
 */
final class ChainList extends VBox {

    /** The id of the list, for tests and for focus. */
    static final String LIST_ID = "chainList";

    private final MainViewModel model;
    private final Label title = new Label();
    private final Label placeholder = new Label();
    private final ListView<Chain> list = new ListView<>();
    private boolean syncing;

    ChainList(MainViewModel model) {
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
            if (!syncing && now != null) {
                model.selectChain(now);
            }
        });
        model.selectedChainProperty().addListener((property, old, now) -> showSelected(now));
        model.textsProperty().addListener((property, old, now) -> translate());
        translate();
        showSelected(model.selectedChainProperty().get());
    }

    /** The list itself, which takes the keyboard focus when the window opens. */
    ListView<Chain> list() {
        return list;
    }

    private void showSelected(Chain chain) {
        syncing = true;
        try {
            if (chain == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(chain);
                list.scrollTo(chain);
            }
        } finally {
            syncing = false;
        }
    }

    private void translate() {
        I18n text = model.texts();
        title.setText(text.text("chains.title"));
        placeholder.setText(text.text("chains.empty"));
        list.refresh();
    }

    /** One chain: colour swatch, name, counts. */
    private final class ChainCell extends ListCell<Chain> {
        private final Rectangle swatch = new Rectangle(14, 14);
        private final Label name = new Label();
        private final Label counts = new Label();
        private final HBox row;

        ChainCell() {
            // A cell as wide as the list, never wider: long names end in "…" instead of scrolling sideways.
            setPrefWidth(0);
            swatch.getStyleClass().add(Styles.CHAIN_SWATCH);
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            name.getStyleClass().add(Styles.CHAIN_NAME);
            counts.getStyleClass().add(Styles.CHAIN_COUNTS);
            VBox text = new VBox(2, name, counts);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(10, swatch, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(4, 2, 4, 2));
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
            ChainCounts chainCounts = model.counts(chain);
            swatch.setFill(Styles.chainColor(chain.color(), model.position(chain)));
            name.setText(model.displayName(chain));
            counts.setText(model.texts().text("chain.counts", chainCounts.segments(), chainCounts.localEnterprises()));
            setTooltip(new Tooltip(chain.nameEn() == null ? chain.name() : chain.name() + "\n" + chain.nameEn()));
            setGraphic(row);
        }
    }
}
