package org.chainmap.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a map's data that come from a small vocabulary, shown in the user's language: a firm's usual tags
 * (规上, 高新, 专精特新, 单项冠军, 上市, 链主) and the usual states of a list item (在建, 已签约, 创建中, "2022-09-28开工"
 * …). The data keeps them as written; only what is shown changes. A state is read part by part (parts separated
 * by "，" or "；"), each part a word of {@code datawords_zh.properties}, where {@code {0}} stands for a date or a
 * year; a value with a part outside the vocabulary is free text and is shown as written, whole.
 */
public final class DataWords {

    private static final String BUNDLE = "org.chainmap.text.datawords";
    private static final String DATE = "(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?)";
    private static final Pattern PLACE = Pattern.compile("\\{0}");
    private static final Pattern PARTS = Pattern.compile("\\s*[，；,;]\\s*");

    private final boolean asWritten;
    private final Bundle shown;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final List<Word> states = new ArrayList<>();

    private DataWords(Locale locale) {
        this.shown = Bundle.of(BUNDLE, locale, DataWords.class);
        this.asWritten = "zh".equals(locale.getLanguage());
        Bundle written = Bundle.of(BUNDLE, Locale.SIMPLIFIED_CHINESE, DataWords.class);
        for (String key : written.keys()) {
            if (key.startsWith("tag.")) {
                tags.put(written.pattern(key), key);
            } else {
                states.add(new Word(key, regex(written.pattern(key))));
            }
        }
    }

    /** The vocabulary shown in {@code locale}'s language: as written for Chinese, English otherwise. */
    public static DataWords of(Locale locale) {
        return new DataWords(locale);
    }

    /** {@code tag} of a firm in the user's language; a free tag as written. */
    public String tag(String tag) {
        if (asWritten || tag == null) {
            return tag;
        }
        String key = tags.get(tag.strip());
        return key == null ? tag : shown.text(key);
    }

    /** {@code tags} of a firm, each in the user's language. */
    public List<String> tags(List<String> tags) {
        return tags.stream().map(this::tag).toList();
    }

    /** The state of a list item in the user's language; free text as written; {@code null} for none. */
    public String status(String status) {
        if (asWritten || status == null || status.isBlank()) {
            return status;
        }
        List<String> parts = new ArrayList<>();
        for (String part : PARTS.split(status.strip())) {
            String word = state(part);
            if (word == null) {
                return status;
            }
            parts.add(word);
        }
        return String.join(", ", parts);
    }

    private String state(String part) {
        for (Word word : states) {
            Matcher match = word.pattern().matcher(part);
            if (match.matches()) {
                return match.groupCount() == 0 ? shown.text(word.key()) : shown.text(word.key(), match.group(1));
            }
        }
        return null;
    }

    /** A Chinese word as a pattern matching it whole, its {@code {0}} a date or a year. */
    private static Pattern regex(String written) {
        StringBuilder regex = new StringBuilder();
        int from = 0;
        Matcher place = PLACE.matcher(written);
        while (place.find()) {
            regex.append(Pattern.quote(written.substring(from, place.start()))).append(DATE);
            from = place.end();
        }
        regex.append(Pattern.quote(written.substring(from)));
        return Pattern.compile(regex.toString());
    }

    /** A word of the vocabulary: its key and the pattern of its Chinese. */
    private record Word(String key, Pattern pattern) {}
}
