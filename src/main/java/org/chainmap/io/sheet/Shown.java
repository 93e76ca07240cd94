package org.chainmap.io.sheet;

import java.util.List;
import java.util.Locale;
import org.chainmap.model.Keyword;

/**
 * Values as an import shows them and the template writes them in cells, in the user's language: lists joined
 * with 、 (Chinese) or commas, yes and no as 是 and 否 or yes and no, stages, roles, certainties and lists by
 * their words ({@code word.*} in the bundle). {@link Values} reads all of these back, in either language.
 */
public final class Shown {

    private Shown() {}

    /** {@code value} as text in {@code locale}'s language: "" for none. */
    public static String value(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return Message.format(locale, yes ? "word.yes" : "word.no");
        }
        if (value instanceof Keyword keyword && value instanceof Enum<?> constant) {
            String kind = constant.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT);
            return Message.format(locale, "word." + kind + "." + keyword.id());
        }
        if (value instanceof List<?> list) {
            String separator = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ";
            return String.join(
                    separator, list.stream().map(each -> value(each, locale)).toList());
        }
        return value.toString();
    }
}
