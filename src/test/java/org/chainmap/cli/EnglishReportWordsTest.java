package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and the quarterly progress report (HTML and Excel) and the PDF picture made in English hold no
 * Chinese word of their own: every run of Chinese characters left in them is a piece of the map's data (a firm's
 * name, a note, a list item, a name with no English one, …), issue 17 item 4, as {@link EnglishExportWordsTest}
 * checks the SVG.
 */
class EnglishReportWordsTest {

    private static final Path MAP_FILE = Path.of("maps/hengyang.json");
    private static final Pattern CHINESE = Pattern.compile("[\\u2E80-\\u9FFF\\u3000-\\u303F\\uFF00-\\uFFEF]+");

    @TempDir
    Path dir;

    /** Every string of the map's file but the English names: the data, which stays as written. */
    private static List<String> data() throws IOException {
        List<String> strings = new ArrayList<>();
        collect(new ObjectMapper().readTree(MAP_FILE.toFile()), null, strings);
        return strings;
    }

    private static void collect(JsonNode node, String field, List<String> strings) {
        if (node.isTextual() && !"nameEn".equals(field)) {
            strings.add(node.asText());
        }
        if (node.has("province") && node.has("city")) {
            strings.add(node.get("province").asText() + node.get("city").asText()); // a firm's origin, as shown
        }
        node.fields().forEachRemaining(entry -> collect(entry.getValue(), entry.getKey(), strings));
        if (node.isArray()) {
            node.forEach(item -> collect(item, field, strings));
        }
    }

    /** The runs of Chinese in {@code texts} that are no piece of the map's data. */
    private static TreeSet<String> ownChinese(List<String> texts) throws IOException {
        List<String> data = data();
        data.sort(Comparator.comparingInt(String::length).reversed());
        TreeSet<String> own = new TreeSet<>();
        for (String text : texts) {
            Matcher run = CHINESE.matcher(text);
            while (run.find()) {
                String chinese = run.group();
                if (data.stream().noneMatch(value -> value.contains(chinese))) {
                    own.add(chinese);
                }
            }
        }
        return own;
    }

    private List<String> report(Locale locale) throws IOException {
        Path html = dir.resolve(locale.getLanguage() + ".html");
        Path xlsx = dir.resolve(locale.getLanguage() + ".xlsx");
        CliRun run =
                CliRun.of(locale, "report", MAP_FILE.toString(), "--html", html.toString(), "--xlsx", xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return words(html, xlsx);
    }

    /** The quarterly progress report since an older version of the map, without two firms that came since. */
    private List<String> progress(Locale locale) throws IOException {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode older =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(MAP_FILE.toFile());
        List<String> gone = List.of("jinbei-hy", "tbea-hy-electric");
        older.withArray("enterprises")
                .removeIf(firm -> gone.contains(firm.get("id").asText()));
        older.withArray("links")
                .removeIf(link -> gone.contains(link.get("from").asText())
                        || gone.contains(link.get("to").asText()));
        Path since = dir.resolve("older.json");
        json.writeValue(since.toFile(), older);
        Path html = dir.resolve("progress-" + locale.getLanguage() + ".html");
        Path xlsx = dir.resolve("progress-" + locale.getLanguage() + ".xlsx");
        CliRun run = CliRun.of(
                locale,
                "progress",
                MAP_FILE.toString(),
                "--since",
                since.toString(),
                "--html",
                html.toString(),
                "--xlsx",
                xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return words(html, xlsx);
    }

    /** The words of a page and a workbook. */
    private static List<String> words(Path html, Path xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        // The page's words: its tags taken out, the entities written as characters.
        texts.add(Files.readString(html, StandardCharsets.UTF_8)
                .replaceAll("<[^>]*>", "\n")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\""));
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                texts.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }

    private List<String> pdf(Locale locale) throws IOException {
        Path pdf = dir.resolve(locale.getLanguage() + ".pdf");
        CliRun run = CliRun.of(locale, "export", MAP_FILE.toString(), "--chain", "power", "--pdf", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return List.of(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
        }
    }

    @Test
    void anEnglishReportHoldsNoChineseButTheDatas() throws IOException {
        assertThat(ownChinese(report(Locale.ENGLISH))).isEmpty();
        // The same check on the Chinese report finds its words: it can fail.
        assertThat(ownChinese(report(Locale.SIMPLIFIED_CHINESE))).isNotEmpty();
    }

    @Test
    void anEnglishProgressReportHoldsNoChineseButTheDatas() throws IOException {
        assertThat(ownChinese(progress(Locale.ENGLISH))).isEmpty();
        assertThat(ownChinese(progress(Locale.SIMPLIFIED_CHINESE))).isNotEmpty();
    }

    @Test
    void anEnglishPdfHoldsNoChineseButTheDatas() throws IOException {
        assertThat(ownChinese(pdf(Locale.ENGLISH))).isEmpty();
        assertThat(ownChinese(pdf(Locale.SIMPLIFIED_CHINESE))).isNotEmpty();
    }
}
