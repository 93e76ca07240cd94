package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.chainmap.edit.Compound;
import org.chainmap.edit.Description;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.Merge;
import org.chainmap.edit.PutEnterprises;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are refused whole, each with a message a person can act on: too large (refused by its size, before
 * it is read), not a spreadsheet, a zip bomb, a CSV cut off in a quote, an empty file. And the rule that an
 * import is all or nothing.
 */
class BadFilesTest {

    private static final RegionMap HENGYANG = LedgerImportTest.HENGYANG;

    @TempDir
    Path dir;

    private String refusal(Path file) {
        try {
            Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);
        } catch (SheetException e) {
            return e.reason().text(Locale.CHINESE);
        }
        throw new AssertionError(file + " was not refused");
    }

    @Test
    void a200MegabyteFileIsRefusedByItsSizeBeforeItIsRead() throws Exception {
        Path file = dir.resolve("全市企业.xlsx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L << 20); // sparse: nothing is written, and nothing must be read
        }
        long start = System.nanoTime();
        assertThat(refusal(file)).isEqualTo("全市企业.xlsx 大小为200.0 MB，ChainMap 只导入不超过32.0 MB 的表格。请拆分文件，或去掉图片和格式后另存。");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path renamed = Files.write(dir.resolve("台账.xlsx"), png);
        assertThat(refusal(renamed)).startsWith("台账.xlsx 不是可读取的 Excel 工作簿");
        Path asCsv = Files.write(dir.resolve("台账.csv"), png);
        assertThat(refusal(asCsv)).isEqualTo("台账.csv 不是表格：既不是 Excel 工作簿，也不是 CSV 文本文件。");
        Path zip = dir.resolve("notes.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(zip)).startsWith("notes.xlsx 不是可读取的 Excel 工作簿");
        assertThat(refusal(Files.write(dir.resolve("空.csv"), new byte[0]))).isEqualTo("空.csv 是空文件。");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsExpanded() throws Exception {
        Path real = Workbooks.xlsx(
                dir.resolve("real.xlsx"),
                new Workbooks.SheetData(
                        "企业", List.of(new Object[] {"企业名称", "环节"}, new Object[] {"衡阳恒缘电工材料有限公司", "绝缘材料"})));
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile source = new ZipFile(real.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    padding(out, 64 << 20); // blanks between elements: 64 MiB that pack into a few dozen KiB
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(bytes);
                }
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThat(refusal(bomb)).startsWith("已拒绝 bomb.xlsx：其中一部分解压后会超过压缩大小的100倍");
        assertThat(Importer.preview(HENGYANG, real, ImportOptions.DEFAULTS).changes())
                .isEqualTo(1);
    }

    private static void padding(OutputStream out, int size) throws java.io.IOException {
        byte[] blanks = new byte[1 << 16];
        java.util.Arrays.fill(blanks, (byte) ' ');
        for (int written = 0; written < size; written += blanks.length) {
            out.write(blanks);
        }
    }

    @Test
    void aPartThatDeclaresADocumentTypeIsRefusedByName() throws Exception {
        Path real = Workbooks.xlsx(
                dir.resolve("real.xlsx"),
                new Workbooks.SheetData(
                        "企业", List.of(new Object[] {"企业名称", "环节"}, new Object[] {"衡阳恒缘电工材料有限公司", "绝缘材料"})));
        String doctype = "<!DOCTYPE t [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/worksheets/sheet1.xml")) {
            Path hostile = dir.resolve("xxe.xlsx");
            try (ZipFile source = new ZipFile(real.toFile());
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(hostile))) {
                Enumeration<? extends ZipEntry> entries = source.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    String xml = new String(source.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    if (entry.getName().equals(part)) {
                        int root = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                        xml = xml.substring(0, root) + "\n<!-- a comment -->" + doctype + xml.substring(root);
                    }
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                }
            }
            assertThat(refusal(hostile))
                    .as(part)
                    .isEqualTo("已拒绝 xxe.xlsx：其中的 " + part
                            + " 声明了文档类型（<!DOCTYPE …>），Excel 和 WPS 从不写入这种声明，它可能让读取程序打开其他文件。请用 Excel 或 WPS 重新保存。");
        }
        // The words, not the declaration: a cell may say <!DOCTYPE.
        assertThat(XlsxReader.declaresDoctype(
                        "<?xml version=\"1.0\"?><t>&lt;!DOCTYPE</t>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(XlsxReader.declaresDoctype("<t><!DOCTYPE x></t>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void aWorkbookWithAPasswordIsRefusedSayingSo() throws Exception {
        Path plain = Workbooks.xlsx(
                dir.resolve("plain.xlsx"),
                new Workbooks.SheetData(
                        "企业", List.of(new Object[] {"企业名称", "环节"}, new Object[] {"衡阳恒缘电工材料有限公司", "绝缘材料"})));
        Path locked = dir.resolve("加密.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("衡阳");
            try (OutputStream out = encryptor.getDataStream(container)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                container.writeFilesystem(out);
            }
        }
        assertThat(refusal(locked)).isEqualTo("加密.xlsx 设有密码；请取消密码另存后再导入。");
    }

    @Test
    void aCsvCutOffInsideAQuoteIsRefused() throws Exception {
        Path file = dir.resolve("cut.csv");
        Files.writeString(file, "企业名称,备注\n衡阳恒缘电工材料有限公司,\"未完\n金杯电工衡阳电缆有限公司,\n");
        assertThat(refusal(file)).isEqualTo("cut.csv 在第2条记录处中断：有一个引号没有闭合。");
    }

    @Test
    void theOlderXlsFormatIsReadToo() throws Exception {
        Path file = dir.resolve("old.xls");
        try (Workbook workbook = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("企业");
            sheet.createRow(0).createCell(0).setCellValue("企业名称");
            sheet.getRow(0).createCell(1).setCellValue("环节");
            sheet.createRow(1).createCell(0).setCellValue("衡阳恒缘电工材料有限公司");
            sheet.getRow(1).createCell(1).setCellValue("绝缘材料");
            workbook.write(out);
        }
        ImportPreview preview = Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);
        assertThat(preview.file().workbook()).isTrue();
        assertThat(preview.changes()).isEqualTo(1);
    }

    @Test
    void aSheetWithoutKnownHeadersIsReportedAndReadsNothing() throws Exception {
        Path file = Workbooks.xlsx(
                dir.resolve("其他.xlsx"),
                new Workbooks.SheetData("说明", List.of(new Object[] {"本表由统计局提供"}, new Object[] {"2024年"})));
        ImportPreview preview = Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);
        assertThat(preview.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.read()).isFalse();
            assertThat(sheet.filledRows()).isEqualTo(2);
        });
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void anImportIsAllOrNothing() {
        Enterprise good = Enterprise.of("firm-new", "衡阳恒缘电工材料有限公司", true, List.of("power.insulation"));
        Enterprise bad = Enterprise.of("firm-bad", "无处可放", true, List.of("power.no-such-segment"));
        RegionMap incoming =
                new RegionMap(HENGYANG.region(), null, List.of(), List.of(good, bad), List.of(), List.of(), null);
        Compound merge = Merge.of(HENGYANG, incoming, Description.of("import.apply", 2, "x.xlsx"));
        assertThat(merge.parts()).containsExactly(new PutEnterprises(List.of(good, bad)));
        History history = new History(HENGYANG);

        assertThatThrownBy(() -> history.perform(merge))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("power.no-such-segment");
        assertThat(history.map()).isSameAs(HENGYANG);
        assertThat(history.canUndo()).isFalse();
    }
}
