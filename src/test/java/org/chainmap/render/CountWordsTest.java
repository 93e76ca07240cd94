package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 5: a box's count line, its "+N more" and the panorama's counts write large numbers as planners
 * do, 2.8万 in Chinese and 28.2 thousand in English, with no space before a Chinese measure word (decision 0047).
 */
class CountWordsTest {

    private static final PaintWords ENGLISH = Words.of(Locale.ENGLISH).paintWords();

    @Test
    void aBoxCountsItsFirmsInLargeUnits() {
        assertThat(PaintWords.CHINESE.firmCount(28_216, 12_000)).isEqualTo("本地2.8万家，外地1.2万家");
        assertThat(PaintWords.CHINESE.firmCountShort(28_216, 0)).isEqualTo("本地2.8万");
        assertThat(PaintWords.CHINESE.firmCount(254, 40)).isEqualTo("本地254家，外地40家");
        assertThat(ENGLISH.firmCount(28_216, 12_000)).isEqualTo("28.2 thousand local firms, 12 thousand outside");
        assertThat(ENGLISH.firmCountShort(1_234_567, 3)).isEqualTo("1.2 million local · 3 ext.");
        assertThat(ENGLISH.firmCount(1, 0)).isEqualTo("1 local firm");
        assertThat(ENGLISH.firmCount(0, 2)).isEqualTo("no local firm, 2 outside");
    }

    @Test
    void whatABoxHasNoRoomForIsCountedSo() {
        assertThat(PaintWords.CHINESE.moreFirms(15_000)).isEqualTo("另有1.5万家");
        assertThat(ENGLISH.moreFirms(15_000)).isEqualTo("+15 thousand more");
        assertThat(ENGLISH.moreFirms(12)).isEqualTo("+12 more");
    }

    @Test
    void thePanoramaAndThePicturesCountSo() {
        PanoramaWords chinese = PanoramaWords.CHINESE;
        assertThat(chinese.format(chinese.firms(), 86_000, org.chainmap.text.Money.count(86_000, chinese.locale())))
                .isEqualTo("8.6万家");
        Words words = Words.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(words.text(
                        "figures.panorama", 14, 120, 100, org.chainmap.text.Money.count(86_000, words.locale()), 7))
                .isEqualTo("14条产业链 · 120个环节，100个有本地企业 · 本地企业8.6万家 · 缺口7处");
    }
}
