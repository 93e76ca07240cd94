package org.chainmap.io.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.chainmap.text.Bundle;

/**
 * Something an import says to the user: a refusal, the reason a row cannot be taken, a remark. A key of
 * {@code org/chainmap/io/sheet/imports.properties} and its arguments, put into words in the user's language
 * when shown; an argument that is {@link Localized} is put into words too.
 *
 * @param key the message key
 * @param args its arguments
 */
public record Message(String key, List<Object> args) {

    private static final String BUNDLE = "org.chainmap.io.sheet.imports";

    /** Something that has its own words in each language, such as a column's header. */
    public interface Localized {
        /** The words in {@code locale}'s language. */
        String in(Locale locale);
    }

    /** Checks the key and copies the arguments. */
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The message {@code key} with {@code args}. */
    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** The message in {@code locale}'s language (Chinese or English). */
    public String text(Locale locale) {
        return format(locale, key, args.toArray());
    }

    /** The text of {@code key} in {@code locale}'s language with {@code args} filled in. */
    public static String format(Locale locale, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Localized localized ? localized.in(locale) : args[i];
        }
        return Bundle.of(BUNDLE, locale, Message.class).text(key, shown);
    }
}
