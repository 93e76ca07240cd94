package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** Reduced motion is kept between runs, and the system property overrides it for one run. */
class MotionPreferenceTest {

    private final Preferences node = new MemoryPreferences().node(ThemePreference.NODE);
    private final MotionPreference preference = new MotionPreference(node);

    @Test
    void motionIsFullWhenNothingIsKept() {
        assertThat(preference.startReduced(null)).isFalse();
    }

    @Test
    void theChoiceIsKeptAndThePropertyOverridesItForOneRun() {
        MainViewModel model = new MainViewModel(Locale.ENGLISH);
        preference.follow(model);
        model.reducedMotionProperty().set(true);
        assertThat(node.getBoolean(MotionPreference.KEY, false)).isTrue();
        assertThat(preference.startReduced(null)).isTrue();
        assertThat(preference.startReduced(" FALSE ")).isFalse();
        assertThat(preference.startReduced("sometimes"))
                .as("not a boolean: the kept choice")
                .isTrue();
        assertThat(node.getBoolean(MotionPreference.KEY, false)).isTrue();
    }
}
