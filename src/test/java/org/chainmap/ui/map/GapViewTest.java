package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Enterprise;
import org.chainmap.ui.GapMap;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Styles;
import org.chainmap.ui.details.DetailsPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The marks of the gap analysis in the main window, on {@link GapMap}, in Chinese and in English. */
@ExtendWith(ApplicationExtension.class)
class GapViewTest {

    @TempDir
    Path dir;

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) throws IOException {
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(GapMap.write(dir));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void weakSegmentsCarryTheBadgeThatSaysWhy(FxRobot robot) {
        Label copper = badge(robot, GapMap.COPPER, GapKind.WEAK);
        assertThat(copper.getText()).isEqualTo("弱");
        assertThat(said(robot, copper)).isEqualTo("弱链：本地企业仅 衡阳铜材有限公司，少于2家，且无规上企业");
        assertThat(said(robot, badge(robot, GapMap.STATION, GapKind.WEAK))).isEqualTo("弱链：本地企业仅 衡阳新能源电站有限公司，少于2家");
        assertThat(kinds(robot, GapMap.TRANSFORMER)).doesNotContain(GapKind.WEAK);
        assertThat(box(robot, GapMap.COPPER).getStyleClass()).contains(Styles.SEGMENT_WEAK);

        english(robot);
        Label english = badge(robot, GapMap.COPPER, GapKind.WEAK);
        assertThat(english.getText()).isEqualTo("weak");
        assertThat(said(robot, english))
                .isEqualTo("Weak: only 衡阳铜材有限公司 locally: fewer than 2 local firms, and none tagged 规上");
    }

    @Test
    void eachSegmentShowsTheMarksOfItsGaps(FxRobot robot) {
        assertThat(kinds(robot, GapMap.STEEL)).containsExactly(GapKind.MISSING);
        assertThat(kinds(robot, GapMap.GRID)).containsExactly(GapKind.MISSING, GapKind.EXTEND);
        assertThat(kinds(robot, GapMap.TRANSFORMER)).containsExactly(GapKind.BROKEN, GapKind.CHOKEPOINT);
        assertThat(said(robot, badge(robot, GapMap.GRID, GapKind.EXTEND))).isEqualTo("延链：变压器 的本地产出流向这里，但本地没有企业");
        assertThat(firmBadges(robot, GapMap.BAOSTEEL)).containsExactly("卡");
        assertThat(firmBadges(robot, GapMap.SHOUGANG)).isEmpty();
        assertThat(firmBadges(robot, GapMap.TBEA)).containsExactly("链主", "关键");
    }

    @Test
    void aBrokenFeedIsListedInTheDetailsOfTheBuyingSegment(FxRobot robot) {
        select(robot, GapMap.TRANSFORMER);
        assertThat(gapLines(robot))
                .containsExactly(
                        "断链：取向硅钢 → 变压器，本地客户 衡阳变压器有限公司、特变电工衡阳变压器有限公司 全部外购：宝山钢铁股份有限公司",
                        "卡脖子：取向硅钢 → 变压器，本地客户 衡阳变压器有限公司、特变电工衡阳变压器有限公司 都依赖同一家供应商：宝山钢铁股份有限公司");

        english(robot);
        assertThat(gapLines(robot))
                .first()
                .isEqualTo("Broken: Silicon steel \u2192 Transformers \u2014 local customers 衡阳变压器有限公司, "
                        + "特变电工衡阳变压器有限公司 buy all of it from outside: 宝山钢铁股份有限公司");
    }

    @Test
    void aMissingSegmentListsItsCandidatesWithTheirReasons(FxRobot robot) {
        select(robot, GapMap.STEEL);
        assertThat(gapLines(robot)).first().isEqualTo("缺链：本地没有企业");
        assertThat(texts(robot, "#" + DetailsPane.ID + " ." + Styles.DETAILS_SECTION))
                .contains("招商候选（共2家，按推荐顺序）");
        assertThat(texts(robot, "#" + DetailsPane.ID + " ." + Styles.CANDIDATE_NAME))
                .containsExactly("1. " + GapMap.BAOSTEEL, "2. " + GapMap.SHOUGANG);
        assertThat(texts(robot, "#" + DetailsPane.ID + " ." + Styles.CANDIDATE_REASON))
                .containsExactly("已为本地2家企业供货（变压器）；来自上海市", "来自北京市");

        english(robot);
        assertThat(texts(robot, "#" + DetailsPane.ID + " ." + Styles.DETAILS_SECTION))
                .contains("Candidates to invite (2, best first)");
        assertThat(texts(robot, "#" + DetailsPane.ID + " ." + Styles.CANDIDATE_REASON))
                .containsExactly("supplies 2 local firms already (Transformers); from 上海市", "from 北京市");
    }

    @Test
    void aFirmsDetailsListTheGapsItTakesPartIn(FxRobot robot) {
        robot.clickOn(firmLabel(robot, GapMap.SHOUGANG));
        assertThat(gapLines(robot)).containsExactly("招商候选：补齐缺链环节 取向硅钢（第2位）");
        robot.clickOn(firmLabel(robot, GapMap.TBEA));
        assertThat(gapLines(robot)).hasSize(3).last().isEqualTo("关键节点企业：连接本地2家企业，缺少它本地供应网络将断开");
    }

    @Test
    void theHeadingCountsTheGapsAndTheLegendExplainsTheMarks(FxRobot robot) {
        assertThat(texts(robot, "#" + ChainView.GAP_TOTALS_ID + " ." + Styles.GAP_TOTAL))
                .containsExactly("2个环节", "2个环节", "1处", "1处", "1个环节", "1家企业");
        assertThat(texts(robot, ".label")).contains("覆盖率60%（5个环节中3个有本地企业）", "本地配套率50%（流向本地企业的4条供应关系中2条来自本地）");
        assertThat(texts(robot, "#" + GapLegend.ID + " ." + Styles.BADGE))
                .containsExactly("缺", "弱", "断", "卡", "延", "关键");
        assertThat(texts(robot, "#" + ScaleNote.ID)).containsExactly("规上：标签“规上”或营收不低于2000万元");

        english(robot);
        assertThat(texts(robot, "#" + GapLegend.ID + " ." + Styles.BADGE))
                .as("the letters the map's marks shrink to at fit, each with its word (issue 17)")
                .containsExactly("M", "W", "B", "C", "E", "K");
        assertThat(texts(robot, "#" + GapLegend.ID + " .label"))
                .contains("missing: no local firm", "extend: local output feeds it");
        assertThat(texts(robot, "." + Styles.GAP_COUNT)).containsExactly("2 missing", "·", "2 weak", "·", "1 broken");
    }

    /** Clicks the segment's title, where a click selects the segment and not one of its firms. */
    private static void select(FxRobot robot, String segmentId) {
        SegmentBox box = box(robot, segmentId);
        robot.clickOn(robot.from(box).lookup("." + Styles.SEGMENT_TITLE).queryAs(Label.class));
        assertThat(box.getPseudoClassStates()).contains(Styles.SELECTED);
    }

    private void english(FxRobot robot) {
        robot.interact(() -> model.languageProperty().set(Locale.ENGLISH));
    }

    private static SegmentBox box(FxRobot robot, String segmentId) {
        return robot.lookup("." + Styles.SEGMENT_BOX).queryAllAs(SegmentBox.class).stream()
                .filter(box -> box.segment().id().equals(segmentId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no box for " + segmentId));
    }

    /** The gap kinds marked on a segment's box, in order. */
    private static List<GapKind> kinds(FxRobot robot, String segmentId) {
        return robot
                .from(box(robot, segmentId))
                .lookup("." + Styles.GAP_BADGES + " ." + Styles.BADGE)
                .queryAllAs(Label.class)
                .stream()
                .map(label -> (GapKind) label.getUserData())
                .toList();
    }

    /** What a badge says when the pointer rests on it: its tooltip is made when the pointer comes (Badge). */
    private static String said(FxRobot robot, Label badge) {
        robot.moveTo(badge);
        assertThat(badge.getTooltip())
                .as("the tooltip of %s once pointed at", badge.getText())
                .isNotNull();
        return badge.getTooltip().getText();
    }

    private static Label badge(FxRobot robot, String segmentId, GapKind kind) {
        return robot.from(box(robot, segmentId))
                .lookup("." + Styles.badge(kind))
                .queryAs(Label.class);
    }

    private static Label firmLabel(FxRobot robot, String name) {
        return robot.lookup("." + Styles.ENTERPRISE).queryAllAs(Label.class).stream()
                .filter(label -> ((Enterprise) label.getUserData()).name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no enterprise " + name));
    }

    private static List<String> firmBadges(FxRobot robot, String name) {
        return robot.from(firmLabel(robot, name)).lookup("." + Styles.BADGE).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
    }

    private static List<String> gapLines(FxRobot robot) {
        return texts(robot, "#" + DetailsPane.ID + " ." + Styles.GAP_LINE);
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Labeled.class).stream()
                .filter(GapViewTest::shown)
                .map(Labeled::getText)
                .toList();
    }

    /** Whether the node and all around it are visible: not in a tab that is not selected, say. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
