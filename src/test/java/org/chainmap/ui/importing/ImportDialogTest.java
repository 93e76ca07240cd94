package org.chainmap.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.chainmap.io.sheet.CsvEncoding;
import org.chainmap.io.sheet.RowOutcome;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.AppData;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.MemoryPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Import… in the real window: the preview lists every row and changes nothing; the encoding can be
 * chosen; Apply makes one change that one Undo takes back; Cancel leaves the map as it was.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    static final String LEDGER = String.join(
            "\r\n",
            "序号,企业名称,所属产业链,环节,是否本地,营收（万元）,核实日期,联系人",
            "1,衡阳恒缘电工材料有限公司,新型能源及电力装备产业链,绝缘材料,是,\"1,200\",2024/5/31,张三",
            "2,特变电工衡阳变压器有限公司,,电力变压器（含特高压）、换流变压器,是,1500000,2024年6月1日,",
            "3,湖南恒远线缆有限公司,,超导电缆,是,,,",
            "");

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainWindow window;
    private javafx.stage.Stage stage;
    private Path ledger;

    @Start
    void start(javafx.stage.Stage primary) throws Exception {
        stage = new javafx.stage.Stage();
        Path map = Files.copy(
                Path.of("maps/hengyang.json"), dir.resolve("hengyang.json"), StandardCopyOption.REPLACE_EXISTING);
        ledger = Files.write(dir.resolve("台账.csv"), LEDGER.getBytes(Charset.forName("GBK")));
        model = new MainViewModel(I18n.CHINESE);
        window = new MainWindow(
                stage,
                model,
                new AppData(new MemoryPreferences(), new org.chainmap.io.RecoveryStore(dir.resolve("recovery"))));
        window.show();
        window.openAtStartup(map);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void openPreview(FxRobot robot) {
        robot.interact(
                () -> SpreadsheetItems.addTo(new Menu(), () -> stage, model).importFile(ledger));
        // The file is read in the background; the preview opens when it is read.
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(
                    30,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#" + ImportDialog.COUNTS_ID).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no preview after 30 s", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFileMenuHasTheSpreadsheetItems(FxRobot robot) {
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        assertThat(file.getItems())
                .extracting(MenuItem::getId)
                .containsSubsequence(
                        "menuExportPicture",
                        SpreadsheetItems.REPORT_ID,
                        SpreadsheetItems.IMPORT_ID,
                        SpreadsheetItems.TEMPLATE_ID);
        assertThat(file.getItems().stream()
                        .filter(item -> SpreadsheetItems.IMPORT_ID.equals(item.getId()))
                        .findFirst()
                        .orElseThrow()
                        .getText())
                .isEqualTo("从表格导入…");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreviewChangesNothingAndApplyIsOneUndoableChange(FxRobot robot) {
        RegionMap before = model.map().orElseThrow();
        openPreview(robot);

        assertThat(robot.lookup("#" + ImportDialog.COUNTS_ID)
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("新增1行，更新1行，无变化0行，无法导入1行（不导入）");
        TableView<RowOutcome> rows = robot.lookup("#" + ImportDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(rows.getItems()).extracting(RowOutcome::row).containsExactly(2, 3, 4);
        ChoiceBox<CsvEncoding> encoding =
                robot.lookup("#" + ImportDialog.ENCODING_ID).queryAs(ChoiceBox.class);
        assertThat(encoding.isVisible()).isTrue();
        assertThat(model.map().orElseThrow()).isSameAs(before);

        robot.interact(() -> encoding.setValue(CsvEncoding.UTF_8));
        assertThat(rows.getItems()).isEmpty();
        robot.interact(() -> encoding.setValue(CsvEncoding.GB18030));
        assertThat(rows.getItems()).hasSize(3);

        robot.clickOn("#" + ImportDialog.APPLY_ID);

        RegionMap after = model.map().orElseThrow();
        assertThat(after.enterprises()).hasSize(before.enterprises().size() + 1);
        assertThat(after.enterprise("tbea-hy").orElseThrow().revenue()).isEqualTo(15_000_000_000L);
        assertThat(model.edits().isDirty()).isTrue();
        robot.interact(model::undo);
        assertThat(model.map().orElseThrow()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLedgerOf24RowsShowsAtLeast10RowsAndEveryColumnHeadingWhole(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("企业名称,所属产业链,环节,是否本地\r\n");
        for (int i = 1; i <= 24; i++) {
            csv.append("衡阳测试企业").append(i).append("有限公司,新型能源及电力装备产业链,绝缘材料,是\r\n");
        }
        Files.write(ledger, csv.toString().getBytes(Charset.forName("GBK")));
        openPreview(robot);

        TableView<RowOutcome> rows = robot.lookup("#" + ImportDialog.TABLE_ID).queryAs(TableView.class);
        assertThat(rows.getItems()).hasSize(24);
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) rows.lookup(".virtual-flow");
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        // The last cell in view may be cut by the table's bottom: at least ten whole rows above it.
        assertThat(last - first).as("rows in view: %d to %d", first, last).isGreaterThanOrEqualTo(10);
        var headings = robot.from(rows).lookup(".column-header .label").queryAllAs(Label.class);
        assertThat(headings).hasSize(rows.getColumns().size());
        for (Label heading : headings) {
            var shown = (javafx.scene.text.Text) heading.lookup(".text");
            assertThat(shown.getText()).as("the heading %s", heading.getText()).isEqualTo(heading.getText());
        }
    }

    @Test
    void thePreviewSaysWhichRulePlacedAFirmAndWhichItCouldNot(FxRobot robot) throws Exception {
        // Hengyang's 绝缘材料 alone lists C3834; four segments of the power chain list C3821 (decision 0031).
        Files.write(ledger, "企业名称,行业代码\r\n衡阳新绝缘材料有限公司,3834\r\n衡阳新变压器有限公司,C3821\r\n".getBytes(Charset.forName("GBK")));
        openPreview(robot);

        assertThat(robot.lookup("#" + ImportDialog.COUNTS_ID)
                        .queryAs(Label.class)
                        .getText())
                .contains("按环节映射归入环节的企业：按产品0家，按行业代码1家（各行写明依据）。")
                .contains("1家企业不在任何环节");
        assertThat(robot.lookup(node -> node instanceof javafx.scene.text.Text text
                                && text.getText().contains("由行业代码 3834 归入环节“绝缘材料”（该环节列有 C3834）。"))
                        .tryQuery())
                .isPresent();
        assertThat(robot.lookup(node -> node instanceof javafx.scene.text.Text text
                                && text.getText().contains("行业代码 C3821 匹配 C3821，而多个环节都列有它"))
                        .tryQuery())
                .isPresent();
    }

    @Test
    void cancelChangesNothing(FxRobot robot) {
        RegionMap before = model.map().orElseThrow();
        openPreview(robot);
        robot.clickOn("取消");
        assertThat(model.map().orElseThrow()).isSameAs(before);
        assertThat(model.edits().isDirty()).isFalse();
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithTheReasonAndTheMapIsUntouched(FxRobot robot) throws Exception {
        RegionMap before = model.map().orElseThrow();
        Path notASheet = Files.write(dir.resolve("企业.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        robot.interact(
                () -> SpreadsheetItems.addTo(new Menu(), () -> stage, model).importFile(notASheet));
        org.testfx.util.WaitForAsyncUtils.waitFor(
                30, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                        .match((javafx.scene.control.DialogPane pane) -> "无法导入".equals(pane.getHeaderText()))
                        .tryQuery()
                        .isPresent());
        javafx.scene.control.DialogPane refusal = robot.lookup(".dialog-pane")
                .match((javafx.scene.control.DialogPane pane) -> "无法导入".equals(pane.getHeaderText()))
                .query();
        assertThat(refusal.getContentText()).contains("不是可读取的 Excel 工作簿");
        assertThat(robot.lookup("#" + ImportDialog.COUNTS_ID).tryQuery())
                .as("no preview")
                .isEmpty();
        assertThat(model.map().orElseThrow()).isSameAs(before);
    }

    @Test
    void theReportIsWrittenInTheBackgroundAndAnnounced(FxRobot robot) throws Exception {
        Path report = dir.resolve("报告.xlsx");
        robot.interact(
                () -> SpreadsheetItems.addTo(new Menu(), () -> stage, model).writeReport(report));
        org.testfx.util.WaitForAsyncUtils.waitFor(
                60,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> model.statusProperty().get().contains("报告.xlsx"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(report.toFile())) {
            assertThat(workbook.getNumberOfSheets())
                    .isGreaterThan(model.map().orElseThrow().chains().size());
        }
    }
}
