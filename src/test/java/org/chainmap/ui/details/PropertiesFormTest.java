package org.chainmap.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Stage;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.chainmap.ui.Styles;
import org.chainmap.ui.map.CanvasGesturesTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The details pane's form, end to end on the Hengyang map: each value committed (Enter, or leaving the field)
 * is one step; a value the map refuses is marked with the reason and not applied; the firm's supply links are
 * edited and deleted there; a segment's names, stage and core too.
 */
@ExtendWith(ApplicationExtension.class)
class PropertiesFormTest {

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void selectFirm(FxRobot robot, String id) {
        robot.interact(() -> {
            Enterprise firm = model.map().orElseThrow().enterprise(id).orElseThrow();
            model.select(new Selection.OfEnterprise(
                    firm, model.segment(firm.mainSegment()).orElseThrow()));
        });
    }

    private Enterprise firm(String id) {
        return model.map().orElseThrow().enterprise(id).orElseThrow();
    }

    private TextField field(FxRobot robot, String name) {
        return robot.lookup("#" + EnterpriseForm.ID + name).queryAs(TextField.class);
    }

    private String undoName() {
        return model.edits().undoableProperty().get().text(I18n.ENGLISH);
    }

    /** Types {@code value} into the field (replacing what it holds) and presses Enter. */
    private void enter(FxRobot robot, TextField field, String value) {
        robot.clickOn(field);
        robot.interact(() -> field.setText(value));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachValueCommittedIsOneStepAndARefusedOneIsMarkedAndNotApplied(FxRobot robot) {
        selectFirm(robot, "tbea-hy");
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN));
        TextField name = field(robot, "name");
        assertThat(name.isFocused())
                .as("Alt+Enter puts the keyboard in the form")
                .isTrue();
        assertThat(name.getText()).isEqualTo("特变电工衡阳变压器有限公司");

        enter(robot, name, "特变电工衡变");
        assertThat(firm("tbea-hy").name()).isEqualTo("特变电工衡变");
        assertThat(undoName()).isEqualTo("Rename 特变电工衡阳变压器有限公司 to 特变电工衡变");
        assertThat(field(robot, "name").getText()).isEqualTo("特变电工衡变");

        RegionMap before = model.map().orElseThrow();
        TextField code = field(robot, "creditCode");
        enter(robot, code, "123");
        assertThat(model.map().orElseThrow()).isSameAs(before);
        assertThat(code.getPseudoClassStates()).contains(Styles.INVALID);
        Label reason =
                robot.lookup("#" + EnterpriseForm.ID + "creditCode-message").queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("\"123\" is not a unified social credit code");
        robot.type(KeyCode.DELETE);
        assertThat(model.map().orElseThrow().enterprise("tbea-hy"))
                .as("Delete in a field is the field's")
                .isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(code.getText())
                .isEqualTo(
                        firm("tbea-hy").creditCode() == null
                                ? ""
                                : firm("tbea-hy").creditCode());
        assertThat(reason.isVisible()).isFalse();

        TextField revenue = field(robot, "revenue");
        enter(robot, revenue, "lots");
        assertThat(robot.lookup("#" + EnterpriseForm.ID + "revenue-message")
                        .queryAs(Label.class)
                        .getText())
                .startsWith("\"lots\" is not an amount");
        enter(robot, revenue, "-5");
        assertThat(robot.lookup("#" + EnterpriseForm.ID + "revenue-message")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("Revenue cannot be negative.");
        assertThat(model.map().orElseThrow()).isSameAs(before);
        enter(robot, revenue, "15亿");
        assertThat(firm("tbea-hy").revenue()).isEqualTo(1_500_000_000L);
        assertThat(revenue.getText()).isEqualTo("1500000000");

        // Leaving a field commits it too.
        TextField tags = field(robot, "tags");
        robot.clickOn(tags);
        robot.interact(() -> tags.setText("链主, 规上，高新"));
        robot.clickOn(field(robot, "park"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firm("tbea-hy").tags()).containsExactly("链主", "规上", "高新");
        assertThat(undoName()).isEqualTo("Edit 特变电工衡变");

        robot.clickOn("#" + EnterpriseForm.ID + "local");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firm("tbea-hy").local()).isFalse();
        assertThat(undoName()).isEqualTo("Mark 特变电工衡变 external");
        assertThat(robot.lookup("#" + EnterpriseForm.ID + "local")
                        .queryAs(CheckBox.class)
                        .isSelected())
                .isFalse();

        for (int i = 0; i < 4; i++) {
            robot.push(CanvasGesturesTest.UNDO);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firm("tbea-hy").name()).isEqualTo("特变电工衡阳变压器有限公司");
        assertThat(field(robot, "name").getText()).isEqualTo("特变电工衡阳变压器有限公司");
    }

    @Test
    void theFirmsSupplyLinksAreEditedAndDeletedInTheForm(FxRobot robot) {
        selectFirm(robot, "tbea-hy");
        robot.clickOn("#" + DetailsPane.EDIT_ID);
        RegionMap before = model.map().orElseThrow();
        long links = before.links().stream()
                .filter(link -> link.to().equals("tbea-hy") || link.from().equals("tbea-hy"))
                .count();
        assertThat(robot.lookup("#" + LinkRows.ID + " .button").queryAll()).hasSize((int) links);
        TextField product = robot.lookup("#link-product-0").queryAs(TextField.class);
        var first = before.links().stream()
                .filter(link -> link.to().equals("tbea-hy") || link.from().equals("tbea-hy"))
                .findFirst()
                .orElseThrow();
        assertThat(product.getText()).isEqualTo(first.product());
        enter(robot, product, "电磁线");
        assertThat(model.map().orElseThrow().links())
                .anyMatch(link -> link.from().equals(first.from())
                        && link.to().equals(first.to())
                        && "电磁线".equals(link.product()));
        TextField value = robot.lookup("#link-value-0").queryAs(TextField.class);
        enter(robot, value, "2000万");
        assertThat(model.map().orElseThrow().links())
                .anyMatch(link -> link.from().equals(first.from())
                        && Long.valueOf(20_000_000L).equals(link.value()));

        robot.clickOn(robot.lookup("#link-delete-0").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow().links()).hasSize(before.links().size() - 1);
        assertThat(robot.lookup("#" + LinkRows.ID + " .button").queryAll()).hasSize((int) links - 1);
        robot.push(CanvasGesturesTest.UNDO).push(CanvasGesturesTest.UNDO).push(CanvasGesturesTest.UNDO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.map().orElseThrow()).isEqualTo(before);

        // 南方互感器: no source states a supplier or a customer of it.
        selectFirm(robot, "nanfang-it");
        assertThat(robot.lookup("#" + LinkRows.ID + " .label").queryAllAs(Label.class))
                .as("a firm without links says how to draw one")
                .anyMatch(label -> label.getText().startsWith("No supply links yet"));
    }

    @Test
    void aSegmentsNamesStageAndCoreAreEditedInTheForm(FxRobot robot) {
        robot.interact(() -> model.select(
                new Selection.OfSegment(model.segment("power.reactor").orElseThrow())));
        robot.clickOn("#" + DetailsPane.EDIT_ID);
        TextField nameEn = field(robot, "segment-nameEn");
        assertThat(nameEn.getText()).isEqualTo("Reactors");
        enter(robot, nameEn, "Shunt reactors");
        assertThat(model.segment("power.reactor").orElseThrow().nameEn()).isEqualTo("Shunt reactors");
        enter(robot, field(robot, "segment-name"), " ");
        assertThat(robot.lookup("#" + EnterpriseForm.ID + "segment-name-message")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("A name cannot be empty.");

        @SuppressWarnings("unchecked")
        ChoiceBox<Stage> stage = robot.lookup("#" + EnterpriseForm.ID + "stage").queryAs(ChoiceBox.class);
        robot.interact(() -> stage.setValue(Stage.DOWNSTREAM));
        assertThat(model.segment("power.reactor").orElseThrow().stage()).isEqualTo(Stage.DOWNSTREAM);
        boolean core = model.segment("power.reactor").orElseThrow().core();
        robot.clickOn("#" + EnterpriseForm.ID + "core");
        assertThat(model.segment("power.reactor").orElseThrow().core()).isEqualTo(!core);
        assertThat(model.edits().undoableProperty().get().text(I18n.ENGLISH)).isEqualTo("Edit segment Shunt reactors");
    }
}
