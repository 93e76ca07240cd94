package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import says beside its rows (decision 0022): new firms found local or external by the division code
 * in their credit code, a warning when every new firm was taken as local, the ids of new chains, firms in no
 * segment, a missing column named in the user's language; and several files weighed as one import.
 */
class ImportNotesTest {

    private static final String INSIDE = Workbooks.code("91430481MA4L1234X");
    private static final String OUTSIDE = Workbooks.code("91440300MA5D1234X");

    private static final RegionMap HENGYANG = LedgerImportTest.HENGYANG;

    @TempDir
    Path dir;

    private ImportPreview preview(RegionMap map, String csv) throws Exception {
        Path file = dir.resolve("firms.csv");
        Files.writeString(file, csv);
        return Importer.preview(map, file, ImportOptions.DEFAULTS);
    }

    private static Enterprise firm(ImportPreview preview, String name) {
        return preview.incoming().enterprises().stream()
                .filter(firm -> firm.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> notes(ImportPreview preview) {
        return preview.notes().messages().stream()
                .map(message -> message.text(Locale.CHINESE))
                .toList();
    }

    @Test
    void aNewFirmIsLocalWhenItsCodeWasRegisteredInsideTheRegion() throws Exception {
        ImportPreview preview =
                preview(HENGYANG, "企业名称,统一社会信用代码\n耒阳新材料有限公司," + INSIDE + "\n深圳某电子有限公司," + OUTSIDE + "\n");

        assertThat(firm(preview, "耒阳新材料有限公司").local()).isTrue();
        assertThat(firm(preview, "深圳某电子有限公司").local()).isFalse();
        assertThat(preview.rows())
                .flatExtracting(RowOutcome::remarks)
                .extracting(remark -> remark.message().key())
                .containsExactly("row.localByCode", "row.externalByCode");
        assertThat(preview.notes().localByCode()).containsExactly("耒阳新材料有限公司");
        assertThat(preview.notes().externalByCode()).containsExactly("深圳某电子有限公司");
        assertThat(notes(preview)).contains("按统一社会信用代码中的登记机关区划（本地区430400）判断：新企业中本地1家，外地1家。");
        assertThat(preview.notes().allAssumedLocal()).isFalse();
    }

    @Test
    void aFirmOfTheMapKeepsItsLocalAndAGivenLocalWins() throws Exception {
        Enterprise tbea = HENGYANG.enterprises().stream()
                .filter(Enterprise::local)
                .findFirst()
                .orElseThrow();
        ImportPreview preview =
                preview(HENGYANG, "企业名称,统一社会信用代码,是否本地\n" + tbea.name() + ",,\n广州某公司," + INSIDE + ",否\n");

        assertThat(preview.rows().get(0).action()).isEqualTo(RowOutcome.Action.UNCHANGED);
        assertThat(firm(preview, "广州某公司").local()).isFalse();
        assertThat(preview.notes().localByCode()).isEmpty();
    }

    @Test
    void withNeitherAColumnNorARegionCodeEveryFirmIsTakenAsLocalAndThePreviewSaysSo() throws Exception {
        RegionMap noCode = RegionMap.empty(Region.of("某市", null));
        ImportPreview preview = preview(noCode, "企业名称,统一社会信用代码\n甲公司," + INSIDE + "\n乙公司,\n");

        assertThat(preview.notes().allAssumedLocal()).isTrue();
        assertThat(notes(preview))
                .anySatisfy(
                        note -> assertThat(note).startsWith("全部2家新企业都按本地企业导入").contains("图谱的地区没有行政区划代码", "找不到任何招商候选"));
    }

    @Test
    void newChainsAreNamedWithTheirIdsAndFirmsInNoSegmentAreListed() throws Exception {
        RegionMap empty = RegionMap.empty(HENGYANG.region());
        Path segments = Files.writeString(dir.resolve("segments.csv"), "所属产业链,环节名称,阶段\n轮胎产业链,橡胶,上游\n");
        Path firms = Files.writeString(dir.resolve("firms.csv"), "企业名称,环节,是否本地\n衡阳轮胎有限公司,橡胶,是\n某贸易公司,,是\n");

        ImportPreview preview = Importer.preview(empty, List.of(segments, firms), ImportOptions.DEFAULTS);

        assertThat(preview.source()).isEqualTo("segments.csv, firms.csv");
        assertThat(preview.notes().newChains()).containsExactly(new ImportNotes.NewChain("chain-1", "轮胎产业链"));
        assertThat(preview.notes().unplaced()).containsExactly("某贸易公司");
        assertThat(notes(preview))
                .contains(
                        "新增产业链“轮胎产业链”，编号 chain-1（导出时用 export --chain chain-1）。",
                        "1家企业不在任何环节，不会出现在任何产业链上，也不计入任何缺口：某贸易公司");
        assertThat(firm(preview, "衡阳轮胎有限公司").segments()).hasSize(1);
        assertThat(preview.hasRefusals()).isFalse();
    }

    @Test
    void aMissingColumnIsNamedInTheUsersLanguage() throws Exception {
        Path segments = Files.writeString(dir.resolve("segments.csv"), "所属产业链,环节名称\n轮胎产业链,橡胶\n");

        ImportPreview preview = Importer.preview(HENGYANG, segments, ImportOptions.DEFAULTS);

        assertThat(preview.rows().get(0).reasons())
                .extracting(reason -> reason.describe(Locale.CHINESE))
                .containsExactly("表中没有“阶段”列，本行必须填写它。");
        assertThat(preview.rows().get(0).reasons())
                .extracting(reason -> reason.describe(Locale.ENGLISH))
                .containsExactly("The sheet has no column \"stage\"; the row needs it.");
    }
}
