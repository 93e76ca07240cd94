package org.chainmap.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A supply link to a firm of another chain, found by Find from the Edit menu, and undone. */
@ExtendWith(ApplicationExtension.class)
class LinkBySearchTest {

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(Path.of("maps/hengyang.json"));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aCustomerInAnotherChainIsLinkedByName(FxRobot robot) throws TimeoutException {
        RegionMap opened = model.map().orElseThrow();
        Enterprise tbea = opened.enterprise("tbea-hy").orElseThrow();
        Enterprise other = opened.enterprises().stream()
                .filter(firm -> firm.mainSegment() != null
                        && !opened.chainOfSegment(firm.mainSegment())
                                .orElseThrow()
                                .id()
                                .equals("power"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> model.select(new Selection.OfEnterprise(
                tbea, opened.segment(tbea.mainSegment()).orElseThrow())));
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> window.search().indexProperty().get() != null);

        robot.clickOn("#menuEdit").clickOn("#menuLinkCustomer");
        robot.write(other.name()).type(KeyCode.ENTER);

        SupplyLink link = model.map().orElseThrow().links().stream()
                .filter(l -> l.from().equals("tbea-hy") && l.to().equals(other.id()))
                .findFirst()
                .orElseThrow();
        assertThat(model.edits().undoableProperty().get().text(I18n.CHINESE))
                .isEqualTo("连接 " + tbea.name() + " → " + other.name());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(model.map().orElseThrow().links()).doesNotContain(link);
        assertThat(model.map().orElseThrow()).isEqualTo(opened);
    }
}
