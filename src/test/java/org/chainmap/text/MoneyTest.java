package org.chainmap.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts shown as planners write them, and read back from every form shown or typed. */
class MoneyTest {

    @Test
    void chineseCountsInYiAndWan() {
        assertThat(Money.format(100_000_000_000L, Locale.CHINESE)).isEqualTo("1,000亿元");
        assertThat(Money.format(1_530_000_000L, Locale.CHINESE)).isEqualTo("15.3亿元");
        assertThat(Money.format(3_500_000L, Locale.CHINESE)).isEqualTo("350万元");
        assertThat(Money.format(35_000L, Locale.CHINESE)).isEqualTo("3.5万元");
        assertThat(Money.format(800L, Locale.CHINESE)).isEqualTo("800元");
        assertThat(Money.format(-250_000_000L, Locale.CHINESE)).isEqualTo("-2.5亿元");
    }

    @Test
    void englishCountsInBillionsAndMillions() {
        assertThat(Money.format(100_000_000_000L, Locale.ENGLISH)).isEqualTo("CNY 100 bn");
        assertThat(Money.format(1_530_000_000L, Locale.ENGLISH)).isEqualTo("CNY 1.53 bn");
        assertThat(Money.format(35_000_000L, Locale.ENGLISH)).isEqualTo("CNY 35 m");
        assertThat(Money.format(8_000L, Locale.ENGLISH)).isEqualTo("CNY 8,000");
        assertThat(Money.exact(100_000_000_000L, Locale.ENGLISH)).isEqualTo("CNY 100,000,000,000");
    }

    @Test
    void whatIsShownReadsBack() {
        long[] amounts = {100_000_000_000L, 1_500_000_000L, 3_500_000L, 35_000L, 800L, 0L, 35_000_000L};
        for (long amount : amounts) {
            for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
                String shown = Money.format(amount, locale);
                // Rounded to what is shown, and exactly so when it was a round amount.
                assertThat(Money.parse(shown)).as(shown).isEqualTo(amount);
                assertThat(Money.parse(Money.exact(amount, locale))).isEqualTo(amount);
            }
        }
    }

    @Test
    void whatPeopleTypeIsRead() {
        assertThat(Money.parse("1000亿")).isEqualTo(100_000_000_000L);
        assertThat(Money.parse(" 15.3 亿元 ")).isEqualTo(1_530_000_000L);
        assertThat(Money.parse("350万")).isEqualTo(3_500_000L);
        assertThat(Money.parse("1,200,000")).isEqualTo(1_200_000L);
        assertThat(Money.parse("1，200")).isEqualTo(1_200L);
        assertThat(Money.parse("35 million")).isEqualTo(35_000_000L);
        assertThat(Money.parse("¥2.5bn")).isEqualTo(2_500_000_000L);
        assertThat(Money.parse("")).isNull();
        assertThatThrownBy(() -> Money.parse("a lot")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("1e30")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("999999999999亿")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void largeCountsInTheSameUnitsAsMoney() {
        assertThat(Money.count(9_876, Locale.CHINESE)).isEqualTo("9,876");
        assertThat(Money.count(12_345, Locale.CHINESE)).isEqualTo("1.2万");
        assertThat(Money.count(100_000, Locale.CHINESE)).isEqualTo("10万");
        assertThat(Money.count(269_776, Locale.CHINESE)).isEqualTo("27万");
        assertThat(Money.count(150_000_000, Locale.CHINESE)).isEqualTo("1.5亿");
        assertThat(Money.count(9_876, Locale.ENGLISH)).isEqualTo("9,876");
        assertThat(Money.count(28_216, Locale.ENGLISH)).isEqualTo("28.2 thousand");
        assertThat(Money.count(2_500_000, Locale.ENGLISH)).isEqualTo("2.5 million");
    }
}
