package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.edit.Description;
import org.chainmap.edit.History;
import org.chainmap.edit.Merge;
import org.chainmap.model.Chain;
import org.chainmap.model.MapValidator;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The template workbook: its sheets, headers, examples and drop-downs in each language; and the round trip
 * of the Hengyang map through it into an empty map, which gives the same firms and links back.
 */
class TemplateTest {

    private static final RegionMap HENGYANG = LedgerImportTest.HENGYANG;

    @TempDir
    Path dir;

    private Path template(RegionMap map, Locale locale) throws Exception {
        Path file = dir.resolve("template-" + locale.getLanguage() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (map == null) {
                TemplateWriter.write(out, locale);
            } else {
                TemplateWriter.write(map, out, locale);
            }
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theEmptyTemplateHasHeadersAnExampleAndDropDowns(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Path file = template(null, locale);

        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(workbook.isSheetHidden(5)).isTrue();
            for (int i = 0; i < 5; i++) {
                SheetKind kind = TemplateWriter.ORDER.get(i);
                Sheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getSheetName()).isEqualTo(kind.in(locale));
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
                        .startsWith(kind.columns().get(1).in(locale));
                assertThat(sheet.getRow(0).getLastCellNum())
                        .isEqualTo((short) kind.columns().size());
                if (kind == SheetKind.MAPPING) {
                    // The mapping sheet has no 编号 to mark an example: it starts empty (decision 0031).
                    assertThat(sheet.getRow(1)).isNull();
                } else {
                    assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isIn("示例", "example");
                }
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                if (kind != SheetKind.MAPPING) { // its drop-downs offer a map's chains and segments
                    assertThat(sheet.getDataValidations()).isNotEmpty();
                }
            }
            Sheet firms = workbook.getSheetAt(0);
            assertThat(firms.getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo(language.equals("zh") ? "企业名称*" : "name*");
            assertThat(firms.getRow(1).getCell(2).getStringCellValue()).isEqualTo(TemplateExamples.CODE);
        }

        ImportPreview preview = Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);
        assertThat(preview.sheets()).hasSize(5).allSatisfy(sheet -> {
            assertThat(sheet.read()).isTrue();
            assertThat(sheet.exampleRows()).isEqualTo(sheet.headers().kind() == SheetKind.MAPPING ? 0 : 1);
            assertThat(sheet.headers().unknownHeaders()).isEmpty();
        });
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void theExampleRowsAreRowsAnImportTakes() throws Exception {
        Path file = template(null, Locale.CHINESE);
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = new XSSFWorkbook(in)) {
            for (int i = 0; i < 5; i++) {
                if (TemplateWriter.ORDER.get(i) != SheetKind.MAPPING) {
                    workbook.getSheetAt(i).getRow(1).getCell(0).setBlank();
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        ImportPreview preview = Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);
        assertThat(preview.rows()).hasSize(4).noneMatch(row -> row.action() == RowOutcome.Action.REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theHengyangMapComesBackThroughTheTemplate(String language) throws Exception {
        Path file = template(HENGYANG, Locale.forLanguageTag(language));
        RegionMap empty = RegionMap.empty(HENGYANG.region());

        ImportPreview preview = Importer.preview(empty, file, ImportOptions.DEFAULTS);
        assertThat(preview.rows())
                .flatExtracting(RowOutcome::problems)
                .extracting(problem -> problem.message().key())
                .containsOnly("row.newChain")
                .hasSize(HENGYANG.chains().size());
        History history = new History(empty);
        history.perform(Merge.of(empty, preview.incoming(), Description.of("import.apply", 1, "x")));
        RegionMap back = history.map();

        assertThat(MapValidator.hasErrors(MapValidator.validate(back))).isFalse();
        // Everything but the citations, which a ledger has no column for (docs/format.md): an import into the
        // map itself keeps them (below, no change).
        assertThat(back.enterprises())
                .usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(".*provenance\\.cites")
                .isEqualTo(HENGYANG.enterprises());
        assertThat(back.links())
                .usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(".*provenance\\.cites")
                .isEqualTo(HENGYANG.links());
        assertThat(back.chains())
                .extracting(Chain::id)
                .isEqualTo(HENGYANG.chains().stream().map(Chain::id).toList());
        for (int i = 0; i < HENGYANG.chains().size(); i++) {
            assertThat(back.chains().get(i).segments())
                    .usingRecursiveComparison()
                    .ignoringFieldsMatchingRegexes(".*provenance\\.cites")
                    .isEqualTo(HENGYANG.chains().get(i).segments());
            assertThat(back.chains().get(i).lists().items())
                    .usingRecursiveComparison()
                    .ignoringFieldsMatchingRegexes(".*provenance\\.cites")
                    .isEqualTo(HENGYANG.chains().get(i).lists().items());
        }
        assertThat(back.enterprises())
                .noneMatch(firm -> !firm.provenance().cites().isEmpty());

        ImportPreview again = Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);
        assertThat(again.changes())
                .as("the map's own data changes nothing in it")
                .isZero();
        assertThat(again.count(RowOutcome.Action.UNCHANGED))
                .isEqualTo(again.rows().size());
    }

    @Test
    void widthsCountChineseCharactersTwice() {
        assertThat(Sheets.displayWidth("abc")).isEqualTo(3);
        assertThat(Sheets.displayWidth("企业名称")).isEqualTo(8);
        assertThat(Sheets.displayWidth("营收（元）")).isEqualTo(10);
        assertThat(Sheets.displayWidth("a\n企业")).isEqualTo(4);
        assertThat(List.of()).isEmpty();
    }

    /** A disk that fills up after {@code room} bytes. */
    private static OutputStream fullAfter(int room) {
        return new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (written++ >= room) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, 3000, 8000})
    void aFullDiskIsAnIoFailureNotPoisOwnException(int room) {
        // POI turns the stream's failure into a runtime exception of its own, often without the cause; the
        // command line then printed "unexpected error" with POI's internals instead of "cannot write".
        assertThatThrownBy(() -> TemplateWriter.write(HENGYANG, fullAfter(room), Locale.ENGLISH))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("No space left on device");
        assertThatThrownBy(() -> TemplateWriter.write(fullAfter(room), Locale.ENGLISH))
                .isExactlyInstanceOf(IOException.class);
    }
}
