package org.chainmap.ui.details;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Provenance;
import org.chainmap.model.Segment;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;
import org.chainmap.ui.Styles;

/**
 * The details of the selected segment or enterprise, on the right of the window: first its gaps in words
 * and, for a missing or weak segment, the candidates to invite ({@link GapDetails}); then every attribute
 * the map holds, with a dash for what it does not know (a missing value means "unknown", not zero). The
 * Edit button (or Edit ▸ Properties, {@code Alt+Enter}) turns the attributes into a form that edits them
 * ({@link EnterpriseForm}, {@link SegmentForm}), each value committed as one change. The pane follows every
 * change to the map.
 */
public final class DetailsPane extends VBox {

    /** The id of the pane, for tests. */
    public static final String ID = "details";

    /** The id of the button that turns editing on and off, for tests. */
    static final String EDIT_ID = "details-edit";

    private final MainViewModel model;
    private final Label heading = new Label();
    private final VBox body = new VBox(8);
    private final ToggleButton edit = new ToggleButton();
    private EnterpriseForm firmForm;
    private SegmentForm segmentForm;

    public DetailsPane(MainViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add(Styles.DETAILS);
        heading.getStyleClass().add(Styles.PANE_TITLE);
        body.getStyleClass().add(Styles.DETAILS_BODY);
        ScrollPane scroller = new ScrollPane(body);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        edit.setId(EDIT_ID);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox top = new HBox(8, heading, space, edit);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(top, scroller);
        setMinWidth(260);
        model.selectionProperty().addListener((property, old, now) -> {
            if (!model.applying()) {
                rebuild();
            }
        });
        model.revisionProperty().addListener((property, old, now) -> refresh());
        model.textsProperty().addListener((property, old, now) -> rebuild());
        edit.selectedProperty().addListener((property, old, now) -> rebuild());
        rebuild();
    }

    /** Turns the form on and puts the keyboard in its first field. */
    public void startEditing() {
        edit.setSelected(true);
        body.lookupAll(".text-field").stream().findFirst().ifPresent(javafx.scene.Node::requestFocus);
    }

    /** Follows a change to the map: the form shows the new values in place, the rest is shown anew. */
    private void refresh() {
        Selection selection = model.selectionProperty().get();
        if (firmForm != null
                && selection instanceof Selection.OfEnterprise chosen
                && chosen.enterprise().id().equals(firmForm.firm())) {
            firmForm.refresh(chosen.enterprise());
        } else if (segmentForm != null
                && selection instanceof Selection.OfSegment chosen
                && chosen.segment().id().equals(segmentForm.segment())) {
            segmentForm.refresh(chosen.segment());
        } else {
            rebuild();
        }
    }

    private void rebuild() {
        I18n text = model.texts();
        heading.setText(text.text("details.title"));
        edit.setText(text.text("details.edit"));
        if (firmForm != null) {
            firmForm.detach();
            firmForm = null;
        }
        if (segmentForm != null) {
            segmentForm.detach();
            segmentForm = null;
        }
        Selection selection = model.selectionProperty().get();
        edit.setDisable(selection == null);
        if (selection != null && edit.isSelected()) {
            showForm(text, selection);
        } else if (selection instanceof Selection.OfEnterprise chosen) {
            showEnterprise(text, chosen.enterprise());
        } else if (selection instanceof Selection.OfSegment chosen) {
            showSegment(text, chosen.segment());
        } else {
            Label empty = new Label(text.text("details.empty"));
            empty.getStyleClass().add(Styles.PLACEHOLDER);
            empty.setWrapText(true);
            body.getChildren().setAll(empty);
        }
    }

    private void showEnterprise(I18n text, Enterprise firm) {
        Attributes rows = new Attributes(text);
        rows.add(text.text("details.creditCode"), firm.creditCode());
        rows.add(text.text("details.location"), location(text, firm));
        rows.add(text.text("details.county"), firm.county());
        rows.add(text.text("details.park"), firm.park());
        rows.add(text.text("details.role"), firm.role() == null ? null : text.role(firm.role()));
        rows.add(
                text.text("details.segments"),
                join(firm.segments().stream()
                        .map(id -> model.segment(id).map(model::displayName).orElse(id))
                        .toList()));
        rows.add(text.text("details.tags"), join(text.tags(firm.tags())));
        rows.add(text.text("details.revenue"), revenue(text, firm));
        rows.add(text.text("details.products"), join(firm.products()));
        rows.add(text.text("details.industryCode"), firm.industryCode());
        rows.add(text.text("details.firmSuppliers"), partners(firm, true));
        rows.add(text.text("details.firmCustomers"), partners(firm, false));
        provenance(rows, firm.provenance());
        rows.add(text.text("details.verified"), firm.verified());
        rows.add(text.text("details.note"), firm.provenance().note());
        show(text.text("details.kind.enterprise"), firm.name(), new GapDetails(model).of(firm), rows);
        showSources(text, firm.provenance());
    }

    private void showSegment(I18n text, Segment segment) {
        Attributes rows = new Attributes(text);
        String shown = model.displayName(segment); // one language at a time: the other name is an attribute
        boolean english = !shown.equals(segment.name());
        rows.add(text.text(english ? "details.nameZh" : "details.nameEn"), english ? segment.name() : segment.nameEn());
        rows.add(
                text.text("details.chain"),
                model.chainOf(segment).map(model::displayName).orElse(null));
        rows.add(text.text("details.stage"), text.stage(segment.stage()));
        rows.add(text.text("details.codes"), join(segment.industryCodes()));
        rows.add(text.text("details.core"), segment.core() ? text.text("details.yes") : text.text("details.no"));
        rows.add(
                text.text("details.feeds"),
                join(segment.feeds().stream()
                        .map(id -> model.segment(id).map(model::displayName).orElse(id))
                        .toList()));
        rows.add(
                text.text("details.suppliers"),
                join(model.suppliersOf(segment).stream().map(model::displayName).toList()));
        List<Enterprise> firms = model.enterprisesIn(segment);
        long local = firms.stream().filter(Enterprise::local).count();
        rows.add(
                text.text("details.firms"),
                text.text("segment.firms", text.count(local), text.count(firms.size() - local)));
        provenance(rows, segment.provenance());
        rows.add(text.text("details.note"), segment.provenance().note());
        show(text.text("details.kind.segment"), shown, new GapDetails(model).of(segment), rows);
        showSources(text, segment.provenance());
    }

    /** Shows the kind of the selection, then its properties as a form. */
    private void showForm(I18n text, Selection selection) {
        Label kindLabel = new Label();
        kindLabel.getStyleClass().add(Styles.SUBTLE);
        Node form;
        if (selection instanceof Selection.OfEnterprise chosen) {
            kindLabel.setText(text.text("details.kind.enterprise"));
            firmForm = new EnterpriseForm(model, chosen.enterprise());
            form = firmForm.node();
        } else {
            kindLabel.setText(text.text("details.kind.segment"));
            segmentForm = new SegmentForm(model, selection.segment());
            form = segmentForm.node();
        }
        body.getChildren().setAll(kindLabel, form);
    }

    /** Shows the kind and name of the selection, then its gaps, then its attributes. */
    private void show(String kind, String name, List<Node> gaps, Attributes rows) {
        Label kindLabel = new Label(kind);
        kindLabel.getStyleClass().add(Styles.SUBTLE);
        Label title = new Label(name);
        title.getStyleClass().add(Styles.DETAILS_TITLE);
        title.setWrapText(true);
        Label attributes = new Label(model.texts().text("details.attributes"));
        attributes.getStyleClass().add(Styles.DETAILS_SECTION);
        body.getChildren().setAll(kindLabel, title);
        body.getChildren().addAll(gaps);
        body.getChildren().addAll(attributes, rows.grid);
    }

    /** The sources the selection cites, under the attributes ({@link SourceList}); nothing when it cites none. */
    private void showSources(I18n text, Provenance provenance) {
        if (provenance.cites().isEmpty() || model.map().isEmpty()) {
            return;
        }
        Label title = new Label(text.text("details.sources"));
        title.getStyleClass().add(Styles.DETAILS_SECTION);
        body.getChildren().add(title);
        body.getChildren().addAll(SourceList.of(text, model.map().get(), provenance.cites()));
    }

    private static void provenance(Attributes rows, Provenance provenance) {
        I18n text = rows.text;
        rows.add(text.text("details.source"), provenance.source());
        rows.add(
                text.text("details.certainty"),
                provenance.certainty() == null ? null : text.certainty(provenance.certainty()));
    }

    public static String location(I18n text, Enterprise firm) {
        if (firm.local()) {
            return text.text("details.local");
        }
        String origin = firm.origin() == null ? "" : firm.origin().label();
        return origin.isEmpty() ? text.text("details.externalUnknown") : text.text("details.external", origin);
    }

    public static String revenue(I18n text, Enterprise firm) {
        if (firm.revenue() == null) {
            return null;
        }
        String amount = text.money(firm.revenue());
        return firm.revenueYear() == null ? amount : text.text("details.revenue.year", amount, firm.revenueYear());
    }

    /** The firm's suppliers (or customers), each with what it supplies: "宝钢股份（取向硅钢）". */
    private String partners(Enterprise firm, boolean suppliers) {
        I18n text = model.texts();
        List<String> names = new java.util.ArrayList<>();
        model.map().ifPresent(map -> map.links().stream()
                .filter(link -> (suppliers ? link.to() : link.from()).equals(firm.id()))
                .forEach(link -> {
                    String other = suppliers ? link.from() : link.to();
                    String name = map.enterprise(other).map(Enterprise::name).orElse(other);
                    names.add(
                            link.product() == null || link.product().isBlank()
                                    ? name
                                    : text.text("details.partner", name, link.product()));
                }));
        return join(names);
    }

    private String join(List<String> words) {
        return words.isEmpty() ? null : String.join(model.texts().text("details.separator"), words);
    }

    /** Attribute name and value, two columns; an unknown value shows as a dash. */
    private static final class Attributes {
        final I18n text;
        final GridPane grid = new GridPane();
        int row;

        Attributes(I18n text) {
            this.text = text;
            grid.setHgap(12);
            grid.setVgap(6);
            ColumnConstraints keys = new ColumnConstraints();
            keys.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setFillWidth(true);
            grid.getColumnConstraints().addAll(keys, values);
        }

        /** Adds the attribute {@code title} (already translated) with {@code value}, or a dash for unknown. */
        void add(String title, String value) {
            Label name = new Label(title);
            name.getStyleClass().add(Styles.DETAILS_KEY);
            Label shown = new Label(value == null || value.isBlank() ? text.text("details.unknown") : value);
            shown.getStyleClass().add(Styles.DETAILS_VALUE);
            if (value == null || value.isBlank()) {
                shown.getStyleClass().add(Styles.UNKNOWN);
            }
            shown.setWrapText(true);
            shown.setMinWidth(0);
            GridPane.setValignment(name, VPos.TOP);
            grid.addRow(row++, name, shown);
        }
    }
}
