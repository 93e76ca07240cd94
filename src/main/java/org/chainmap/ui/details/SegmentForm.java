package org.chainmap.ui.details;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;
import org.chainmap.edit.EditSegment;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;

/**
 * The selected segment's properties, editable, in the details pane: name, English name, stage, core. Each
 * value committed is one {@link EditSegment} (a rename, a move to another stage, or an edit); a value the map
 * refuses is marked on its field with the reason, and not applied.
 */
final class SegmentForm {

    private final MainViewModel model;
    private final String segment;
    private final PropertyField name;
    private final PropertyField nameEn;
    private final ChoiceBox<Stage> stage = new ChoiceBox<>();
    private final CheckBox core = new CheckBox();
    private final PropertyGrid grid = new PropertyGrid();
    /** Whether the controls are being set to the map's values (which is no edit). */
    private boolean showing;

    SegmentForm(MainViewModel model, Segment shown) {
        this.model = model;
        this.segment = shown.id();
        I18n text = model.texts();
        name = new PropertyField(
                EnterpriseForm.ID + "segment-name",
                value -> rename(value, current().nameEn()));
        nameEn = new PropertyField(
                EnterpriseForm.ID + "segment-nameEn",
                value -> rename(current().name(), value.isBlank() ? null : value));
        stage.setId(EnterpriseForm.ID + "stage");
        stage.getItems().setAll(Stage.values());
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage each) {
                return each == null ? "" : text.stage(each);
            }

            @Override
            public Stage fromString(String string) {
                return null;
            }
        });
        stage.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null && now != current().stage()) {
                model.perform(EditSegment.restage(model.map().orElseThrow(), segment, now));
            }
        });
        core.setId(EnterpriseForm.ID + "core");
        core.setText(text.text("form.core"));
        core.setOnAction(event -> {
            Segment before = current();
            model.perform(new EditSegment(
                    new Segment(
                            before.id(),
                            before.name(),
                            before.nameEn(),
                            before.stage(),
                            before.order(),
                            before.industryCodes(),
                            core.isSelected(),
                            before.feeds(),
                            before.provenance(),
                            before.extra()),
                    "segment.edit"));
        });
        grid.add(text.text("form.name"), name);
        grid.add(text.text("details.nameEn"), nameEn);
        grid.add(text.text("details.stage"), stage);
        grid.add(text.text("details.core"), core);
        refresh(shown);
    }

    /** The form. */
    Node node() {
        return grid.node();
    }

    /** The segment it edits. */
    String segment() {
        return segment;
    }

    /** Shows the segment's values as the map has them now. */
    void refresh(Segment shown) {
        showing = true;
        try {
            name.show(shown.name());
            nameEn.show(shown.nameEn());
            stage.setValue(shown.stage());
            core.setSelected(shown.core());
        } finally {
            showing = false;
        }
    }

    /** Takes no more values from its fields: the pane shows something else. */
    void detach() {
        List.of(name, nameEn).forEach(PropertyField::detach);
    }

    private Segment current() {
        return model.map().orElseThrow().segment(segment).orElseThrow();
    }

    private Optional<String> rename(String newName, String newNameEn) {
        return model.perform(EditSegment.rename(model.map().orElseThrow(), segment, newName, newNameEn));
    }
}
