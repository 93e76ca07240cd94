package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.edit.Description;
import org.chainmap.edit.Merge;
import org.chainmap.io.MapReader;
import org.chainmap.io.MapWriter;
import org.chainmap.io.sheet.RowOutcome.Action;
import org.chainmap.model.Enterprise;
import org.chainmap.model.MapValidator;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A firm's industry code (行业代码) from a ledger is kept on the firm: in the map file, in the template's firms sheet
 * and back through an import, where a changed code is an update the preview shows.
 */
class FirmIndustryCodeTest {

    private static final RegionMap HENGYANG = LedgerImportTest.HENGYANG;
    private static final String NAME = "衡阳示例变压器有限公司";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "3821, C3821",
        "c3821, C3821",
        "'C3821 变压器、整流器和电感器制造', C3821",
        "4416, D4416",
        "0511, A0511",
        "7452, M7452",
        "9700, T9700",
        "38, C38",
        "9800, ",
        "变压器, "
    })
    void aLedgersCodeIsKeptWithItsSectionLetter(String text, String kept) {
        assertThat(IndustryCodes.forFirm(text)).isEqualTo(kept);
    }

    private RegionMap imported(RegionMap map, Path file) throws Exception {
        ImportPreview preview = Importer.preview(map, file, ImportOptions.DEFAULTS);
        assertThat(preview.hasRefusals()).isFalse();
        return Merge.of(map, preview.incoming(), Description.of("import.apply", 1, "x"))
                .plan(map)
                .applyTo(map);
    }

    private Path ledger(String name, String code) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(
                file,
                "企业名称,所属产业链,环节,是否本地,行业代码\n" + NAME + ",新型能源及电力装备产业链,电力变压器（含特高压）,是," + code + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theCodeIsKeptInTheMapAndComesBackThroughTheTemplate() throws Exception {
        RegionMap after = imported(HENGYANG, ledger("firms.csv", "3821"));
        Enterprise firm = after.enterprises().stream()
                .filter(f -> f.name().equals(NAME))
                .findFirst()
                .orElseThrow();
        assertThat(firm.industryCode()).isEqualTo("C3821");
        assertThat(MapValidator.validate(after))
                .noneMatch(problem -> problem.path().contains("industryCode"));

        String json = new String(MapWriter.toBytes(after), StandardCharsets.UTF_8);
        assertThat(json).contains("\"industryCode\"").contains("\"C3821\"");
        RegionMap read = MapReader.read(MapWriter.toBytes(after)).map().orElseThrow();
        assertThat(read.enterprise(firm.id()).orElseThrow().industryCode()).isEqualTo("C3821");
        assertThat(read.enterprise(firm.id()).orElseThrow().extra()).isEqualTo(firm.extra());

        Path template = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            TemplateWriter.write(after, out, Locale.CHINESE);
        }
        ImportPreview same = Importer.preview(after, template, ImportOptions.DEFAULTS);
        assertThat(same.changes()).isZero();
        RegionMap fromEmpty = imported(RegionMap.empty(after.region()), template);
        assertThat(fromEmpty.enterprise(firm.id()).orElseThrow().industryCode()).isEqualTo("C3821");
    }

    @Test
    void aChangedCodeIsAnUpdateTheListsShowAndNoCodeKeepsTheOldOne() throws Exception {
        RegionMap after = imported(HENGYANG, ledger("firms.csv", "C3821"));

        ImportPreview changed = Importer.preview(after, ledger("changed.csv", "C3823"), ImportOptions.DEFAULTS);
        RowOutcome row = changed.rows().get(0);
        assertThat(row.action()).isEqualTo(Action.UPDATE);
        assertThat(row.changes())
                .extracting(
                        RowOutcome.FieldChange::column, RowOutcome.FieldChange::before, RowOutcome.FieldChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Column.FIRM_INDUSTRY_CODE, "C3821", "C3823"));

        ImportPreview none = Importer.preview(after, ledger("none.csv", ""), ImportOptions.DEFAULTS);
        assertThat(none.rows().get(0).action()).isEqualTo(Action.UNCHANGED);
        assertThat(List.of(none.changes())).containsExactly(0);
    }
}
