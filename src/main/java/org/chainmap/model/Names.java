package org.chainmap.model;

import java.util.Locale;

/**
 * The one chooser of the name a chain or a segment shows in a language: its English name ({@code nameEn}) in
 * English, when the map has one, its own (Chinese) name otherwise. Every drawing, slide, report and view asks
 * here, so that a window in English shows one language everywhere. Firms have only their registered name.
 */
public final class Names {

    private Names() {}

    /** Whether {@code locale} asks for English names: any language but Chinese. */
    public static boolean english(Locale locale) {
        return locale != null && !UserLanguage.supported(locale).equals(UserLanguage.CHINESE);
    }

    /** {@code chain}'s name in {@code locale}'s language. */
    public static String of(Chain chain, Locale locale) {
        return pick(chain.name(), chain.nameEn(), locale);
    }

    /** {@code segment}'s name in {@code locale}'s language. */
    public static String of(Segment segment, Locale locale) {
        return pick(segment.name(), segment.nameEn(), locale);
    }

    /** The name besides the one {@link #of(Chain, Locale)} shows, or {@code null} when there is none. */
    public static String other(Chain chain, Locale locale) {
        String shown = of(chain, locale);
        String other = shown.equals(chain.name()) ? chain.nameEn() : chain.name();
        return other == null || other.isBlank() || other.equals(shown) ? null : other;
    }

    private static String pick(String name, String nameEn, Locale locale) {
        return english(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
