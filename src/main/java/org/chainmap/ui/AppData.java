package org.chainmap.ui;

import java.util.Objects;
import java.util.prefs.Preferences;
import org.chainmap.io.RecoveryStore;

/**
 * Where the application keeps things between runs: its preferences node (the recent files) and the folder
 * of recovery copies. Tests pass their own, so as never to touch the user's.
 *
 * @param preferences the preferences node, by default the user's {@value ThemePreference#NODE}
 * @param recovery this session's recovery copies
 */
public record AppData(Preferences preferences, RecoveryStore recovery) {

    /** Checks the fields. */
    public AppData {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(recovery, "recovery");
    }

    /** The user's preferences and recovery folder ({@link RecoveryStore#defaultDir()}). */
    static AppData user() {
        return new AppData(
                Preferences.userRoot().node(ThemePreference.NODE), new RecoveryStore(RecoveryStore.defaultDir()));
    }
}
