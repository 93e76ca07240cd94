package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code progress}: the quarterly progress report of a map worked out by hand (the map of {@code ProgressMaps}:
 * chain 甲链 with 部件 filled by 甲二 since the older version, a signed target 整机厂; three snapshots), as a
 * workbook (cells and chart pictures) and a page (the closed gap, its firm, the charts as SVG), and the charts
 * as well-formed SVG, PDF and PNG.
 */
class ProgressCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private Path now() throws Exception {
        return write("now.json", org.chainmap.progress.ProgressFixtures.now());
    }

    private Path old() throws Exception {
        return write("old.json", org.chainmap.progress.ProgressFixtures.old());
    }

    @Test
    void theWorkbookHasTheRankingTheFiguresOverTimeTheClosedGapsAndTheCharts() throws Exception {
        Path xlsx = dir.resolve("progress.xlsx");
        CliRun run = CliRun.of(
                Locale.CHINESE,
                "progress",
                now().toString(),
                "--since",
                old().toString(),
                "--date",
                "2026-12-06",
                "--xlsx",
                xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        // The ranking on standard output: 甲链 (2/3) before 乙链 (1/2).
        assertThat(run.out()).containsSubsequence("甲链", "67%", "+33个百分点", "乙链", "50%", "\u221250个百分点");
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("概览");
            List<String> first = row(summary, "排名", 1);
            assertThat(first.subList(0, 3)).containsExactly("1", "甲链", "0.6666666666666666");
            assertThat(first.get(3)).isEqualTo("+33个百分点");
            assertThat(row(summary, "排名", 2).subList(0, 2)).containsExactly("2", "乙链");
            // Since the older version: 甲链 from 1/3 to 2/3; 部件 was missing and to extend into, 甲二 closed both
            // (one filled, one extended); 部件 is weak now, which the report says with its closing, not as a gap
            // opened, and 整机 is to extend into (1 opened); one firm new, one signing.
            List<String> since = row(summary, "产业链", 1);
            assertThat(since.subList(0, 3)).containsExactly("甲链", "0.3333333333333333", "0.6666666666666666");
            assertThat(since.subList(5, 11)).containsExactly("1", "0", "1", "1", "1", "1");
            assertThat(pictures(workbook.getSheetAt(0))).isEqualTo(1);

            Sheet chain = workbook.getSheetAt(1);
            assertThat(chain.getSheetName()).isEqualTo("甲链");
            assertThat(row(chain, "日期", 1).subList(0, 3)).containsExactly("2026-03-31", "一季度", "0.3333333333333333");
            List<String> today = row(chain, "日期", 4);
            assertThat(today.subList(0, 7))
                    .containsExactly("现状", "2026-12-06", "0.6666666666666666", null, "2", "1", "215000000");
            List<String> closed = row(chain, "成效", 1);
            assertThat(closed).containsExactly("补链", "缺链", "部件", "甲二（新增）");
            assertThat(row(chain, "成效", 2)).containsExactly("延链", "延链", "部件", "甲二（新增）");
            assertThat(row(chain, "企业", 1).subList(0, 4)).containsExactly("甲二", "部件", "是", "否");
            assertThat(row(chain, "名称", 1)).containsExactly("整机厂", "整机", "招商目标已签约", "否");
            assertThat(pictures(chain)).isEqualTo(4);
        }
    }

    @Test
    void thePageShowsTheClosedGapsWithTheirFirmsAndTheChartsAsInlineSvg() throws Exception {
        Path html = dir.resolve("progress.html");
        CliRun run = CliRun.of(
                Locale.ENGLISH,
                "progress",
                now().toString(),
                "--since",
                old().toString(),
                "--date",
                "2026-12-06",
                "--html",
                html.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).doesNotContain("<?xml");
        // The summary's ranking chart and four charts per chain, each an inline SVG with its title.
        assertThat(page.split("<svg ", -1)).hasSize(1 + 1 + 2 * 4);
        assertThat(page).contains("<title>甲链: coverage and local rate</title>");
        assertThat(page).contains("<td>filled (补链)</td><td>missing</td><td>部件</td><td>甲二 (came)</td>");
        assertThat(page).contains("<td>整机厂</td><td>整机</td><td>promotion target signed</td><td>no</td>");
        // each SVG is a well-formed XML document of its own
        int at = 0;
        java.util.Set<String> ids = new java.util.HashSet<>();
        while ((at = page.indexOf("<svg ", at)) >= 0) {
            int end = page.indexOf("</svg>", at) + "</svg>".length();
            String svg = page.substring(at, end);
            wellFormed(svg.getBytes(StandardCharsets.UTF_8));
            // no id defined twice in the page, and each chart's text uses glyphs defined in that chart
            java.util.Set<String> own = new java.util.HashSet<>();
            java.util.regex.Matcher defined =
                    java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
            while (defined.find()) {
                assertThat(ids.add(defined.group(1)))
                        .as("id %s defined twice", defined.group(1))
                        .isTrue();
                own.add(defined.group(1));
            }
            java.util.regex.Matcher used =
                    java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(svg);
            assertThat(used.find()).isTrue();
            do {
                assertThat(own).contains(used.group(1));
            } while (used.find());
            at = end;
        }
    }

    @Test
    void theChartsAreWrittenAsWellFormedSvgAndAsPdfAndPng() throws Exception {
        Path svg = dir.resolve("a.svg");
        Path pdf = dir.resolve("all.pdf");
        Path png = dir.resolve("a.png");
        CliRun run = CliRun.of(
                Locale.CHINESE,
                "progress",
                now().toString(),
                "--date",
                "2026-12-06",
                "--chain",
                "a",
                "--svg",
                svg.toString(),
                "--pdf",
                pdf.toString(),
                "--png",
                png.toString(),
                "--theme",
                "dark");
        assertThat(run.code()).as(run.err()).isZero();
        byte[] document = Files.readAllBytes(svg);
        wellFormed(document);
        String text = new String(document, StandardCharsets.UTF_8);
        // four charts, the text as glyph outlines with the words kept for readers
        assertThat(text).contains("aria-label=\"甲链：环节覆盖率与本地配套率\"");
        assertThat(text).contains("aria-label=\"甲链：各类缺口\"");
        assertThat(text).contains("fill=\"#15191e\"");
        byte[] pdfBytes = Files.readAllBytes(pdf);
        assertThat(new String(pdfBytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdfBytes, StandardCharsets.ISO_8859_1)).contains("/Count 1");
        byte[] pngBytes = Files.readAllBytes(png);
        assertThat(pngBytes[1]).isEqualTo((byte) 'P');
        // 2 × (2 charts of 560 and a gap of 16, with margins of 20) pixels wide
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(2 * (2 * 560 + 16 + 40));
    }

    @Test
    void anUnknownChainIsAUsageError() throws Exception {
        CliRun run = CliRun.of(Locale.ENGLISH, "progress", now().toString(), "--chain", "zz", "--svg", "x.svg");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the map has no chain with the id \u201czz\u201d");
    }

    private static void wellFormed(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }

    private static int pictures(Sheet sheet) {
        XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
        return drawing == null
                ? 0
                : (int) drawing.getShapes().stream()
                        .filter(XSSFPicture.class::isInstance)
                        .count();
    }

    /** The cells of the {@code n}th row below the header row whose first cell is {@code header}. */
    private static List<String> row(Sheet sheet, String header, int n) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.toString().equals(header)) {
                Row wanted = sheet.getRow(row.getRowNum() + n);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < wanted.getLastCellNum(); c++) {
                    Cell cell = wanted.getCell(c);
                    cells.add(cell == null ? null : text(cell));
                }
                return cells;
            }
        }
        throw new AssertionError("no header " + header);
    }

    private static String text(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
            }
            default -> cell.toString();
        };
    }
}
