package org.chainmap.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One message bundle in one language. Every value is a {@link MessageFormat} pattern and is always read as one,
 * with or without arguments, so a bundle has one rule for quotes: {@code ''} is an apostrophe, everywhere. (Four
 * of the eight readers this replaced printed a pattern without arguments as written, so {@code --help} showed
 * "map''s".) There is no fallback to the system's language: a user who chose English gets English.
 */
public final class Bundle {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Bundle(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /**
     * The bundle {@code baseName} (e.g. {@code org.chainmap.cli.messages}) in {@code locale}'s language, read
     * with the class loader of {@code owner}.
     */
    public static Bundle of(String baseName, Locale locale, Class<?> owner) {
        return new Bundle(locale, ResourceBundle.getBundle(baseName, locale, owner.getClassLoader(), NO_FALLBACK));
    }

    /** The language the texts are formatted in. */
    public Locale locale() {
        return locale;
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key of the bundle. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    /**
     * The pattern of {@code key} as written in the bundle, for callers that build their own format from it
     * (e.g. a {@link java.text.ChoiceFormat}).
     *
     * @throws MissingResourceException when the bundle has no such key
     */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /**
     * The text of {@code key} with {@code args} filled in.
     *
     * @throws MissingResourceException when the bundle has no such key
     */
    public String text(String key, Object... args) {
        return format(bundle.getString(key), args);
    }

    /** The text of {@code key} with {@code args} filled in, or {@code key} itself when the bundle lacks it. */
    public String textOrKey(String key, Object... args) {
        return bundle.containsKey(key) ? format(bundle.getString(key), args) : key;
    }

    private String format(String pattern, Object... args) {
        // A pattern is parsed once per bundle (an import's preview formats tens of thousands of lines); a
        // MessageFormat is not safe for two threads at once, hence the lock.
        MessageFormat format = formats.computeIfAbsent(pattern, text -> new MessageFormat(text, locale));
        synchronized (format) {
            return format.format(args);
        }
    }
}
