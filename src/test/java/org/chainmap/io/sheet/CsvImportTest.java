package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainmap.io.sheet.RowOutcome.Action;
import org.chainmap.model.Enterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CSV files as Excel and WPS save them: UTF-8 with a byte-order mark ("CSV UTF-8"), GBK on a Chinese Windows,
 * plain UTF-8 from scripts; Chinese or English headers. The encoding is found from the bytes, and can be
 * given instead.
 */
class CsvImportTest {

    @TempDir
    Path dir;

    static final List<Object[]> CHINESE = List.of(
            new Object[] {"企业名称", "所属产业链", "环节", "是否本地", "标签", "营收（万元）", "主要产品"},
            new Object[] {"衡阳恒缘电工材料有限公司", "新型能源及电力装备产业链", "绝缘材料", "是", "规上，专精特新", "1,200", "绝缘纸板、云母带"},
            new Object[] {"江西铜业股份有限公司", "有色金属及合金新材料", "铜冶炼（阴极铜）", "否", "", "", "阴极铜"});

    static final List<Object[]> ENGLISH = List.of(
            new Object[] {"Name", "Chain", "Segment", "Local", "Tags", "Revenue (万元)", "Products"},
            new Object[] {"衡阳恒缘电工材料有限公司", "power", "power.insulation", "yes", "规上; 专精特新", "1200", "绝缘纸板, 云母带"},
            new Object[] {"江西铜业股份有限公司", "Non-ferrous Metals & Alloy New Materials", "铜冶炼（阴极铜）", "no", "", "", "阴极铜"});

    @ParameterizedTest
    @CsvSource({
        "UTF-8, false, chinese, UTF_8",
        "UTF-8, true, chinese, UTF_8",
        "GBK, false, chinese, GB18030",
        "GB18030, false, english, GB18030",
        "UTF-8, true, english, UTF_8",
    })
    void encodingsAndHeadersAreFoundOut(String charset, boolean bom, String headers, CsvEncoding found)
            throws Exception {
        Path file =
                Workbooks.csv(dir.resolve("firms.csv"), charset, bom, headers.equals("chinese") ? CHINESE : ENGLISH);

        ImportPreview preview = Importer.preview(LedgerImportTest.HENGYANG, file, ImportOptions.DEFAULTS);

        assertThat(preview.file().workbook()).isFalse();
        assertThat(preview.file().encoding()).isEqualTo(found);
        assertThat(preview.file().bom()).isEqualTo(bom);
        assertThat(preview.rows()).extracting(RowOutcome::action).containsExactly(Action.ADD, Action.ADD);
        Enterprise hengyuan = preview.incoming().enterprises().get(0);
        assertThat(hengyuan.name()).isEqualTo("衡阳恒缘电工材料有限公司");
        assertThat(hengyuan.segments()).containsExactly("power.insulation");
        assertThat(hengyuan.tags()).containsExactly("规上", "专精特新");
        assertThat(hengyuan.revenue()).isEqualTo(12_000_000L);
        assertThat(hengyuan.products()).containsExactly("绝缘纸板", "云母带");
        Enterprise jiangxi = preview.incoming().enterprises().get(1);
        assertThat(jiangxi.local()).isFalse();
        assertThat(jiangxi.segments()).containsExactly("nonferrous.copper-smelting");
    }

    @Test
    void aWrongEncodingGivenByHandFindsNoHeaders() throws Exception {
        Path file = Workbooks.csv(dir.resolve("gbk.csv"), "GBK", false, CHINESE);

        ImportPreview forced = Importer.preview(
                LedgerImportTest.HENGYANG, file, ImportOptions.DEFAULTS.withEncoding(CsvEncoding.UTF_8));
        assertThat(forced.sheets().get(0).read()).isFalse();
        assertThat(forced.file().undecodable()).isPositive();

        ImportPreview right = Importer.preview(
                LedgerImportTest.HENGYANG, file, ImportOptions.DEFAULTS.withEncoding(CsvEncoding.GB18030));
        assertThat(right.rows()).hasSize(2);
        assertThat(right.file().undecodable()).isZero();
    }

    @Test
    void tabsAndSemicolonsSeparateToo() throws Exception {
        Path file = dir.resolve("firms.txt");
        Files.writeString(file, "企业名称\t环节\n衡阳恒缘电工材料有限公司\t绝缘材料\n");
        assertThat(Importer.preview(LedgerImportTest.HENGYANG, file, ImportOptions.DEFAULTS)
                        .rows())
                .extracting(RowOutcome::action)
                .containsExactly(Action.ADD);
        Files.writeString(file, "name;segment\n衡阳恒缘电工材料有限公司;绝缘材料\n");
        assertThat(Importer.preview(LedgerImportTest.HENGYANG, file, ImportOptions.DEFAULTS)
                        .rows())
                .extracting(RowOutcome::action)
                .containsExactly(Action.ADD);
    }

    @Test
    void aQuotedCellMayHoldCommasAndLineBreaks() throws Exception {
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, "企业名称,主要产品,环节\n衡阳恒缘电工材料有限公司,\"绝缘纸板,\n云母带\",绝缘材料\n金杯电工衡阳电缆有限公司,,\n");
        ImportPreview preview = Importer.preview(LedgerImportTest.HENGYANG, file, ImportOptions.DEFAULTS);
        assertThat(preview.rows()).extracting(RowOutcome::row).containsExactly(2, 3);
        assertThat(preview.incoming().enterprises().get(0).products()).containsExactly("绝缘纸板", "云母带");
    }
}
