package org.chainmap.model;

import java.util.Locale;
import java.util.Map;

/**
 * The language ChainMap speaks to its user: Chinese or English, chosen at start by, in order, the
 * {@code chainmap.lang} system property ({@code zh} or {@code en}), the {@code LC_ALL}, {@code LC_MESSAGES}
 * or {@code LANG} environment variable (so that {@code LANG=zh_CN.UTF-8} gives Chinese even where the
 * system lacks that locale), and the JVM's default locale.
 */
public final class UserLanguage {

    /** The system property that chooses the language. */
    public static final String PROPERTY = "chainmap.lang";

    /** Simplified Chinese, the users' language. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** English, for everyone else. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    private UserLanguage() {}

    /** The language to start in, from this process's property, environment and default locale. */
    public static Locale detect() {
        return detect(System.getProperty(PROPERTY), System.getenv(), Locale.getDefault());
    }

    /** The language to start in, from the given property value, environment and default locale. */
    static Locale detect(String property, Map<String, String> environment, Locale fallback) {
        if (property != null && !property.isBlank()) {
            return supported(Locale.forLanguageTag(property.trim()));
        }
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            String language = value == null ? "" : value.split("[.@]")[0];
            if (!language.isBlank() && !language.equals("C") && !language.equals("POSIX")) {
                return supported(Locale.forLanguageTag(language.replace('_', '-')));
            }
        }
        return supported(fallback);
    }

    /** The supported language closest to {@code locale}: Chinese for any Chinese, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals(CHINESE.getLanguage()) ? CHINESE : ENGLISH;
    }
}
