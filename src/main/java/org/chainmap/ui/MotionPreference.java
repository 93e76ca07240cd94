package org.chainmap.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * Whether the user asked for reduced motion (no camera flights in a presentation), kept between runs as
 * the theme is ({@link ThemePreference}): the key {@value #KEY} of the user's node {@value
 * ThemePreference#NODE}. The system property {@value #PROPERTY} ({@code true} or {@code false}) overrides it
 * for one run without changing it.
 */
public final class MotionPreference {

    /** The system property that asks for reduced motion for one run. */
    public static final String PROPERTY = "chainmap.reducedMotion";

    /** The key of the choice in the node. */
    static final String KEY = "reducedMotion";

    private final Preferences node;

    /** The choice kept in {@code node}; tests pass a node of their own so as not to touch the user's. */
    public MotionPreference(Preferences node) {
        this.node = node;
    }

    /** The choice kept in the user's preferences. */
    public static MotionPreference user() {
        return new MotionPreference(Preferences.userRoot().node(ThemePreference.NODE));
    }

    /** Whether to start with reduced motion, given the system property's value ({@code null} when not set). */
    boolean startReduced(String property) {
        if (property != null) {
            String value = property.trim().toLowerCase(Locale.ROOT);
            if (value.equals("true") || value.equals("false")) {
                return value.equals("true");
            }
        }
        return node.getBoolean(KEY, false);
    }

    /** Keeps {@code reduced} for the next runs. */
    public void remember(boolean reduced) {
        node.putBoolean(KEY, reduced);
    }

    /** Starts {@code model} with the choice kept (or the property's) and keeps every later choice. */
    public void follow(MainViewModel model) {
        model.reducedMotionProperty().set(startReduced(System.getProperty(PROPERTY)));
        model.reducedMotionProperty().addListener((property, old, now) -> remember(now));
    }
}
