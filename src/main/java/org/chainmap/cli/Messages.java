package org.chainmap.cli;

import java.util.Locale;
import org.chainmap.text.Bundle;

/** The command line's texts in the user's language, from {@code org/chainmap/cli/messages.properties}. */
final class Messages {

    private final Locale locale;
    private final Bundle bundle;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = Bundle.of("org.chainmap.cli.messages", locale, Messages.class);
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
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number || args[i] instanceof java.util.Date
                    ? args[i]
                    : TerminalText.visible(args[i]);
        }
        return bundle.textOrKey(key, shown);
    }
}
