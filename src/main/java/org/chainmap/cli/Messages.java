package org.chainmap.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The command line's texts in the user's language, from {@code org/chainmap/cli/messages.properties}. */
final class Messages {

    private final Locale locale;
    private final ResourceBundle bundle;

    Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the system's language: a user who chose English gets English.
        this.bundle = ResourceBundle.getBundle(
                "org.chainmap.cli.messages",
                locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The user's language. */
    Locale locale() {
        return locale;
    }

    /**
     * The text of {@code key} with {@code args} filled in; arguments other than numbers and dates are names, ids
     * and paths from the user's files, shown as {@link TerminalText#visible} shows them.
     */
    String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number || args[i] instanceof java.util.Date
                    ? args[i]
                    : TerminalText.visible(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
