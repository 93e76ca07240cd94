package org.chainmap.edit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A command that cannot be carried out on the map as it is: a name left empty, a link that already
 * exists, a segment that is gone. Nothing has changed when it is thrown; {@link #message(Locale)} says why
 * in the user's words.
 */
public final class EditRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    /** A refusal with the message {@code key} of {@code org/chainmap/edit/edits.properties}. */
    public EditRefusedException(String key, Object... args) {
        super(key);
        this.key = Objects.requireNonNull(key, "key");
        this.args = List.of(args);
    }

    /** The key of the reason. */
    public String key() {
        return key;
    }

    /** Why, in {@code locale}'s language. */
    public String message(Locale locale) {
        return Description.format(locale, key, args);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
