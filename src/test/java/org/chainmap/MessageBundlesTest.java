package org.chainmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The headless layers' texts: English and Chinese bundles hold the same keys, and every key the code asks
 * for exists. (The UI's bundles have their own test in {@code ui}.)
 */
class MessageBundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Keys the sources under {@code dir} use, found by {@code pattern}'s first group. */
    private static Set<String> usedKeys(Path dir, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @CsvSource({
        "/org/chainmap/model/problems.properties, /org/chainmap/model/problems_zh.properties",
        "/org/chainmap/cli/messages.properties, /org/chainmap/cli/messages_zh.properties",
        "/org/chainmap/render/words.properties, /org/chainmap/render/words_zh.properties",
        "/org/chainmap/edit/edits.properties, /org/chainmap/edit/edits_zh.properties",
        "/org/chainmap/io/sheet/imports.properties, /org/chainmap/io/sheet/imports_zh.properties",
        "/org/chainmap/io/report/report.properties, /org/chainmap/io/report/report_zh.properties"
    })
    void everyKeyIsTranslated(String english, String chinese) throws IOException {
        assertThat(load(chinese).stringPropertyNames()).isEqualTo(load(english).stringPropertyNames());
    }

    @ParameterizedTest
    @CsvSource({"/org/chainmap/cli/messages.properties", "/org/chainmap/cli/messages_zh.properties"})
    void aCommandLineMessageWithoutArgumentsHasNoDoubledQuote(String resource) throws IOException {
        // The command line prints a message without arguments as written, not through MessageFormat, which
        // alone turns '' into ' (--help showed "map''s presentation").
        Properties messages = load(resource);
        assertThat(messages.stringPropertyNames())
                .filteredOn(key -> !messages.getProperty(key).matches("(?s).*\\{\\d.*"))
                .filteredOn(key -> messages.getProperty(key).contains("''"))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyProblemKeyInTheCodeExists() throws IOException {
        Pattern problem =
                Pattern.compile("Problem\\.(?:error|warning|note)\\([^;]*?\"([a-z][A-Za-z]*\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> used = usedKeys(Path.of("src/main/java/org/chainmap"), problem);
        assertThat(used).contains("id.duplicate", "ref.missing", "json.syntax", "field.required");
        assertThat(load("/org/chainmap/model/problems.properties").stringPropertyNames())
                .containsAll(used);
    }

    @org.junit.jupiter.api.Test
    void everyEditKeyInTheCodeExists() throws IOException {
        Pattern key = Pattern.compile(
                "\"((?:chain|segment|feed|enterprise|link|list|target|pins|presentation|selection|refused|import)"
                        + "\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> used = usedKeys(Path.of("src/main/java/org/chainmap/edit"), key);
        assertThat(used).contains("enterprise.move", "refused.name.empty", "link.add");
        assertThat(load("/org/chainmap/edit/edits.properties").stringPropertyNames())
                .containsAll(used);
    }

    @org.junit.jupiter.api.Test
    void everyImportKeyInTheCodeExists() throws IOException {
        Pattern key = Pattern.compile("\"((?:file|row|value|place|encoding|word)\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> used = usedKeys(Path.of("src/main/java/org/chainmap/io/sheet"), key);
        assertThat(used).contains("file.zipBomb", "row.codeCheck", "value.date", "place.column");
        assertThat(load("/org/chainmap/io/sheet/imports.properties").stringPropertyNames())
                .containsAll(used);
    }

    @org.junit.jupiter.api.Test
    void everyReportKeyInTheCodeExists() throws IOException {
        Path dir = Path.of("src/main/java/org/chainmap/io/report");
        Set<String> used = new TreeSet<>(
                usedKeys(dir, Pattern.compile("\\btext\\(\\s*\"([a-z][A-Za-z]*\\.[A-Za-z.]*[A-Za-z])\"")));
        for (String call : usedKeys(dir, Pattern.compile("\\bcolumns\\(([^;]*?)\\)"))) {
            Matcher word = Pattern.compile("\"([A-Za-z]+)\"").matcher(call);
            while (word.find()) {
                used.add("column." + word.group(1));
            }
        }
        assertThat(used).contains("report.title", "column.coverage", "column.reason", "rate.count");
        assertThat(load("/org/chainmap/io/report/report.properties").stringPropertyNames())
                .containsAll(used);
    }

    @org.junit.jupiter.api.Test
    void everyCommandLineKeyInTheCodeExists() throws IOException {
        Pattern text = Pattern.compile("\\btext\\(\\s*\"([a-z][A-Za-z]*\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> used = usedKeys(Path.of("src/main/java/org/chainmap/cli"), text);
        assertThat(used).contains("validate.valid", "usage.unknownCommand", "info.totals");
        assertThat(load("/org/chainmap/cli/messages.properties").stringPropertyNames())
                .containsAll(used);
    }

    @org.junit.jupiter.api.Test
    void everyDrawnWordInTheCodeExists() throws IOException {
        Pattern text = Pattern.compile("\\btext\\(\\s*\"([a-z][A-Za-z]*\\.[A-Za-z.]*[A-Za-z])\"");
        Set<String> used = usedKeys(Path.of("src/main/java/org/chainmap/render"), text);
        assertThat(used).contains("title.chain", "slide.candidates", "slide.figure.localRate");
        assertThat(load("/org/chainmap/render/words.properties").stringPropertyNames())
                .containsAll(used);
    }
}
