package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Certainty;
import org.chainmap.model.Role;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

/**
 * The translations are complete: both bundles hold the same keys, every key the code names is in them,
 * and every message is a pattern {@link MessageFormat} accepts.
 */
class I18nTest {

    /** A key written in the code: the interface's text is always {@code text("key", args…)}. */
    private static final Pattern KEY_IN_CODE = Pattern.compile("\\btext\\(\\s*\"([^\"]+)\"\\s*[,)]");

    private static final Path UI_SOURCES = Path.of("src/main/java/org/chainmap/ui");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = bundle("messages.properties").stringPropertyNames();
        Set<String> chinese = bundle("messages_zh.properties").stringPropertyNames();
        assertThat(difference(english, chinese))
                .as("keys missing from messages_zh.properties")
                .isEmpty();
        assertThat(difference(chinese, english))
                .as("keys missing from messages.properties")
                .isEmpty();
    }

    @Test
    void everyKeyUsedInTheCodeIsInBothBundles() throws IOException {
        Set<String> used = keysInCode();
        assertThat(used).as("the scan finds the keys of the code").contains("menu.file", "details.creditCode");
        for (String name : new String[] {"messages.properties", "messages_zh.properties"}) {
            Set<String> keys = bundle(name).stringPropertyNames();
            assertThat(difference(used, keys))
                    .as("keys used in the code but missing from %s", name)
                    .isEmpty();
        }
    }

    @Test
    void everyKeyBuiltFromAKeywordIsThere() {
        for (Locale language : I18n.LANGUAGES) {
            I18n text = I18n.of(language);
            Stream.of(Stage.values())
                    .forEach(stage -> assertThat(text.has(I18n.stageKey(stage))).isTrue());
            Stream.of(Role.values())
                    .forEach(role -> assertThat(text.has(I18n.roleKey(role))).isTrue());
            Stream.of(Certainty.values())
                    .forEach(c -> assertThat(text.has(I18n.certaintyKey(c))).isTrue());
            for (GapKind kind : GapKind.values()) {
                for (String prefix :
                        List.of("gap.kind.", "gap.badge.", "gap.legend.", "chain.gapCount.", "chain.gapTotal.")) {
                    assertThat(text.has(I18n.gapKey(prefix, kind)))
                            .as("%s%s", prefix, kind.id())
                            .isTrue();
                }
            }
            I18n.LANGUAGES.forEach(each ->
                    assertThat(text.has("language." + each.getLanguage())).isTrue());
        }
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_zh.properties"}) {
            Properties bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                new MessageFormat(pattern);
                assertThat(pattern.replace("''", ""))
                        .as("%s in %s: write '' for a quote", key, name)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void languageFollowsTheProperty() {
        String before = System.getProperty(I18n.LANGUAGE_PROPERTY);
        Locale system = Locale.getDefault();
        try {
            System.setProperty(I18n.LANGUAGE_PROPERTY, "en");
            assertThat(I18n.startLanguage()).isEqualTo(I18n.ENGLISH);
            System.setProperty(I18n.LANGUAGE_PROPERTY, "zh");
            assertThat(I18n.startLanguage()).isEqualTo(I18n.CHINESE);
            // The environment and the default locale: UserLanguageTest.
        } finally {
            Locale.setDefault(system);
            if (before == null) {
                System.clearProperty(I18n.LANGUAGE_PROPERTY);
            } else {
                System.setProperty(I18n.LANGUAGE_PROPERTY, before);
            }
        }
    }

    @Test
    void englishDoesNotFallBackToChineseOnAChineseSystem() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(I18n.of(I18n.ENGLISH).text("menu.help")).isEqualTo("_Help");
            assertThat(I18n.of(I18n.CHINESE).text("menu.help")).isEqualTo("帮助(_H)");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void moneyIsShownInTheUnitsOfTheLanguage() {
        assertThat(I18n.of(I18n.CHINESE).money(1_500_000_000L)).isEqualTo("15亿元");
        assertThat(I18n.of(I18n.CHINESE).money(35_000L)).isEqualTo("3.5万元");
        assertThat(I18n.of(I18n.CHINESE).money(800L)).isEqualTo("800元");
        assertThat(I18n.of(I18n.ENGLISH).money(1_500_000_000L)).isEqualTo("CNY 1.5 bn");
        assertThat(I18n.of(I18n.ENGLISH).money(35_000_000L)).isEqualTo("CNY 35 m");
    }

    @Test
    void boxesAndTheChainListCountFirmsInLargeUnits() {
        I18n chinese = I18n.of(I18n.CHINESE);
        assertThat(chinese.text("segment.firms", chinese.count(28_216), chinese.count(12_000)))
                .isEqualTo("本地2.8万 · 外地1.2万");
        assertThat(chinese.text("segment.moreFirms", chinese.count(15_000))).isEqualTo("还有1.5万家企业…");
        assertThat(chinese.text("chain.counts", 3, 28_216, chinese.count(28_216)))
                .isEqualTo("3个环节 · 2.8万家本地企业");
        I18n english = I18n.of(I18n.ENGLISH);
        assertThat(english.text("segment.firms", english.count(28_216), english.count(40)))
                .isEqualTo("28.2 thousand local \u00b7 40 external");
        assertThat(english.text("chain.counts", 3, 28_216, english.count(28_216)))
                .isEqualTo("3 segments \u00b7 28.2 thousand local firms");
        assertThat(english.text("chain.counts", 1, 1, english.count(1))).isEqualTo("1 segment \u00b7 1 local firm");
    }

    @Test
    void aMissingKeyShowsAsItself() {
        assertThat(I18n.of(I18n.ENGLISH).text("no.such.key")).isEqualTo("no.such.key");
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }
}
