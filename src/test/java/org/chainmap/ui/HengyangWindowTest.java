package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.ui.chains.ChainList;
import org.chainmap.ui.map.ChainView;
import org.chainmap.ui.map.SegmentBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window on the shipped Hengyang map, {@code maps/hengyang.json}, whatever its exact content. */
@ExtendWith(ApplicationExtension.class)
class HengyangWindowTest {

    private MainViewModel model;
    private javafx.stage.Stage stage;

    @BeforeAll
    static void needsTheShippedMap() {
        assumeTrue(ShippedMap.workingCopy().isPresent(), "maps/hengyang.json is not there yet");
    }

    @Start
    void start(javafx.stage.Stage primary) {
        stage = primary;
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void opensWithItsFourteenChains(FxRobot robot) {
        ListView<Chain> list = robot.lookup("#" + ChainList.LIST_ID).queryListView();
        assertThat(list.getItems()).hasSize(14);
        assertThat(stage.getTitle()).isEqualTo("衡阳市 — 产业链图谱 — hengyang.json");
        assertThat(robot.lookup("#" + StatusBar.COUNTS_ID).queryLabeled().getText())
                .startsWith("14条产业链");
    }

    @Test
    void everyChainShowsEachSegmentInItsStageColumn(FxRobot robot) {
        robot.interact(() -> robot.lookup("#" + ChainList.LIST_ID).query().requestFocus());
        for (int i = 0; i < 14; i++) {
            Chain chain = model.selectedChain().orElseThrow();
            assertThat(chain).isSameAs(model.chains().get(i));
            for (Stage stage : Stage.values()) {
                List<Segment> shown = robot
                        .lookup("#" + ChainView.columnId(stage))
                        .lookup("." + Styles.SEGMENT_BOX)
                        .queryAllAs(SegmentBox.class)
                        .stream()
                        .map(SegmentBox::segment)
                        .toList();
                assertThat(shown).as("%s, %s", chain.id(), stage).isEqualTo(chain.segments(stage));
            }
            robot.type(KeyCode.DOWN);
        }
    }
}
