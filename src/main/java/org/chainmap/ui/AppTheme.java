package org.chainmap.ui;

import java.util.Locale;
import java.util.Optional;
import org.chainmap.render.Theme;

/**
 * The look of the whole application: a style sheet for the panels, menus and dialogs on top of
 * {@link Styles#BASE} and the colours the map is drawn in. The two are kept alike, so that the map and the
 * panels look like one application in each theme ({@code ThemeCssTest} holds the shared colours).
 */
public enum AppTheme {
    /** Dark text on light panels, for the desk. */
    LIGHT("light.css", Theme.LIGHT),
    /** Light text on dark panels, for dark rooms. */
    DARK("dark.css", Theme.DARK),
    /** Black on white with strong gap colours, large type and thick focus outlines, for projectors in bright rooms. */
    CONTRAST("contrast.css", Theme.CONTRAST);

    private final String stylesheet;
    private final Theme drawing;

    AppTheme(String stylesheet, Theme drawing) {
        this.stylesheet = stylesheet;
        this.drawing = drawing;
    }

    /** The theme's name in preferences and on the command line: {@code light}, {@code dark}, {@code contrast}. */
    public String id() {
        return drawing.name();
    }

    /** The theme's style sheet, a resource beside {@link Styles}, applied after {@link Styles#BASE}. */
    public String stylesheet() {
        return stylesheet;
    }

    /** The colours the map is painted in. */
    public Theme drawing() {
        return drawing;
    }

    /** The theme named {@code id} ({@link #id()}, any case, blanks ignored); empty for no or another name. */
    public static Optional<AppTheme> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (AppTheme theme : values()) {
            if (theme.id().equals(wanted)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
