package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Names compare as the user means them, whether the quick path or the full normalisation takes them. */
class NameKeyTest {

    /** The rule written out in full: NFKC, blanks out, lower case. */
    private static String full(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void plainNamesAreTheirOwnKeys() {
        for (String name :
                new String[] {"衡阳测试企业00001有限公司", "power.grid", "特变电工-衡阳(变压器)", "a_b:c", "产品0、配件0", "《衡阳》「钢」。"}) {
            assertThat(Incoming.nameKey(name)).isEqualTo(full(name)).isSameAs(name);
        }
    }

    @Test
    void othersAreNormalisedAsBefore() {
        String[] names = {
            "ＴＢＥＡ衡阳",
            "特变电工 衡阳",
            "特变电工（衡阳）",
            "Hengyang Steel",
            "衡阳\t钢管",
            "㈱衡阳",
            "Ⅻ号",
            "ﬁrm",
            "衡阳\u3000钢管",
            "e\u0301",
            "豈",
            "",
        };
        for (String name : names) {
            assertThat(Incoming.nameKey(name)).as(name).isEqualTo(full(name));
        }
        assertThat(Incoming.nameKey("特变电工（衡阳）")).isEqualTo(Incoming.nameKey("特变电工(衡阳)"));
        assertThat(Incoming.nameKey("TBEA 衡阳")).isEqualTo("tbea衡阳");
    }
}
