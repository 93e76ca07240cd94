package org.chainmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No English text says "1 local firms" (issue 17: the chain's figures on pictures and slides did). Every pattern
 * of every English bundle is formatted with 1 for each argument, and a 1 followed by a plural noun fails: a count
 * that can be 1 chooses its word with a {@code choice} ({@code {0,choice,0#…|1#1 firm|1<{0,number,integer}
 * firms}}). The word checked is the first after the 1 and its adjectives (local, new, more …). Some "1"s are not
 * counts and are let be: a size after "×" (1 × 1 pixels), a limit after "than", "most" or "least" (never 1), the
 * whole after "of" (1 of 1 segments), and a name followed by its verb ("1 refers to").
 */
class EnglishPluralsTest {

    /** A 1 standing alone, the words that may stand between it and its noun, and the word after them. */
    private static final Pattern ONE =
            Pattern.compile("(?<![\\w.,])1 ((?:local |external |new |more |supply |warm-up |CSV |list )*)([A-Za-z-]+)");

    /** What comes before a 1 that is no count of things. */
    private static final Pattern NOT_A_COUNT = Pattern.compile("(?:\u00d7|\\bthan|\\bmost|\\bleast|\\bof) $");

    /** Words ending in s that are no plural: verbs after a name, and small words. */
    private static final Set<String> NOT_PLURAL = Set.of(
            "is",
            "as",
            "was",
            "has",
            "does",
            "this",
            "its",
            "plus",
            "less",
            "across",
            "thus",
            "refers",
            "means",
            "depends",
            "feeds",
            "flows",
            "links",
            "supplies",
            "comes",
            "needs",
            "takes",
            "keeps",
            "holds",
            "shows",
            "reads",
            "writes",
            "contains",
            "uses",
            "gives",
            "makes",
            "relies",
            "breaks",
            "declares",
            "brings",
            "joins",
            "belongs",
            "matches",
            "always",
            "already");

    @ParameterizedTest
    @MethodSource("org.chainmap.MessageBundlesTest#everyBundle")
    void noPatternSaysOneWithAPluralNoun(String english, String chinese) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream(english)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Object[] ones = new Object[12];
        Arrays.fill(ones, 1);
        List<String> plural = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String pattern = bundle.getProperty(key);
            if (!pattern.contains("{")) {
                continue;
            }
            String text = new MessageFormat(pattern, Locale.ENGLISH).format(ones);
            Matcher one = ONE.matcher(text);
            while (one.find()) {
                String before = text.substring(Math.max(0, one.start() - 6), one.start());
                String noun = one.group(2);
                if (noun.endsWith("s")
                        && !NOT_PLURAL.contains(noun)
                        && !NOT_A_COUNT.matcher(before).find()) {
                    plural.add(key + ": " + text);
                    break;
                }
            }
        }
        assertThat(plural).as(english + ": texts that say 1 with a plural noun").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.chainmap.MessageBundlesTest#everyBundle")
    void aChoiceStillSaysManyInThePlural(String english, String chinese) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream(english)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Object[] many = new Object[12];
        Arrays.fill(many, 3);
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String pattern = bundle.getProperty(key);
            if (pattern.contains(",choice,")) {
                String text = new MessageFormat(pattern, Locale.ENGLISH).format(many);
                assertThat(text).as(key).doesNotContainPattern("(?<![\\w.,])1 ");
            }
        }
    }
}
