package org.chainmap.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.chainmap.model.UserLanguage;

/**
 * The words drawn into maps and pictures, from the bundle {@code org/chainmap/render/words}: Chinese for a
 * Chinese locale, English otherwise. The screen and the exports take them from here, so that a picture
 * says what the screen says.
 */
public final class Words {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Words(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "org.chainmap.render.words", locale, Words.class.getClassLoader(), NO_FALLBACK);
    }

    /** The words of {@code locale}'s language. */
    public static Words of(Locale locale) {
        return new Words(UserLanguage.supported(locale));
    }

    /** The language of these words. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code args} put in. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The stage titles and gap marks of a chain drawing. */
    public PaintWords paintWords() {
        return new PaintWords(
                text("stage.upstream"),
                text("stage.midstream"),
                text("stage.downstream"),
                text("mark.missing"),
                text("mark.weak"),
                text("mark.broken"),
                text("mark.chokepoint"),
                text("mark.extend"),
                bundle.getString("count.firms"));
    }

    /** The words of the panorama. */
    public PanoramaWords panoramaWords() {
        return new PanoramaWords(
                paintWords(),
                text("panorama.chains"),
                bundle.getString("panorama.firms"),
                bundle.getString("panorama.coverage"),
                bundle.getString("panorama.localRate"),
                text("panorama.localRate.none"),
                locale);
    }
}
