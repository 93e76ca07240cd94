package org.chainmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The vocabulary of a map's data in the user's language: whole words, dated words, free text as written. */
class DataWordsTest {

    private final DataWords english = DataWords.of(Locale.ENGLISH);
    private final DataWords chinese = DataWords.of(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aUsualStateIsEnglish() {
        assertThat(english.status("创建中")).isEqualTo("being set up");
        assertThat(english.status("在建")).isEqualTo("under construction");
        assertThat(english.status("已签约并供地")).isEqualTo("signed, land granted");
    }

    @Test
    void aDateOrYearInAStateIsKeptAsWritten() {
        assertThat(english.status("2022-09-28开工")).isEqualTo("work started 2022-09-28");
        assertThat(english.status("首开区2025-05-20开园")).isEqualTo("first zone opened 2025-05-20");
        assertThat(english.status("2021年目标")).isEqualTo("2021 goal");
        assertThat(english.status("已签约，计划2025年投产")).isEqualTo("signed, production planned for 2025");
    }

    @Test
    void freeTextStaysAsWrittenWhole() {
        assertThat(english.status("已签约，等待审批")).isEqualTo("已签约，等待审批");
        assertThat(english.status("ready")).isEqualTo("ready");
        assertThat(english.status(null)).isNull();
        assertThat(english.tag("自定义")).isEqualTo("自定义");
    }

    @Test
    void chineseShowsTheMapsWordsAsWritten() {
        assertThat(chinese.status("已签约，计划2025年投产")).isEqualTo("已签约，计划2025年投产");
        assertThat(chinese.tag("规上")).isEqualTo("规上");
        assertThat(english.tag("规上")).isEqualTo("above scale");
        assertThat(english.tag("专精特新")).isEqualTo("specialised SME");
    }
}
