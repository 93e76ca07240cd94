package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code .xlsx} read as a stream gives the very tables POI's workbook model gives (the way ChainMap read it
 * before, and still reads an {@code .xls}): for workbooks written by POI's two writers, and for sheet XML written
 * by hand with what other programs write (no cell references, inline rich text with phonetic runs, array formulas,
 * values missing).
 */
class XlsxReaderTest {

    @TempDir
    Path dir;

    /**
     * Both ways of reading {@code file}: the stream's tables, after checking they equal the workbook model's.
     * ({@code WorkbookReader} first: it sets POI up.)
     */
    private static List<Table> readBothWays(Path file) throws Exception {
        List<Table> whole = WorkbookReader.readWhole(file.toFile());
        List<Table> streamed = XlsxReader.read(file.toFile());
        assertThat(streamed).isEqualTo(whole);
        return streamed;
    }

    private Path ledger() throws IOException {
        Path file = dir.resolve("台账.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle iso = dateStyle(workbook, "yyyy-mm-dd");
            CellStyle builtin = workbook.createCellStyle();
            builtin.setDataFormat((short) 14); // m/d/yy, Excel's own short date
            CellStyle chinese = dateStyle(workbook, "yyyy年m月d日 h:mm");
            Sheet firms = workbook.createSheet("企业");
            Row header = firms.createRow(0);
            String[] headers = {"企业名称", "环节", "营收（万元）", "成立日期", "核实日期", "是否本地", "营收×2", "比例", "名称", "未算"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            Row first = firms.createRow(1);
            first.createCell(0).setCellValue("衡阳恒缘电工材料有限公司");
            first.createCell(1).setCellValue("绝缘材料");
            first.createCell(2).setCellValue(1200.5);
            first.createCell(3).setCellValue(LocalDate.of(2012, 3, 8));
            first.getCell(3).setCellStyle(iso);
            first.createCell(4).setCellValue(LocalDate.of(2024, 5, 31));
            first.getCell(4).setCellStyle(builtin);
            first.createCell(5).setCellValue(true);
            first.createCell(6).setCellFormula("C2*2");
            first.createCell(7).setCellFormula("1/0");
            first.createCell(8).setCellFormula("\"衡阳\"&\"市\"");
            first.createCell(9).setCellFormula("1>0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            first.createCell(10).setCellFormula("C2+1"); // written without a computed value
            Row third = firms.createRow(3); // row 3 is missing
            third.createCell(0).setCellValue("  两端有空格  ");
            third.createCell(1).setCellValue("1,500万");
            third.createCell(2).setCellValue(9.14304007E17);
            third.createCell(3).setCellValue(LocalDateTime.of(2024, 6, 1, 13, 45));
            third.getCell(3).setCellStyle(chinese);
            third.createCell(4).setCellValue(-3); // no valid date: read as the number
            third.getCell(4).setCellStyle(iso);
            third.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
            third.createCell(6).setCellStyle(iso); // blank, but formatted
            third.createCell(7).setCellValue("第一行\n第二行");
            Row gap = firms.createRow(4);
            gap.createCell(0).setCellValue("甲");
            gap.createCell(3).setCellValue("丁"); // A and D only
            firms.createRow(6); // a row with no cells
            Row wide = firms.createRow(7);
            wide.createCell(0).setCellValue("左");
            wide.createCell(300).setCellValue("第 301 列不读");
            firms.createRow(9).createCell(0).setCellValue("合并");
            firms.createRow(10);
            firms.addMergedRegion(CellRangeAddress.valueOf("A10:C11"));
            firms.addMergedRegion(CellRangeAddress.valueOf("E5:F6")); // nothing in its first cell
            firms.addMergedRegion(CellRangeAddress.valueOf("A30:B31")); // below the last row
            workbook.createSheet("隐藏").createRow(0).createCell(0).setCellValue("隐藏");
            workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
            workbook.createSheet("深藏").createRow(0).createCell(0).setCellValue("深藏");
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            workbook.createSheet("空");
            Sheet title = workbook.createSheet("说明");
            title.createRow(0).createCell(0).setCellValue("衡阳市重点企业台账");
            title.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
            workbook.write(out);
        }
        return file;
    }

    private static CellStyle dateStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void aLedgerReadAsAStreamIsReadAsTheWholeWorkbookWouldBe() throws Exception {
        List<Table> tables = readBothWays(ledger());

        assertThat(tables).extracting(Table::name).containsExactly("企业", "空", "说明");
        Table firms = tables.get(0);
        assertThat(firms.rows()).extracting(Table.Row::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        Table.Row first = firms.rows().get(1);
        assertThat(first.cell(2)).isEqualTo(Cell.number(1200.5));
        assertThat(first.cell(3).date()).isEqualTo(LocalDate.of(2012, 3, 8));
        assertThat(first.cell(4)).isEqualTo(new Cell("2024-05-31", null, LocalDate.of(2024, 5, 31)));
        assertThat(first.cells().subList(5, 11))
                .extracting(Cell::text)
                .containsExactly("TRUE", "2401", "#DIV/0!", "衡阳市", "TRUE", "0");
        assertThat(firms.rows().get(2).cells()).isEmpty();
        Table.Row third = firms.rows().get(3);
        assertThat(third.cells())
                .extracting(Cell::text)
                .containsExactly("两端有空格", "1,500万", "914304007000000000", "2024-06-01", "-3", "#N/A", "", "第一行\n第二行");
        assertThat(third.cell(1).isNumber()).isFalse();
        assertThat(firms.rows().get(4).cells()).extracting(Cell::text).containsExactly("甲", "", "", "丁");
        assertThat(firms.rows().get(6).cells()).isEmpty();
        assertThat(firms.rows().get(7).cells()).extracting(Cell::text).containsExactly("左");
        assertThat(firms.merged()).containsExactly("A10:C11");
        assertThat(firms.rows().get(9).copied()).isEqualTo(Set.of(1, 2));
        assertThat(firms.rows().get(10).cells()).extracting(Cell::text).containsExactly("合并", "合并", "合并");
        assertThat(firms.rows().get(10).copied()).isEqualTo(Set.of(0, 1, 2));
        assertThat(firms.rows().get(10).isBlank()).isTrue();
        assertThat(tables.get(1).rows()).isEmpty();
        assertThat(tables.get(2).rows().get(0).cells()).hasSize(4);
    }

    @Test
    void inlineStringsFromTheStreamingWriterReadAsSharedOnesDo() throws Exception {
        Path inline = dir.resolve("inline.xlsx");
        Path shared = dir.resolve("shared.xlsx");
        for (Path file : List.of(inline, shared)) {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 10, false, file == shared);
                    OutputStream out = Files.newOutputStream(file)) {
                CellStyle iso = dateStyle(workbook, "yyyy-mm-dd");
                Sheet sheet = workbook.createSheet("企业");
                for (int r = 0; r < 50; r += r % 7 == 6 ? 2 : 1) { // every 7th row left out
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("企业" + r);
                    row.createCell(2).setCellValue(r * 1.5);
                    row.createCell(3).setCellValue(LocalDate.of(2024, 1, 1).plusDays(r));
                    row.getCell(3).setCellStyle(iso);
                    row.createCell(5).setCellValue(r % 2 == 0 ? "是" : "否");
                }
                workbook.write(out);
                workbook.dispose();
            }
        }
        assertThat(part(inline, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
        assertThat(part(shared, "xl/worksheets/sheet1.xml")).doesNotContain("t=\"inlineStr\"");

        List<Table> tables = readBothWays(inline);

        assertThat(readBothWays(shared)).isEqualTo(tables);
        Table.Row row = tables.get(0).rows().get(8);
        assertThat(row.cells())
                .containsExactly(
                        Cell.text("企业8"),
                        Cell.EMPTY,
                        Cell.number(12),
                        new Cell("2024-01-09", null, LocalDate.of(2024, 1, 9)),
                        Cell.EMPTY,
                        Cell.text("是"));
        assertThat(tables.get(0).rows().get(6).cells()).isNotEmpty();
        assertThat(tables.get(0).rows().get(7).cells()).isEmpty();
    }

    @Test
    void sheetXmlAsOtherProgramsWriteItReadsAsTheWorkbookModelReadsIt() throws Exception {
        Path written = dir.resolve("written.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(written)) {
            workbook.createSheet("手写").createRow(0).createCell(0).setCellValue("占位");
            workbook.createSheet("共享").createRow(0).createCell(0).setCellValue("共享一");
            workbook.write(out);
        }
        String sheet =
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>
                <row><c t="inlineStr"><is><t>企业名称</t></is></c><c t="inlineStr"><is><r><t>衡阳</t></r>\
                <r><rPr><b/></rPr><t>电工</t></r><rPh sb="0" eb="2"><t>コウヨウ</t></rPh></is></c>\
                <c t="inlineStr"><is><t xml:space="preserve">  留白  </t></is></c></row>
                <row><c><v>12</v></c><c t="str"><v>甲_x000D_乙</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>\
                <c t="e"/><c t="b"/></row>
                <row r="5"><c r="B5"><f t="array" ref="B5:C6">A1:B2</f><v>3</v></c><c r="C5"/></row>
                <row r="6"><c r="B6"><v>4</v></c><c r="C6" t="n"/><c r="D6" t="n"/></row>
                <row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7" t="s"><v>1</v></c><c r="C7" t="s"/>\
                <c r="D7" t="n"><v></v></c><c r="E7"><f>1+1</f></c><c r="F7" t="str"><f>A1</f></c>\
                <c r="G7" t="b"><f>TRUE()</f></c><c r="H7" t="s"><f>A1</f><v>1</v></c></row>
                <row r="9" spans="1:3" ht="20" customHeight="1"/>
                </sheetData><mergeCells count="1"><mergeCell ref="A7:A8"/></mergeCells></worksheet>""";
        Path file = withPart(written, dir.resolve("hand.xlsx"), "xl/worksheets/sheet1.xml", xml -> sheet);

        List<Table> tables = readBothWays(file);

        Table hand = tables.get(0);
        assertThat(hand.rows()).hasSize(9);
        assertThat(hand.rows().get(0).cells()).extracting(Cell::text).containsExactly("企业名称", "衡阳电工", "留白");
        assertThat(hand.rows().get(1).cells())
                .extracting(Cell::text)
                .containsExactly("12", "甲\r乙", "TRUE", "#N/A", "#NULL!", "FALSE");
        assertThat(hand.rows().get(4).cells()).extracting(Cell::text).containsExactly("", "3", "0");
        assertThat(hand.rows().get(5).cells()).extracting(Cell::text).containsExactly("", "4", "0");
        assertThat(hand.rows().get(6).cells())
                .extracting(Cell::text)
                .containsExactly("占位", "共享一", "", "0", "0", "", "FALSE", "共享一");
        assertThat(hand.rows().get(7).cells()).extracting(Cell::text).containsExactly("占位");
        assertThat(hand.rows().get(8).cells()).isEmpty();
    }

    @Test
    void aWorkbookCountingItsDaysFrom1904ReadsItsDatesSo() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            Row row = workbook.createSheet("企业").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2024, 5, 31));
            row.getCell(0).setCellStyle(dateStyle(workbook, "yyyy-mm-dd"));
            workbook.write(out);
        }
        assertThat(part(file, "xl/workbook.xml")).contains("date1904=\"true\"");

        assertThat(readBothWays(file).get(0).rows().get(0).cell(0).date()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void sheetsAreTakenInTheWorkbooksOrderNotThePartsOrder() throws Exception {
        Path file = dir.resolve("order.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            for (String name : List.of("一", "二", "三")) {
                workbook.createSheet(name).createRow(0).createCell(0).setCellValue(name);
            }
            workbook.setSheetOrder("三", 0);
            workbook.write(out);
        }

        assertThat(readBothWays(file))
                .extracting(table -> table.rows().get(0).cell(0).text())
                .containsExactly("三", "一", "二");
    }

    @Test
    void aFilledCellBelowTheRowLimitRefusesTheWorkbookAndEmptyFormattedRowsThereAreIgnored() throws Exception {
        Path written = dir.resolve("written.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(written)) {
            workbook.createSheet("企业").createRow(0).createCell(0).setCellValue("占位");
            workbook.write(out);
        }
        String head =
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>衡阳电工</t></is></c></row>
                """;
        String formatted = head + "<row r=\"1048576\" ht=\"20\" customHeight=\"1\"><c r=\"A1048576\" s=\"0\"/></row>"
                + "</sheetData></worksheet>";
        String filled = head + "<row r=\"" + (Table.MAX_ROWS + 1) + "\"><c r=\"A" + (Table.MAX_ROWS + 1)
                + "\" t=\"inlineStr\"><is><t>远处</t></is></c></row></sheetData></worksheet>";

        List<Table> read = WorkbookReader.read(
                withPart(written, dir.resolve("formatted.xlsx"), "xl/worksheets/sheet1.xml", xml -> formatted)
                        .toFile());
        assertThat(read.get(0).rows()).hasSize(2);

        Path far = withPart(written, dir.resolve("far.xlsx"), "xl/worksheets/sheet1.xml", xml -> filled);
        assertThatThrownBy(() -> WorkbookReader.read(far.toFile()))
                .isInstanceOfSatisfying(
                        SheetException.class, e -> assertThat(e.reason().text(java.util.Locale.ENGLISH))
                                .startsWith("far.xlsx has more than 200,000 rows"));
    }

    @Test
    void sharedStringsAndStylesWrittenByHandReadAsTheWorkbookModelReadsThem() throws Exception {
        Path written = dir.resolve("written.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(written)) {
            workbook.createSheet("企业").createRow(0).createCell(0).setCellValue("占位");
            workbook.write(out);
        }
        String main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + main + ">"
                + "<si><t>企业名称</t></si><si><t>核实日期</t></si>"
                + "<si><r><t>衡阳</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">电工 </t></r>"
                + "<rPh sb=\"0\" eb=\"2\"><t>こうよう</t></rPh></si>"
                + "<si><t>甲_x000D_乙_x005F_x0041_丙_x12_丁_X0041_</t></si><si><t/></si><si><t>末_x0041_</t></si></sst>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet " + main + ">"
                + "<numFmts count=\"2\">"
                + "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"0.00%\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\">"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"6\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" xfId=\"0\"/>"
                + "<xf numFmtId=\"165\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\"/><xf xfId=\"0\"/>"
                + "<xf numFmtId=\"166\" xfId=\"0\"/></cellXfs>"
                + "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"166\" formatCode=\"yyyy-mm-dd\"/></dxf></dxfs>"
                + "</styleSheet>";
        StringBuilder dates = new StringBuilder();
        for (int s = 1; s <= 5; s++) {
            dates.append("<c s=\"").append(s).append("\"><v>45443</v></c>");
        }
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + main + "><sheetData>"
                + "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"
                + "<row><c t=\"s\"><v>2</v></c>" + dates + "<c><v>45443</v></c></row>"
                + "<row><c t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c><c t=\"s\"><v>5</v></c></row>"
                + "</sheetData></worksheet>";
        Path file = withPart(written, dir.resolve("a.xlsx"), "xl/sharedStrings.xml", xml -> strings);
        file = withPart(file, dir.resolve("b.xlsx"), "xl/styles.xml", xml -> styles);
        file = withPart(file, dir.resolve("c.xlsx"), "xl/worksheets/sheet1.xml", xml -> sheet);

        Table table = readBothWays(file).get(0);

        assertThat(table.rows().get(1).cells())
                .extracting(Cell::text)
                .containsExactly("衡阳电工", "2024-05-31", "45443", "2024-05-31", "45443", "45443", "45443");
        assertThat(table.rows().get(1).cell(1).date()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(table.rows().get(2).cells())
                .extracting(Cell::text)
                .containsExactly("甲\r乙_x0041_丙_x12_丁_X0041_", "", "末A");
    }

    private static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A copy of the workbook {@code source} with the part {@code name} changed. */
    private static Path withPart(Path source, Path target, String name, UnaryOperator<String> change)
            throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
        return target;
    }
}
