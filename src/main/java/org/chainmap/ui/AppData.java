package org.chainmap.ui;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
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

    /**
     * Reads the user's preferences (the node {@value ThemePreference#NODE} and its children) on a thread of its
     * own, while JavaFX starts: their first read parses XML files with a parser of some 180 classes, which would
     * otherwise come on the JavaFX thread before the window's first frame (docs/performance.md, "Start-up").
     * What it reads is cached by {@link Preferences}; the window's own reads then find it there.
     */
    static void readAhead() {
        Thread reading = new Thread(
                () -> {
                    try {
                        Preferences node = Preferences.userRoot().node(ThemePreference.NODE);
                        node.keys();
                        for (String child : node.childrenNames()) {
                            node.node(child).keys();
                        }
                    } catch (BackingStoreException | RuntimeException e) {
                        // Read again where used, which reports what is wrong.
                    }
                },
                "chainmap-preferences");
        reading.setDaemon(true);
        reading.start();
    }
}
