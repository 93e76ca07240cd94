package org.chainmap.edit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.chainmap.text.Bundle;

/**
 * The name of a change in the user's words, as the Edit menu shows it: "移动 金杯电工 到 电线电缆" or "Move
 * 金杯电工 to Wire &amp; cable". A key of {@code org/chainmap/edit/edits.properties} and its arguments; an
 * argument that is a {@link Name} is shown in the language asked for.
 *
 * @param key the key of the message
 * @param args its arguments
 */
public record Description(String key, List<Object> args) {

    private static final String BUNDLE = "org.chainmap.edit.edits";

    /** Checks the key and copies the arguments. */
    public Description {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A description with the message {@code key}. */
    public static Description of(String key, Object... args) {
        return new Description(key, List.of(args));
    }

    /**
     * A name with its English form, shown in English when the user reads English and there is one.
     *
     * @param name the name, usually Chinese
     * @param nameEn the English name; {@code null} when there is none
     */
    public record Name(String name, String nameEn) {

        /** Checks the name. */
        public Name {
            Objects.requireNonNull(name, "name");
        }

        String in(Locale locale) {
            return nameEn != null && !Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameEn : name;
        }
    }

    /** The description in {@code locale}'s language (Chinese or English). */
    public String text(Locale locale) {
        return format(locale, key, args);
    }

    static String format(Locale locale, String key, List<Object> args) {
        Object[] shown = args.stream()
                .map(arg -> arg instanceof Name name ? name.in(locale) : arg)
                .toArray();
        return Bundle.of(BUNDLE, locale, Description.class).text(key, shown);
    }
}
