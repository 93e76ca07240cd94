package org.chainmap.ui.details;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.chainmap.edit.EditEnterprise;
import org.chainmap.model.Enterprise;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;

/**
 * The selected firm's properties, editable, in the details pane: name, credit code, local or external,
 * county, park, tags, revenue, products, industry code (GB/T 4754); then its supply links ({@link LinkRows}).
 * Each value committed is one {@link EditEnterprise} (a rename, a mark local or external, or an edit); a value the
 * map refuses is marked on its field with the reason, and not applied.
 */
final class EnterpriseForm {

    /** The prefix of the fields' ids: {@code edit-name}, {@code edit-revenue} and so on. */
    static final String ID = "edit-";

    private final MainViewModel model;
    private final String firm;
    private final PropertyField name;
    private final PropertyField creditCode;
    private final CheckBox local = new CheckBox();
    private final PropertyField county;
    private final PropertyField park;
    private final PropertyField tags;
    private final PropertyField revenue;
    private final PropertyField products;
    private final PropertyField industryCode;
    private final LinkRows links;
    private final PlannedChoice planned;
    private final VBox node = new VBox(10);
    private final List<PropertyField> fields;

    EnterpriseForm(MainViewModel model, Enterprise shown) {
        this.model = model;
        this.firm = shown.id();
        this.planned = new PlannedChoice(model, org.chainmap.model.ElementKind.ENTERPRISE, firm);
        I18n text = model.texts();
        name = new PropertyField(ID + "name", value -> perform(current().withName(value), "enterprise.rename"));
        creditCode = new PropertyField(ID + "creditCode", value -> perform(with(current(), Field.CODE, value)));
        county = new PropertyField(ID + "county", value -> perform(with(current(), Field.COUNTY, value)));
        park = new PropertyField(ID + "park", value -> perform(with(current(), Field.PARK, value)));
        tags = new PropertyField(ID + "tags", value -> perform(with(current(), Field.TAGS, value)));
        products = new PropertyField(ID + "products", value -> perform(with(current(), Field.PRODUCTS, value)));
        revenue = new PropertyField(ID + "revenue", this::commitRevenue);
        industryCode = new PropertyField(ID + "industryCode", value -> perform(with(current(), Field.INDUSTRY, value)));
        industryCode.field().setPromptText(text.text("form.industryCode.prompt"));
        tags.field().setPromptText(text.text("form.list.prompt"));
        products.field().setPromptText(text.text("form.list.prompt"));
        revenue.field().setPromptText(text.text("form.revenue.prompt"));
        local.setId(ID + "local");
        local.setText(text.text("form.local"));
        local.setOnAction(
                event -> model.perform(EditEnterprise.markLocal(model.map().orElseThrow(), firm, local.isSelected())));
        fields = List.of(name, creditCode, county, park, tags, revenue, products, industryCode);
        PropertyGrid grid = new PropertyGrid();
        grid.add(text.text("form.name"), name);
        grid.add(text.text("details.creditCode"), creditCode);
        grid.add(text.text("details.location"), local);
        grid.add(text.text("details.county"), county);
        grid.add(text.text("details.park"), park);
        grid.add(text.text("details.tags"), tags);
        grid.add(text.text("form.revenue"), revenue);
        grid.add(text.text("details.products"), products);
        grid.add(text.text("details.industryCode"), industryCode);
        grid.add(text.text("form.planned"), planned.node());
        links = new LinkRows(model, firm);
        node.getChildren().addAll(grid.node(), links.node());
        refresh(shown);
    }

    /** The form. */
    Node node() {
        return node;
    }

    /** The firm it edits. */
    String firm() {
        return firm;
    }

    /** Shows the firm's values as the map has them now. */
    void refresh(Enterprise shown) {
        String separator = model.texts().text("details.separator");
        name.show(shown.name());
        creditCode.show(shown.creditCode());
        local.setSelected(shown.local());
        county.show(shown.county());
        park.show(shown.park());
        tags.show(String.join(separator, shown.tags()));
        revenue.show(shown.revenue() == null ? "" : shown.revenue().toString());
        products.show(String.join(separator, shown.products()));
        industryCode.show(shown.industryCode());
        planned.show(shown.planned());
        links.refresh();
    }

    /** Takes no more values from its fields: the pane shows something else. */
    void detach() {
        fields.forEach(PropertyField::detach);
        links.detach();
    }

    private Enterprise current() {
        return model.map().orElseThrow().enterprise(firm).orElseThrow();
    }

    private Optional<String> commitRevenue(String typed) {
        Long yuan;
        try {
            yuan = yuan(typed);
        } catch (NumberFormatException | ArithmeticException e) {
            String reason = model.texts().text("form.revenue.invalid", typed.strip());
            model.announce(reason);
            return Optional.of(reason);
        }
        Enterprise before = current();
        return perform(new Enterprise(
                before.id(),
                before.name(),
                before.creditCode(),
                before.local(),
                before.origin(),
                before.county(),
                before.park(),
                before.segments(),
                before.role(),
                before.tags(),
                yuan,
                before.revenueYear(),
                before.products(),
                before.verified(),
                before.provenance(),
                before.extra(),
                before.planned(),
                before.industryCode()));
    }

    private Optional<String> perform(Enterprise edited) {
        return perform(edited, "enterprise.edit");
    }

    private Optional<String> perform(Enterprise edited, String key) {
        return model.perform(new EditEnterprise(edited, key));
    }

    /**
     * An amount of yuan as typed: digits (with thousands separators), possibly with a fraction, and 万 or 亿
     * after it; {@code null} for nothing typed.
     *
     * @throws NumberFormatException if it is not such an amount
     * @throws ArithmeticException if it is too large
     */
    static Long yuan(String typed) {
        return org.chainmap.text.Money.parse(typed);
    }

    /** A list as typed: its items separated by 、 , ， ; or ；, trimmed, empty ones left out. */
    static List<String> items(String typed) {
        return Arrays.stream(typed.split("[、,，;；]"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** The fields edited as text. */
    private enum Field {
        CODE,
        COUNTY,
        PARK,
        TAGS,
        PRODUCTS,
        INDUSTRY
    }

    /** {@code firm} with {@code field} set to {@code typed} (a blank value: unknown). */
    private static Enterprise with(Enterprise firm, Field field, String typed) {
        String value = typed.isBlank() ? null : typed;
        return new Enterprise(
                firm.id(),
                firm.name(),
                field == Field.CODE ? value : firm.creditCode(),
                firm.local(),
                firm.origin(),
                field == Field.COUNTY ? value : firm.county(),
                field == Field.PARK ? value : firm.park(),
                firm.segments(),
                firm.role(),
                field == Field.TAGS ? items(typed) : firm.tags(),
                firm.revenue(),
                firm.revenueYear(),
                field == Field.PRODUCTS ? items(typed) : firm.products(),
                firm.verified(),
                firm.provenance(),
                firm.extra(),
                firm.planned(),
                field == Field.INDUSTRY ? industryCode(value) : firm.industryCode());
    }

    /**
     * An industry code as typed: blanks gone, the section letter in capitals ({@code c3821} is {@code C3821}), so
     * that it compares as an import writes it; {@code null} for nothing typed.
     */
    static String industryCode(String typed) {
        return typed == null ? null : typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }
}
