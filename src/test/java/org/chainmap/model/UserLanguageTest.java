package org.chainmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserLanguageTest {

    @Test
    void thePropertyWinsOverEverything() {
        assertThat(UserLanguage.detect("en", Map.of("LANG", "zh_CN.UTF-8"), Locale.CHINA))
                .isEqualTo(UserLanguage.ENGLISH);
        assertThat(UserLanguage.detect("zh", Map.of(), Locale.US)).isEqualTo(UserLanguage.CHINESE);
    }

    @Test
    void theEnvironmentGivesChineseEvenWhereTheSystemLacksTheLocale() {
        assertThat(UserLanguage.detect(null, Map.of("LANG", "zh_CN.UTF-8"), Locale.US))
                .isEqualTo(UserLanguage.CHINESE);
        assertThat(UserLanguage.detect(null, Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN.UTF-8"), Locale.US))
                .isEqualTo(UserLanguage.ENGLISH);
        assertThat(UserLanguage.detect(null, Map.of("LANG", "zh_TW.UTF-8"), Locale.US))
                .isEqualTo(UserLanguage.CHINESE);
    }

    @Test
    void withoutASayTheDefaultLocaleDecides() {
        assertThat(UserLanguage.detect(null, Map.of("LANG", "C"), Locale.CHINA)).isEqualTo(UserLanguage.CHINESE);
        assertThat(UserLanguage.detect(null, Map.of("LANG", "C.UTF-8"), Locale.CHINA))
                .isEqualTo(UserLanguage.CHINESE);
        assertThat(UserLanguage.detect(null, Map.of(), Locale.GERMANY)).isEqualTo(UserLanguage.ENGLISH);
    }
}
