package org.chainmap.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.chainmap.edit.DeleteLink;
import org.chainmap.edit.EditLink;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Styles;

/**
 * The supply links of the selected firm in the details pane, from its suppliers and to its customers: each
 * with its product and yearly value, editable ({@link EditLink}), and a button that deletes it ({@link
 * DeleteLink}). A link is drawn on the map, from the supplier's card to the customer's.
 */
final class LinkRows {

    /** The id of the links' section, for tests; the rows' fields are {@code link-product-N}, {@code link-value-N}. */
    static final String ID = "edit-links";

    private final MainViewModel model;
    private final String firm;
    private final VBox node = new VBox(8);
    private final List<Row> rows = new ArrayList<>();
    /** Whether the section has been built once (with its title, and the note when there is no link). */
    private boolean built;

    LinkRows(MainViewModel model, String firm) {
        this.model = model;
        this.firm = firm;
        node.setId(ID);
    }

    /** The section. */
    Node node() {
        return node;
    }

    /** Shows the firm's links as the map has them now; rows stay where the links are the same ones. */
    void refresh() {
        RegionMap map = model.map().orElseThrow();
        List<SupplyLink> links = map.links().stream()
                .filter(link -> link.from().equals(firm) || link.to().equals(firm))
                .toList();
        boolean same = built && links.size() == rows.size();
        for (int i = 0; same && i < links.size(); i++) {
            same = links.get(i).from().equals(rows.get(i).link.from())
                    && links.get(i).to().equals(rows.get(i).link.to());
        }
        if (same) {
            for (int i = 0; i < links.size(); i++) {
                rows.get(i).show(links.get(i));
            }
            return;
        }
        detach();
        rows.clear();
        built = true;
        I18n text = model.texts();
        Label title = new Label(text.text("form.links"));
        title.getStyleClass().add(Styles.DETAILS_SECTION);
        node.getChildren().setAll(title);
        if (links.isEmpty()) {
            Label none = new Label(text.text("form.noLinks"));
            none.getStyleClass().add(Styles.PLACEHOLDER);
            none.setWrapText(true);
            node.getChildren().add(none);
        }
        for (SupplyLink link : links) {
            Row row = new Row(map, rows.size(), link);
            rows.add(row);
            node.getChildren().add(row.box);
        }
    }

    /** Takes no more values from the rows. */
    void detach() {
        rows.forEach(row -> {
            row.product.detach();
            row.value.detach();
        });
    }

    /** One link: who supplies whom, product and value, the delete button. */
    private final class Row {
        private final VBox box = new VBox(4);
        private final PropertyField product;
        private final PropertyField value;
        private SupplyLink link;

        Row(RegionMap map, int index, SupplyLink link) {
            this.link = link;
            I18n text = model.texts();
            Label ends = new Label(text.text("form.link", name(map, link.from()), name(map, link.to())));
            ends.setWrapText(true);
            ends.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(ends, Priority.ALWAYS);
            Button delete = new Button("✕");
            delete.setId("link-delete-" + index);
            delete.setTooltip(new Tooltip(text.text("form.link.delete")));
            delete.setAccessibleText(text.text("form.link.delete"));
            delete.setOnAction(event -> model.perform(new DeleteLink(this.link)));
            product = new PropertyField("link-product-" + index, typed -> perform(with(typed, this.link.value())));
            value = new PropertyField("link-value-" + index, this::commitValue);
            product.field().setPromptText(text.text("form.link.product"));
            value.field().setPromptText(text.text("form.link.value"));
            HBox fields = new HBox(6, product.field(), value.field());
            HBox.setHgrow(product.field(), Priority.ALWAYS);
            value.field().setPrefColumnCount(8);
            box.getChildren().addAll(new HBox(6, ends, delete), fields, product.message(), value.message());
            show(link);
        }

        void show(SupplyLink now) {
            link = now;
            product.show(now.product());
            value.show(now.value() == null ? "" : now.value().toString());
        }

        private Optional<String> commitValue(String typed) {
            Long yuan;
            try {
                yuan = EnterpriseForm.yuan(typed);
            } catch (NumberFormatException | ArithmeticException e) {
                String reason = model.texts().text("form.value.invalid", typed.strip());
                model.announce(reason);
                return Optional.of(reason);
            }
            return perform(new SupplyLink(
                    link.id(), link.from(), link.to(), link.product(), yuan, link.provenance(), link.extra()));
        }

        private SupplyLink with(String typed, Long yuan) {
            return new SupplyLink(
                    link.id(),
                    link.from(),
                    link.to(),
                    typed.isBlank() ? null : typed,
                    yuan,
                    link.provenance(),
                    link.extra());
        }

        private Optional<String> perform(SupplyLink after) {
            return model.perform(new EditLink(link, after));
        }
    }

    private static String name(RegionMap map, String id) {
        return map.enterprise(id).map(Enterprise::name).orElse(id);
    }
}
