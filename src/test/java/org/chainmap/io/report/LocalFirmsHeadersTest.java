package org.chainmap.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/** The local firms table of a chain's part says what its columns hold: segment names, not their number. */
class LocalFirmsHeadersTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @Test
    void theColumnOfSegmentNamesIsHeadedSo() throws Exception {
        Report report = ReportContent.of(HENGYANG, Locale.CHINESE, "hengyang.json", LocalDate.of(2026, 1, 1));
        Report.Table firms = report.sheets().get(1).tables().stream()
                .filter(table -> "本地企业".equals(table.title()))
                .findFirst()
                .orElseThrow();

        assertThat(firms.headers()).containsExactly("企业", "所属环节", "角色", "标签", "营收", "县市区", "可信度", "引用来源");
        assertThat(firms.rows()).allSatisfy(row -> assertThat(row.get(1)).isInstanceOf(String.class));
        StringWriter markdown = new StringWriter();
        MarkdownReport.write(report, markdown);
        assertThat(markdown.toString()).contains("| 企业 | 所属环节 |");
    }
}
