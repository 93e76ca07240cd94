package org.chainmap.ui;

import java.util.prefs.Preferences;

/**
 * Where the chosen theme is kept between runs: the key {@value #KEY} of a preferences node, by default the
 * user's node {@value #NODE}. The system property {@value #PROPERTY} ({@code light}, {@code dark} or
 * {@code contrast}) overrides it for one run without changing it, which is what screenshots use.
 */
public final class ThemePreference {

    /** The system property that chooses the theme for one run. */
    public static final String PROPERTY = "chainmap.theme";

    /** The user preferences node of ChainMap. */
    public static final String NODE = "org/chainmap";

    /** The key of the theme in the node. */
    static final String KEY = "theme";

    private final Preferences node;

    /** The theme kept in {@code node}; tests pass a node of their own so as not to touch the user's. */
    public ThemePreference(Preferences node) {
        this.node = node;
    }

    /** The theme kept in the user's preferences. */
    public static ThemePreference user() {
        return new ThemePreference(Preferences.userRoot().node(NODE));
    }

    /** The theme to start in: the system property's, else the one kept, else light. */
    public AppTheme startTheme() {
        return startTheme(System.getProperty(PROPERTY));
    }

    /** The theme to start in, given the system property's value ({@code null} when not set). */
    AppTheme startTheme(String property) {
        return AppTheme.of(property).or(() -> AppTheme.of(node.get(KEY, null))).orElse(AppTheme.LIGHT);
    }

    /** Keeps {@code theme} for the next runs. */
    public void remember(AppTheme theme) {
        node.put(KEY, theme.id());
    }

    /** Starts {@code model} in {@link #startTheme()} and keeps every theme chosen later. */
    public void follow(MainViewModel model) {
        model.themeProperty().set(startTheme());
        model.themeProperty().addListener((property, old, now) -> {
            if (now != null) {
                remember(now);
            }
        });
    }
}
