package org.chainmap.ui.details;

import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.chainmap.edit.SetPlanned;
import org.chainmap.model.ElementKind;
import org.chainmap.model.PlanStatus;
import org.chainmap.ui.MainViewModel;

/**
 * The Planned field of the segment and firm forms: exists today, to attract, signed, under construction. A choice
 * is one {@link SetPlanned}, undone like any edit.
 */
final class PlannedChoice {

    /** What the list shows for "exists today": the status {@code null} cannot be an item of its own. */
    private static final String NONE = "none";

    private final ComboBox<String> box = new ComboBox<>();
    private boolean showing;

    PlannedChoice(MainViewModel model, ElementKind kind, String id) {
        box.setId(EnterpriseForm.ID + "planned");
        box.getItems().add(NONE);
        Arrays.stream(PlanStatus.values()).forEach(status -> box.getItems().add(status.id()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String word) {
                return word == null ? "" : model.texts().text("form.planned." + word);
            }

            @Override
            public String fromString(String string) {
                return null;
            }
        });
        box.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                model.perform(new SetPlanned(kind, id, PlanStatus.fromId(now).orElse(null)));
            }
        });
    }

    /** The control. */
    ComboBox<String> node() {
        return box;
    }

    /** Shows {@code status} ({@code null}: exists today) without editing anything. */
    void show(PlanStatus status) {
        showing = true;
        try {
            box.setValue(status == null ? NONE : status.id());
        } finally {
            showing = false;
        }
    }
}
