package org.chainmap.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/** The content of a report and the details of its writers: names, escapes, the parts in order. */
class ReportContentTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    private static Report report(Locale locale) {
        return ReportContent.of(HENGYANG, locale, "hengyang.json", LocalDate.of(2026, 11, 27));
    }

    @Test
    void theReportHasASummaryAPartPerChainAndTheLists() {
        Report report = report(Locale.CHINESE);
        assertThat(report.title()).isEqualTo("衡阳市产业链缺口分析报告");
        assertThat(report.subtitle()).isEqualTo("数据：hengyang.json。由 ChainMap 生成于 2026-11-27。");
        // The summary, a part per chain, the five lists, and the sources the map cites.
        assertThat(report.sheets()).hasSize(HENGYANG.chains().size() + 3);
        assertThat(report.sheets().get(0).name()).isEqualTo("汇总");
        assertThat(report.sheets().get(1).tables())
                .extracting(Report.Table::title)
                .containsExactly(null, "环节", "本地企业", "缺口", "招商目标（排序）");
        assertThat(report.sheets()
                        .get(report.sheets().size() - 2)
                        .tables()
                        .get(0)
                        .rows())
                .hasSize(HENGYANG.chains().stream()
                        .mapToInt(chain -> chain.lists().all().size())
                        .sum());
        Report.Sheet sources = report.sheets().get(report.sheets().size() - 1);
        assertThat(sources.name()).isEqualTo("来源");
        assertThat(sources.tables().get(0).rows()).hasSize(HENGYANG.sources().size());
        assertThat(sources.tables().get(0).rows().get(0).get(0)).isEqualTo(new Report.Anchor("A1"));
        Report.Table summary = report.sheets().get(0).tables().get(0);
        List<Object> total = summary.rows().get(summary.rows().size() - 1);
        assertThat(total.get(1)).isEqualTo("合计");
        assertThat(total.get(3))
                .isEqualTo(HENGYANG.chains().stream()
                        .mapToInt(chain -> chain.segments().size())
                        .sum())
                .isEqualTo(102);
        assertThat(summary.rows())
                .allSatisfy(row -> assertThat(row).hasSize(summary.headers().size()));
    }

    @Test
    void everyWriterWritesEveryPart() throws Exception {
        Report report = report(Locale.ENGLISH);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ExcelReport.write(report, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(report.sheets().size());
            assertThat(workbook.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
        }
        StringWriter markdown = new StringWriter();
        MarkdownReport.write(report, markdown);
        StringWriter html = new StringWriter();
        HtmlReport.write(report, html, Locale.ENGLISH);
        for (Report.Sheet sheet : report.sheets()) {
            assertThat(markdown.toString()).contains("## " + MarkdownReport.inline(sheet.title()));
            assertThat(html.toString()).contains(HtmlReport.escape(sheet.title()));
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() {
        Set<String> taken = new HashSet<>();
        assertThat(ExcelReport.uniqueName("汇总", taken)).isEqualTo("汇总");
        assertThat(ExcelReport.uniqueName("汇总", taken)).isEqualTo("汇总 (2)");
        assertThat(ExcelReport.uniqueName("a/b:c", taken)).isEqualTo("a b c");
        assertThat(ExcelReport.uniqueName("x".repeat(40), taken)).hasSize(31);
    }

    @Test
    void textIsEscapedForEachFormat() throws Exception {
        Report report = new Report(
                "a <b> & \"c\"",
                "s",
                List.of(new Report.Sheet(
                        "n",
                        "t",
                        List.of(new Report.Table(
                                null, List.of("h"), List.of(List.of("x | y\nz"), java.util.Arrays.asList((Object)
                                        null)))),
                        0)));
        StringWriter markdown = new StringWriter();
        MarkdownReport.write(report, markdown);
        assertThat(markdown.toString()).contains("| x \\| y<br>z |").contains("|  |");
        StringWriter html = new StringWriter();
        HtmlReport.write(report, html, Locale.CHINESE);
        assertThat(html.toString())
                .contains("<html lang=\"zh-CN\">")
                .contains("<title>a &lt;b&gt; &amp; &quot;c&quot;</title>");
    }
}
