package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Stage;
import org.chainmap.ui.chains.ChainList;
import org.chainmap.ui.details.DetailsPane;
import org.chainmap.ui.files.ProblemDialog;
import org.chainmap.ui.map.ChainView;
import org.chainmap.ui.map.SegmentBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a small map, driven with the mouse and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainWindow window;
    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        stage = primary;
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(TestMaps.writeSmall(dir));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theChainListShowsTheChains(FxRobot robot) {
        ListView<Chain> list = robot.lookup("#" + ChainList.LIST_ID).queryListView();
        assertThat(list.getItems()).extracting(Chain::name).containsExactly("电力装备产业链", "绿色食品产业链");
        assertThat(texts(robot, "." + Styles.CHAIN_NAME)).contains("电力装备产业链", "绿色食品产业链");
        assertThat(texts(robot, "." + Styles.COVERAGE_VALUE)).containsExactly("50%", "50%");
        assertThat(texts(robot, "." + Styles.GAP_COUNT))
                .containsExactly("缺2", "·", "弱2", "·", "断1", "缺1", "·", "弱1", "·", "断0");
        assertThat(stage.getTitle()).isEqualTo("测试市 — 产业链图谱 — test.json");
        assertThat(robot.lookup("#" + StatusBar.COUNTS_ID).queryLabeled().getText())
                .isEqualTo("2条产业链 · 6个环节 · 4家企业（本地3家）· 2条供应关系");
    }

    @Test
    void theKeyboardChoosesAChainAndItsSegmentsFillTheStageColumns(FxRobot robot) {
        assertThat(segmentsIn(robot, Stage.UPSTREAM)).containsExactly("power.copper", "power.steel");
        assertThat(segmentsIn(robot, Stage.MIDSTREAM)).containsExactly("power.transformer");
        assertThat(segmentsIn(robot, Stage.DOWNSTREAM)).containsExactly("power.grid");

        robot.interact(() -> robot.lookup("#" + ChainList.LIST_ID).query().requestFocus());
        robot.type(KeyCode.DOWN);
        assertThat(model.selectedChain()).map(Chain::id).hasValue("food");
        assertThat(segmentsIn(robot, Stage.UPSTREAM)).containsExactly("food.farm");
        assertThat(segmentsIn(robot, Stage.MIDSTREAM)).containsExactly("food.process");
        assertThat(segmentsIn(robot, Stage.DOWNSTREAM)).isEmpty();

        robot.type(KeyCode.UP);
        assertThat(segmentsIn(robot, Stage.MIDSTREAM)).containsExactly("power.transformer");
    }

    @Test
    void theViewToStartInIsChosenByName(FxRobot robot) {
        // -Dchainmap.view, which docs/screenshots/shoot.sh starts the window with.
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> window.showView("dashboard"));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId())
                .isEqualTo(org.chainmap.ui.dashboard.DashboardView.TAB_ID);
        robot.interact(() -> window.showView("lists"));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainWindow.LISTS_TAB_ID);
        robot.interact(() -> window.showView("no such view"));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MainWindow.LISTS_TAB_ID);
    }

    @Test
    void aSegmentWithoutLocalFirmIsMarkedMissing(FxRobot robot) {
        SegmentBox steel = box(robot, "power.steel");
        SegmentBox grid = box(robot, "power.grid");
        SegmentBox transformer = box(robot, "power.transformer");
        assertThat(steel.getStyleClass()).contains(Styles.SEGMENT_MISSING);
        assertThat(grid.getStyleClass()).contains(Styles.SEGMENT_MISSING);
        assertThat(transformer.getStyleClass()).doesNotContain(Styles.SEGMENT_MISSING);
        assertThat(badges(robot, steel)).contains("缺");
        assertThat(badges(robot, transformer)).doesNotContain("缺").contains("核心");
    }

    @Test
    void anExternalFirmLooksDifferentAndSaysWhereItIsFrom(FxRobot robot) {
        Label external = firmLabel(robot, TestMaps.EXTERNAL_NAME);
        assertThat(external.getStyleClass()).contains(Styles.ENTERPRISE_EXTERNAL);
        assertThat(external.getText()).isEqualTo(TestMaps.EXTERNAL_NAME + "（上海市）");
        assertThat(firmLabel(robot, TestMaps.LEADER_NAME).getStyleClass()).doesNotContain(Styles.ENTERPRISE_EXTERNAL);
    }

    @Test
    void clickingAnEnterpriseShowsItsDetails(FxRobot robot) {
        robot.clickOn(firmLabel(robot, TestMaps.LEADER_NAME));
        assertThat(model.selection()).get().isInstanceOf(Selection.OfEnterprise.class);
        List<String> details = texts(robot, "#" + DetailsPane.ID + " .label");
        assertThat(details)
                .contains(
                        TestMaps.LEADER_NAME,
                        TestMaps.LEADER_CREDIT_CODE,
                        "本地",
                        "雁峰区",
                        "白沙洲工业园",
                        "链主",
                        "链主、规上",
                        "15亿元（2023年）",
                        "电力变压器、电抗器",
                        "衡阳市政府网",
                        "已核实",
                        "2024-05-31");
        assertThat(firmLabel(robot, TestMaps.LEADER_NAME).getPseudoClassStates())
                .contains(Styles.SELECTED);
    }

    @Test
    void clickingASegmentShowsItsDetails(FxRobot robot) {
        robot.clickOn(box(robot, "power.transformer"));
        List<String> details = texts(robot, "#" + DetailsPane.ID + " .label");
        assertThat(details).contains("变压器", "Transformers", "中游", "C3821", "是", "配电网工程", "取向硅钢、铜导体");
    }

    @Test
    void switchingLanguageChangesTheWholeWindow(FxRobot robot) {
        assertThat(menuTexts(robot)).containsExactly("文件(_F)", "编辑(_E)", "视图(_V)", "帮助(_H)");
        robot.clickOn("#menuView").clickOn("#menuLanguage").clickOn("#menuLanguage-en");
        assertThat(model.texts().locale()).isEqualTo(I18n.ENGLISH);
        assertThat(menuTexts(robot)).containsExactly("_File", "_Edit", "_View", "_Help");
        assertThat(stage.getTitle()).isEqualTo("测试市 — ChainMap — test.json");
        assertThat(texts(robot, "." + Styles.STAGE_TITLE)).containsExactly("Upstream", "Midstream", "Downstream");
        assertThat(texts(robot, "." + Styles.CHAIN_NAME)).contains("Power equipment");
        assertThat(badges(robot, box(robot, "power.steel"))).contains("missing");

        robot.clickOn("#menuView").clickOn("#menuLanguage").clickOn("#menuLanguage-zh");
        assertThat(menuTexts(robot)).containsExactly("文件(_F)", "编辑(_E)", "视图(_V)", "帮助(_H)");
    }

    @Test
    void aFileThatCannotBeOpenedIsExplainedAndTheMapStays(FxRobot robot) throws IOException {
        Path broken = TestMaps.writeBroken(dir);
        robot.interact(() -> window.open(broken));
        TextArea problems = robot.lookup("#" + ProblemDialog.LIST_ID).queryAs(TextArea.class);
        assertThat(problems.getText()).startsWith("错误").contains("JSON");
        assertThat(texts(robot, ".label")).contains("原来打开的图谱保持不变。");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + ProblemDialog.LIST_ID).tryQuery()).isEmpty();
        assertThat(model.document().orElseThrow().name()).isEqualTo("test.json");
        assertThat(stage.getTitle()).endsWith("test.json");
    }

    private static List<String> segmentsIn(FxRobot robot, Stage stage) {
        return robot
                .lookup("#" + ChainView.columnId(stage))
                .lookup("." + Styles.SEGMENT_BOX)
                .queryAllAs(SegmentBox.class)
                .stream()
                .map(box -> box.segment().id())
                .toList();
    }

    private static SegmentBox box(FxRobot robot, String segmentId) {
        return robot.lookup("." + Styles.SEGMENT_BOX).queryAllAs(SegmentBox.class).stream()
                .filter(box -> box.segment().id().equals(segmentId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no box for " + segmentId));
    }

    private static Label firmLabel(FxRobot robot, String name) {
        return robot.lookup("." + Styles.ENTERPRISE).queryAllAs(Label.class).stream()
                .filter(label -> ((Enterprise) label.getUserData()).name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no enterprise " + name));
    }

    private static List<String> badges(FxRobot robot, Node box) {
        return robot.from(box).lookup("." + Styles.BADGE).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Labeled.class).stream()
                .filter(MainWindowTest::shown)
                .map(Labeled::getText)
                .toList();
    }

    /** Whether the node and all around it are visible: not the chain list's short gap counts kept hidden, say. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> menuTexts(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().map(Menu::getText).toList();
    }
}
