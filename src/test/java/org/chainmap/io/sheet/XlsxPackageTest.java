package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package of an {@code .xlsx} as {@link XlsxPackage} reads it with {@code java.util.zip}: relationship targets
 * absolute, relative with {@code ..}, escaped, or in another case than the zip's names lead to the same parts; the
 * content types come from {@code [Content_Types].xml}; a package without them is no workbook.
 */
class XlsxPackageTest {

    @TempDir
    Path dir;

    private Path ledger() throws IOException {
        return Workbooks.xlsx(
                dir.resolve("台账.xlsx"),
                new Workbooks.SheetData(
                        "企业", List.of(new Object[] {"企业名称", "环节"}, new Object[] {"衡阳恒缘电工材料有限公司", "绝缘材料"})),
                new Workbooks.SheetData("供应关系", List.of(new Object[] {"供方", "需方"}, new Object[] {"甲", "乙"})));
    }

    @Test
    void relationshipTargetsAsOtherProgramsWriteThemLeadToTheSameParts() throws Exception {
        Path original = ledger();
        Path written = rewritten(
                original,
                dir.resolve("written.xlsx"),
                Map.of("xl/worksheets/sheet2.xml", "xl/worksheets/第 2 表.xml"),
                rels -> rels.replace("Target=\"worksheets/sheet1.xml\"", "Target=\"/XL/Worksheets/Sheet1.xml\"")
                        .replace(
                                "Target=\"worksheets/sheet2.xml\"",
                                "Target=\"../xl/./worksheets/%E7%AC%AC%202%20%E8%A1%A8.xml\""));
        assertThat(part(written, "xl/_rels/workbook.xml.rels")).contains("/XL/Worksheets/Sheet1.xml", "%20");

        List<Table> tables = XlsxReader.read(written.toFile());

        assertThat(tables).isEqualTo(XlsxReader.read(original.toFile()));
        assertThat(tables).extracting(Table::name).containsExactly("企业", "供应关系");
        assertThat(tables.get(1).rows().get(1).cells()).extracting(Cell::text).containsExactly("甲", "乙");
    }

    @Test
    void targetsResolveFromTheFolderOfThePartThatNamesThem() {
        assertThat(XlsxPackage.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxPackage.resolve("xl/", "/xl/sharedStrings.xml")).isEqualTo("xl/sharedStrings.xml");
        assertThat(XlsxPackage.resolve("xl/worksheets/", "../../docProps/app.xml"))
                .isEqualTo("docProps/app.xml");
        assertThat(XlsxPackage.resolve("", "xl/a%20b+c.xml")).isEqualTo("xl/a b+c.xml");
    }

    @Test
    void aZipWithoutContentTypesIsNoWorkbook() throws Exception {
        Path original = ledger();
        Path bare = rewritten(original, dir.resolve("bare.xlsx"), Map.of("[Content_Types].xml", ""), rels -> rels);

        assertThatThrownBy(() -> WorkbookReader.read(bare.toFile()))
                .isInstanceOfSatisfying(
                        SheetException.class, e -> assertThat(e.reason().text(Locale.ENGLISH))
                                .startsWith("bare.xlsx is not an Excel workbook that can be read"));
    }

    @Test
    void blanksGoAsTheRegularExpressionTookThem() {
        Pattern blanks = Pattern.compile("\\s+");
        for (String text : List.of("", " ", "衡阳 电工", "\t甲\n乙\u000B丙\f丁\r", "a\u00A0b\u3000c", "无空格", "  两端  ")) {
            assertThat(Values.withoutBlanks(text))
                    .as(text)
                    .isEqualTo(blanks.matcher(text).replaceAll(""));
        }
    }

    private static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A copy of {@code source} with parts renamed ({@code old → new}; to {@code ""}: left out) and the workbook's
     * relationships changed.
     */
    private static Path rewritten(
            Path source, Path target, Map<String, String> renamed, java.util.function.UnaryOperator<String> rels)
            throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = renamed.getOrDefault(entry.getName(), entry.getName());
                if (name.isEmpty()) {
                    continue;
                }
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (name.equals("xl/_rels/workbook.xml.rels")) {
                    bytes = rels.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(bytes);
            }
        }
        return target;
    }
}
