package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The theme is kept between runs, and the system property overrides it for one run without changing it. */
class ThemePreferenceTest {

    private final Preferences node = new MemoryPreferences().node(ThemePreference.NODE);
    private final ThemePreference preference = new ThemePreference(node);

    @Test
    void startsLightWhenNothingIsKept() {
        assertThat(preference.startTheme(null)).isEqualTo(AppTheme.LIGHT);
    }

    @Test
    void startsInTheThemeKept() {
        preference.remember(AppTheme.CONTRAST);
        assertThat(node.get(ThemePreference.KEY, null)).isEqualTo("contrast");
        assertThat(preference.startTheme(null)).isEqualTo(AppTheme.CONTRAST);
    }

    @Test
    void thePropertyOverridesTheKeptThemeWithoutChangingIt() {
        preference.remember(AppTheme.CONTRAST);
        assertThat(preference.startTheme(" Dark ")).isEqualTo(AppTheme.DARK);
        assertThat(preference.startTheme("sepia"))
                .as("an unknown name is ignored")
                .isEqualTo(AppTheme.CONTRAST);
        assertThat(node.get(ThemePreference.KEY, null)).isEqualTo("contrast");
    }

    @Test
    void anUnreadableKeptValueStartsLight() {
        node.put(ThemePreference.KEY, "neon");
        assertThat(preference.startTheme(null)).isEqualTo(AppTheme.LIGHT);
    }

    @Test
    void theModelStartsInTheKeptThemeAndItsChoicesAreKept() {
        preference.remember(AppTheme.DARK);
        MainViewModel model = new MainViewModel(I18n.ENGLISH);
        String property = System.clearProperty(ThemePreference.PROPERTY);
        try {
            preference.follow(model);
        } finally {
            if (property != null) {
                System.setProperty(ThemePreference.PROPERTY, property);
            }
        }
        assertThat(model.theme()).isEqualTo(AppTheme.DARK);
        model.themeProperty().set(AppTheme.CONTRAST);
        assertThat(new ThemePreference(node).startTheme(null)).isEqualTo(AppTheme.CONTRAST);
    }
}
