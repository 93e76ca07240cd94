package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}: the Excel workbook's figures are those of {@code gaps --format json}, to the last digit of each
 * share; Markdown and HTML say the same.
 */
class ReportCommandTest {

    private static final String HENGYANG = "maps/hengyang.json";

    @TempDir
    Path dir;

    private static final String[] GAP_KINDS = {"missing", "weak", "broken", "chokepoint", "extend", "cutpoint"};

    @Test
    void theWorkbooksFiguresAreThoseOfTheGapsJson() throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        CliRun run = CliRun.of(Locale.CHINESE, "report", HENGYANG, "--xlsx", xlsx.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("已将报告（xlsx）写入");
        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("gaps", HENGYANG, "--format", "json").out());

        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = new XSSFWorkbook(in)) {
            JsonNode chains = json.get("chains");
            // The summary, a sheet per chain, the five lists and the sources.
            assertThat(workbook.getNumberOfSheets()).isEqualTo(chains.size() + 3);
            Sheet sources = workbook.getSheetAt(chains.size() + 2);
            assertThat(sources.getSheetName()).isEqualTo("来源");
            int first = headerRow(sources, "编号") + 2;
            assertThat(sources.getRow(first).getCell(0).getStringCellValue()).isEqualTo("S1");
            assertThat(sources.getRow(first).getCell(1).getHyperlink().getAddress())
                    .isEqualTo("http://www.e0734.com/content/2020/0929/31_399773.html");
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("汇总");
            int header = headerRow(summary, "序号");
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) (header + 1));
            for (int i = 0; i < chains.size(); i++) {
                JsonNode chain = chains.get(i);
                Row row = summary.getRow(header + 1 + i);
                assertThat(row.getCell(2).getStringCellValue())
                        .isEqualTo(chain.get("id").asText());
                assertThat(number(row.getCell(3)))
                        .isEqualTo(chain.get("segments").asDouble());
                assertThat(number(row.getCell(4)))
                        .isEqualTo(chain.get("covered").asDouble());
                assertThat(number(row.getCell(5)))
                        .isEqualTo(chain.get("coverage").asDouble());
                if (chain.get("localRate").isNull()) {
                    assertThat(row.getCell(6)).isNull();
                } else {
                    assertThat(number(row.getCell(6)))
                            .isEqualTo(chain.get("localRate").asDouble());
                    assertThat(row.getCell(6).getCellStyle().getDataFormatString())
                            .isEqualTo("0.0%");
                }
                for (int k = 0; k < GAP_KINDS.length; k++) {
                    assertThat(number(row.getCell(8 + k)))
                            .as("%s %s", chain.get("id").asText(), GAP_KINDS[k])
                            .isEqualTo(count(chain, GAP_KINDS[k]));
                }
                assertThat(number(row.getCell(16))).isEqualTo(targets(chain).size());

                Sheet sheet = workbook.getSheetAt(i + 1);
                assertThat(sheet.getSheetName()).isEqualTo(chain.get("name").asText());
                assertThat(rankedCandidates(sheet)).isEqualTo(targets(chain));
            }
        }
    }

    private static double number(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static int headerRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + first);
    }

    private static double count(JsonNode chain, String kind) {
        int count = 0;
        for (JsonNode gap : chain.get("gaps")) {
            if (gap.get("kind").asText().equals(kind)) {
                count++;
            }
        }
        return count;
    }

    /** The candidates of the chain's gaps in the JSON, in order. */
    private static List<String> targets(JsonNode chain) {
        List<String> names = new ArrayList<>();
        for (JsonNode gap : chain.get("gaps")) {
            if (gap.has("targets")) {
                gap.get("targets")
                        .forEach(target -> names.add(target.get("name").asText()));
            }
        }
        return names;
    }

    /** The candidates of the targets table of a chain's sheet, in order. */
    private static List<String> rankedCandidates(Sheet sheet) {
        List<String> names = new ArrayList<>();
        boolean inTargets = false;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            String text = first != null && first.getCellType() == CellType.STRING ? first.getStringCellValue() : "";
            if (text.equals("招商目标（排序）")) {
                inTargets = true;
                continue;
            }
            if (inTargets && row.getCell(3) != null) {
                String name = row.getCell(3).getStringCellValue();
                if (!name.equals("候选企业")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Test
    void markdownAndHtmlSayTheSame() throws Exception {
        Path md = dir.resolve("report.md");
        Path html = dir.resolve("report.html");
        CliRun run = CliRun.of("report", HENGYANG, "--md", md.toString(), "--html", html.toString());
        assertThat(run.code()).isZero();
        String markdown = Files.readString(md);
        String page = Files.readString(html);
        assertThat(markdown)
                .startsWith("# 衡阳市: gaps of the industry chains\n")
                .contains("| 1 | New Energy &amp; Power Equipment | power | 15 | 10 | 67% | 100% |")
                .contains("### Ranked targets")
                // The sources the map cites: the last part, each title a link to its page.
                .contains("## Sources the map cites")
                .contains("| S7 | [张文雄视察特变电工南方输变电产业园]"
                        + "(http://www.fasttimecourier.com/keyenterprise/intelligence/04092012_3337.html) |");
        assertThat(page)
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<meta charset=\"utf-8\">")
                .contains("<td>New Energy &amp; Power Equipment</td><td>power</td><td class=\"n\">15</td>"
                        + "<td class=\"n\">10</td><td class=\"n\">67%</td><td class=\"n\">100%</td>")
                // A firm's citations link to the rows of the sources table, whose titles link to the pages.
                .contains("<td><a href=\"#source-S7\">S7</a>, <a href=\"#source-S89\">S89</a>, "
                        + "<a href=\"#source-S33\">S33</a></td>")
                .contains("<td id=\"source-S7\">S7</td><td><a href=\"http://www.fasttimecourier.com/keyenterprise/"
                        + "intelligence/04092012_3337.html\">张文雄视察特变电工南方输变电产业园</a></td>");
        assertThat(CliRun.of("report", HENGYANG).code()).isEqualTo(2);
    }
}
