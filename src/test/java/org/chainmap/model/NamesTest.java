package org.chainmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NamesTest {

    private static final Segment NAMED = new Segment(
            "s1",
            "取向硅钢",
            "Grain-oriented silicon steel",
            Stage.UPSTREAM,
            1,
            List.of(),
            List.of(),
            false,
            List.of(),
            null,
            null);
    private static final Segment UNNAMED =
            new Segment("s2", "铜杆", null, Stage.UPSTREAM, 2, List.of(), List.of(), false, List.of(), null, null);
    private static final Segment BLANK =
            new Segment("s3", "铝杆", " ", Stage.UPSTREAM, 3, List.of(), List.of(), false, List.of(), null, null);

    @Test
    void englishShowsTheEnglishNameWhereThereIsOneAndTheChineseOtherwise() {
        assertThat(Names.of(NAMED, Locale.ENGLISH)).isEqualTo("Grain-oriented silicon steel");
        assertThat(Names.of(NAMED, Locale.UK)).isEqualTo("Grain-oriented silicon steel");
        assertThat(Names.of(UNNAMED, Locale.ENGLISH)).isEqualTo("铜杆");
        assertThat(Names.of(BLANK, Locale.ENGLISH)).isEqualTo("铝杆");
    }

    @Test
    void chineseShowsTheChineseName() {
        assertThat(Names.of(NAMED, Locale.SIMPLIFIED_CHINESE)).isEqualTo("取向硅钢");
        assertThat(Names.of(NAMED, Locale.CHINESE)).isEqualTo("取向硅钢");
        assertThat(Names.of(NAMED, null)).isEqualTo("取向硅钢");
    }

    @Test
    void aChainsOtherNameIsTheOneNotShown() {
        Chain chain = Chain.of("power", "电力装备产业链").withName("电力装备产业链", "Power equipment");
        assertThat(Names.of(chain, Locale.ENGLISH)).isEqualTo("Power equipment");
        assertThat(Names.other(chain, Locale.ENGLISH)).isEqualTo("电力装备产业链");
        assertThat(Names.other(chain, Locale.SIMPLIFIED_CHINESE)).isEqualTo("Power equipment");
        assertThat(Names.other(Chain.of("c", "链"), Locale.ENGLISH)).isNull();
    }
}
