package org.chainmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.chainmap.text.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule for the space between a number and its unit (decision 0047): in Chinese none between an Arabic number
 * and the Chinese characters beside it (10万家, 本地8.6万家, 350万元, 第3行), as GB/T 15835 writes them; in English
 * one (1.2 million firms, CNY 35 m). Checked over every Chinese bundle and over the amounts and counts the program
 * writes itself. The command-line help is left out: its columns are aligned with spaces.
 */
class NumberSpacingTest {

    private static final String HAN = "\\p{IsHan}";
    /** A placeholder formatted as a number, or Arabic digits that are not part of a Latin word or an escape. */
    private static final String NUMBER =
            "(?:\\{\\d+,(?:number|choice)[^{}]*}|(?<![A-Za-z] )(?<![A-Za-z0-9_\\\\.\\-=/:])[0-9][0-9.,]*%?)";
    /** The measure words and units a plain placeholder (a count or an amount already written) stands before. */
    private static final String UNIT = "[核家个条处项步位行列张页人件种倍月日天秒次元万亿层级类组份名节段像毫年字岁周]";

    private static final List<Pattern> SPACED = List.of(
            Pattern.compile(NUMBER + " +" + HAN),
            Pattern.compile(HAN + " +" + NUMBER),
            Pattern.compile("\\{\\d+} +" + UNIT),
            Pattern.compile(HAN + " +\\{\\d+}" + UNIT));

    static List<String> chineseBundles() throws IOException {
        List<String> resources = new ArrayList<>();
        MessageBundlesTest.everyBundle()
                .forEach(arguments -> resources.add((String) arguments.get()[1]));
        return resources;
    }

    @ParameterizedTest
    @MethodSource("chineseBundles")
    void chineseTextsWriteNoSpaceBetweenANumberAndItsWords(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = NumberSpacingTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> spaced = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            if (key.contains("usage") || key.startsWith("help.")) {
                continue;
            }
            String text = texts.getProperty(key);
            if (SPACED.stream().anyMatch(pattern -> pattern.matcher(text).find())) {
                spaced.add(key + "=" + text);
            }
        }
        assertThat(spaced).as(resource).isEmpty();
    }

    @Test
    void theRuleCatchesWhatTheStatusBarOnceWrote() {
        String before = "{0,number,integer} 条产业链 · {2} 家企业（本地 {3} 家）";
        assertThat(SPACED.stream().filter(pattern -> pattern.matcher(before).find()))
                .hasSize(2);
        assertThat(SPACED.stream().noneMatch(pattern -> pattern.matcher("{0,number,integer}条产业链 · {2}家企业（本地{3}家）")
                        .find()))
                .isTrue();
    }

    @Test
    void amountsAndCountsFollowTheRuleInBothLanguages() {
        assertThat(Money.format(3_500_000L, Locale.CHINESE)).isEqualTo("350万元");
        assertThat(Money.format(100_000_000_000L, Locale.CHINESE)).isEqualTo("1,000亿元");
        assertThat(Money.format(800L, Locale.CHINESE)).isEqualTo("800元");
        assertThat(Money.exact(100_000_000_000L, Locale.CHINESE)).isEqualTo("100,000,000,000元");
        assertThat(Money.count(100_000L, Locale.CHINESE)).isEqualTo("10万");
        assertThat(Money.format(35_000_000L, Locale.ENGLISH)).isEqualTo("CNY 35 m");
        assertThat(Money.count(1_200_000L, Locale.ENGLISH)).isEqualTo("1.2 million");
    }
}
