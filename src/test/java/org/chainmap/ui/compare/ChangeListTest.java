package org.chainmap.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.MapComparer;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.I18n;
import org.chainmap.ui.TestMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rows of the list of changes: a missing segment that got one small local firm is one row, "closed, now weak",
 * not a closed gap and an opened one; a weak segment that lost its last local firm, one row "opened, was weak".
 */
@ExtendWith(ApplicationExtension.class)
class ChangeListTest {

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private static List<String> words(RegionMap older, RegionMap newer, I18n text) {
        ComparedMap compared = ComparedMap.of(MapComparer.compare(older, newer));
        return ChangeList.rows(new Comparing.Shown(compared, "older.json", "", "small.json"), text).stream()
                .map(ChangeList.Row::words)
                .toList();
    }

    private static RegionMap withSmallSteelMaker() {
        RegionMap now = TestMaps.small();
        List<Enterprise> firms = new ArrayList<>(now.enterprises());
        firms.add(Enterprise.of("hy-steel", "衡钢", true, List.of("power.steel")));
        return now.withEnterprises(firms);
    }

    @Test
    void aMissingSegmentThatGotASmallFirmIsOneRowClosedAndNowWeak() {
        List<String> zh = words(TestMaps.small(), withSmallSteelMaker(), I18n.of(I18n.CHINESE));
        assertThat(zh).contains("✓ 缺链补上，现为弱链：取向硅钢", "+ 衡钢");
        assertThat(zh).noneMatch(row -> row.contains("取向硅钢") && row.startsWith("!"));
        List<String> en = words(TestMaps.small(), withSmallSteelMaker(), I18n.of(I18n.ENGLISH));
        assertThat(en).contains("\u2713 Missing closed, now weak: Silicon steel");
        assertThat(en).noneMatch(row -> row.contains("Silicon steel") && row.startsWith("!"));
    }

    /**
     * The grid segment had no local firm, and the transformer makers feed it: missing (缺链) and extend (延链) at once,
     * one segment lacking, seen from itself and from the firms upstream (docs/gaps.md: extend is a missing segment
     * that local output feeds). One small local grid builder came: both closed, and it is weak now. One segment, one
     * row, naming both kinds: not two "now weak" rows.
     */
    @Test
    void aMissingAndExtendSegmentThatGotASmallFirmIsOneRowNamingBoth() {
        RegionMap now = TestMaps.smallWithGridBuilder();
        List<String> zh = words(TestMaps.small(), now, I18n.of(I18n.CHINESE));
        assertThat(zh.stream().filter(row -> row.contains("配电网工程"))).containsExactly("✓ 缺链（延链）补上，现为弱链：配电网工程");
        List<String> en = words(TestMaps.small(), now, I18n.of(I18n.ENGLISH));
        assertThat(en.stream().filter(row -> row.startsWith("\u2713") || row.startsWith("!")))
                .singleElement()
                .satisfies(row -> assertThat(row).startsWith("\u2713 Missing (extend) closed, now weak: "));
    }

    /** The reverse: the grid builder left; one row "opened, was weak", naming both kinds. */
    @Test
    void aWeakSegmentThatLostItsLastFirmAndIsFedIsOneRowNamingBoth() {
        RegionMap before = TestMaps.smallWithGridBuilder();
        List<String> zh = words(before, TestMaps.small(), I18n.of(I18n.CHINESE));
        assertThat(zh.stream().filter(row -> row.contains("配电网工程"))).containsExactly("! 缺链（延链）新出现，原为弱链：配电网工程");
    }

    /** The list alone in a window of the pane's default width, showing a heading and {@code rows}. */
    private static ChangeList shown(FxRobot robot, String... rows) {
        ChangeList[] list = new ChangeList[1];
        robot.interact(() -> {
            list[0] = new ChangeList(row -> {});
            List<ChangeList.Row> all = new ArrayList<>();
            all.add(new ChangeList.Row("电力装备产业链", null, null, null, null));
            for (String row : rows) {
                all.add(new ChangeList.Row(row, "compare-added", "power", null, "power.grid"));
            }
            list[0].show(all);
            Stage stage = new Stage();
            stage.setScene(new Scene(list[0], CompareMode.LIST_WIDTH_DEFAULT, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return list[0];
    }

    /** The cell showing {@code row}, the words it draws, and the height of one line of them. */
    private static void check(ChangeList list, String row, java.util.function.BiConsumer<ListCell<?>, Text> what) {
        ListCell<?> cell = list.lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(c -> row.equals(c.getText()))
                .findFirst()
                .orElseThrow();
        what.accept(cell, (Text) cell.lookup(".text"));
    }

    @Test
    void aLongRowWrapsWholeAtThePanesDefaultWidthInBothLanguages(FxRobot robot) {
        // Was "✓ 缺链（延链）补上，现为弱…", whole only in its tooltip.
        String zh = "✓ 缺链（延链）补上，现为弱链：配电网工程";
        // A Hengyang segment's English name.
        String en = "\u2713 Missing (extend) closed, now weak: Power transformers incl. UHV";
        ChangeList list = shown(robot, zh, en);
        robot.interact(() -> {
            for (String row : List.of(zh, en)) {
                check(list, row, (cell, words) -> {
                    assertThat(words.getText()).as("the words drawn").isEqualTo(row);
                    assertThat(words.getBoundsInParent().getMaxX())
                            .as("the words' right edge")
                            .isLessThanOrEqualTo(list.getWidth());
                    assertThat(cell.getHeight())
                            .as("two lines or more")
                            .isGreaterThan(1.8 * words.getFont().getSize());
                    assertThat(cell.getTooltip().getText()).isEqualTo(row);
                });
            }
        });
    }

    @Test
    void aRowLongerThanThreeLinesEndsInAnEllipsisAndIsWholeInItsTooltip(FxRobot robot) {
        String longRow = "+ 衡阳市特种变压器与电抗器及互感器配套零部件制造有限责任公司第二分公司暨湖南省输变电装备" + "配套零部件工程技术研究中心衡阳基地";
        ChangeList list = shown(robot, longRow);
        robot.interact(() -> check(list, longRow, (cell, words) -> {
            assertThat(words.getText()).as("the words drawn").endsWith("\u2026").isNotEqualTo(longRow);
            assertThat(cell.getHeight())
                    .as("three lines at most")
                    .isLessThan(4 * words.getFont().getSize() * 1.4);
            assertThat(cell.getWidth()).as("the cell's width").isLessThanOrEqualTo(list.getWidth());
            assertThat(cell.getTooltip().getText()).isEqualTo(longRow);
        }));
    }

    @Test
    void aWeakSegmentThatLostItsLastFirmIsOneRowOpenedAndWasWeak() {
        List<String> zh = words(withSmallSteelMaker(), TestMaps.small(), I18n.of(I18n.CHINESE));
        assertThat(zh).contains("! 缺链新出现，原为弱链：取向硅钢");
        assertThat(zh).noneMatch(row -> row.contains("取向硅钢") && row.startsWith("✓"));
    }
}
