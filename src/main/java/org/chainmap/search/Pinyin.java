package org.chainmap.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The readings of a Chinese character in Hanyu Pinyin, lower case and without tones, as a user types
 * them: 特 → {@code te}; 行 → {@code xing}, {@code hang}, {@code heng} (every reading of a polyphonic
 * character, each once); ü as {@code v} and as {@code u} (绿 → {@code lv}, {@code lu}), since keyboards have
 * no ü. The only class that knows pinyin4j, whose dictionary loads on first use (about 0.1 s).
 */
final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {}

    /**
     * The readings of {@code c}, each once, in the dictionary's order (the commonest first); none for a
     * character that is not Chinese or that the dictionary does not know.
     */
    static List<String> readings(char c) {
        if (c < 0x3000) {
            return List.of(); // below the CJK blocks: Latin, digits, punctuation
        }
        String[] found;
        try {
            found = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("lower case, no tones and v for ü go together", e);
        }
        if (found == null) {
            return List.of();
        }
        List<String> readings = new ArrayList<>(found.length + 1);
        for (String reading : found) {
            add(readings, reading.toLowerCase(Locale.ROOT));
            if (reading.indexOf('v') >= 0) {
                add(readings, reading.toLowerCase(Locale.ROOT).replace('v', 'u'));
            }
        }
        return List.copyOf(readings);
    }

    private static void add(List<String> readings, String reading) {
        if (!reading.isEmpty()
                && reading.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
                && !readings.contains(reading)) {
            readings.add(reading);
        }
    }
}
