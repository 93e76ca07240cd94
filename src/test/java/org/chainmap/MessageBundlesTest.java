package org.chainmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chainmap.text.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The texts: every bundle holds the same keys in English and Chinese and is a set of MessageFormat patterns,
 * and every key the headless layers' code asks for exists. (The UI's keys have their own test in {@code ui}.)
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

    /** Every message bundle of the program, English (the base) and Chinese, found under the resources. */
    static Stream<Arguments> everyBundle() throws IOException {
        Path root = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(root.resolve("org/chainmap"))) {
            List<Path> english = files.filter(path -> path.toString().endsWith(".properties"))
                    .filter(path -> !path.getFileName().toString().contains("_"))
                    .sorted()
                    .toList();
            assertThat(english).hasSizeGreaterThanOrEqualTo(8);
            return english.stream().map(path -> {
                String base = "/" + root.relativize(path).toString().replace('\\', '/');
                return Arguments.of(base, base.replace(".properties", "_zh.properties"));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("everyBundle")
    void everyBundleHasTheSameKeysInBothLanguages(String english, String chinese) throws IOException {
        assertThat(load(chinese).stringPropertyNames()).isEqualTo(load(english).stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("everyBundle")
    void everyTextIsAPatternWhoseApostrophesSurvive(String english, String chinese) throws IOException {
        // org.chainmap.text.Bundle reads every value as a MessageFormat pattern, with or without arguments: an
        // apostrophe is written '' and a lone one would swallow the text after it ("map's" printed "maps").
        for (String resource : List.of(english, chinese)) {
            Properties texts = load(resource);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                String shown = new MessageFormat(pattern, Locale.ROOT).format(new Object[10]);
                long written = pattern.replace("''", "'")
                        .chars()
                        .filter(c -> c == '\'')
                        .count();
                assertThat(shown.chars().filter(c -> c == '\'').count())
                        .as("%s %s: %s", resource, key, pattern)
                        .isEqualTo(written);
            }
        }
    }

    /**
     * The English texts the window and the map draw use Latin quotes and ellipses: they are drawn in a Chinese font
     * (the controls' and the map's, so that names in Chinese show), whose curly quotes and ellipsis are full width
     * ("tag “above scale”" and "Open…" looked spaced out). The Chinese texts keep theirs, as Chinese is
     * written.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "/org/chainmap/ui/messages.properties",
                "/org/chainmap/render/words.properties",
                "/org/chainmap/edit/edits.properties",
                "/org/chainmap/model/problems.properties",
                "/org/chainmap/io/sheet/imports.properties"
            })
    void theEnglishTextsDrawnInAChineseFontUseLatinQuotesAndEllipses(String english) throws IOException {
        Properties texts = load(english);
        for (String key : texts.stringPropertyNames()) {
            assertThat(texts.getProperty(key))
                    .as("%s %s", english, key)
                    .doesNotContain("\u201c", "\u201d", "\u2018", "\u2019", "\u2026");
        }
    }

    @org.junit.jupiter.api.Test
    void theHelpSaysApostrophesOnce() {
        Bundle bundle = Bundle.of("org.chainmap.cli.messages", Locale.ENGLISH, MessageBundlesTest.class);
        assertThat(bundle.text("command.export.usage"))
                .contains("ChainMap's own Chinese font")
                .doesNotContain("''");
        assertThat(bundle.text("command.slides.usage")).contains("only this chain's steps");
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
