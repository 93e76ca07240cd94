package org.chainmap.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.chainmap.model.Enterprise;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.chainmap.ui.WebLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The details pane lists a selected firm's sources, each title a link that opens the page in the browser,
 * with its publisher, date, reliability and the date checked; only web addresses are ever opened.
 */
@ExtendWith(ApplicationExtension.class)
class SourcesPaneTest {

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) {
        WebLinks.use(opened::add);
        model = new MainViewModel(I18n.ENGLISH);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
        WebLinks.use(address -> {});
    }

    @Test
    void aFirmsSourcesAreListedAndTheirLinksOpenInTheBrowser(FxRobot robot) {
        robot.interact(() -> {
            Enterprise firm = model.map().orElseThrow().enterprise("tbea-hy").orElseThrow();
            model.select(new Selection.OfEnterprise(
                    firm, model.segment(firm.mainSegment()).orElseThrow()));
        });
        Hyperlink link = robot.lookup("#" + SourceList.ID_PREFIX + "S7").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("[S7] 张文雄视察特变电工南方输变电产业园");
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList())
                .contains("Sources")
                .anyMatch(text -> text.contains("repost") && text.contains("checked 2026-12-06"));

        robot.interact(link::fire);
        assertThat(opened)
                .containsExactly("http://www.fasttimecourier.com/keyenterprise/intelligence/04092012_3337.html");
    }

    @Test
    void onlyWebAddressesAreOpened() {
        WebLinks.use(opened::add);
        assertThat(WebLinks.open("file:///etc/passwd")).isFalse();
        assertThat(WebLinks.open("javascript:alert(1)")).isFalse();
        assertThat(WebLinks.open(null)).isFalse();
        assertThat(WebLinks.open(" https://www.hengyang.gov.cn/ ")).isTrue();
        assertThat(opened).containsExactly("https://www.hengyang.gov.cn/");
    }
}
