package org.chainmap.render;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chainmap.model.UserLanguage;
import org.chainmap.text.Bundle;

/**
 * The words drawn into maps and pictures, from the bundle {@code org/chainmap/render/words}: Chinese for a
 * Chinese locale, English otherwise. The screen and the exports take them from here, so that a picture
 * says what the screen says.
 */
public final class Words {

    /** One set of words per language: a map is painted many times a second, in the same words. */
    private static final Map<Locale, Words> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Bundle bundle;
    private volatile PaintWords paintWords;
    private volatile PanoramaWords panoramaWords;

    private Words(Locale locale) {
        this.locale = locale;
        this.bundle = Bundle.of("org.chainmap.render.words", locale, Words.class);
    }

    /** The words of {@code locale}'s language. */
    public static Words of(Locale locale) {
        Locale supported = UserLanguage.supported(locale);
        Words words = LOADED.get(supported);
        if (words == null) {
            // Not computeIfAbsent: making the words may load PaintWords, whose constants ask for words again.
            words = new Words(supported);
            Words first = LOADED.putIfAbsent(supported, words);
            words = first == null ? words : first;
        }
        return words;
    }

    /** The language of these words. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code args} put in. */
    public String text(String key, Object... args) {
        return bundle.text(key, args);
    }

    /** The stage titles and gap marks of a chain drawing. */
    public PaintWords paintWords() {
        PaintWords words = paintWords;
        if (words == null) {
            words = makePaintWords();
            paintWords = words;
        }
        return words;
    }

    private PaintWords makePaintWords() {
        return new PaintWords(
                text("stage.upstream"),
                text("stage.midstream"),
                text("stage.downstream"),
                text("mark.missing"),
                text("mark.weak"),
                text("mark.broken"),
                text("mark.chokepoint"),
                text("mark.extend"),
                bundle.pattern("count.firms"),
                bundle.pattern("count.more"),
                bundle.pattern("count.firms.short"),
                locale);
    }

    /** The words of the panorama. */
    public PanoramaWords panoramaWords() {
        PanoramaWords words = panoramaWords;
        if (words == null) {
            words = makePanoramaWords();
            panoramaWords = words;
        }
        return words;
    }

    private PanoramaWords makePanoramaWords() {
        return new PanoramaWords(
                paintWords(),
                text("panorama.chains"),
                bundle.pattern("panorama.firms"),
                bundle.pattern("panorama.coverage"),
                bundle.pattern("panorama.localRate"),
                text("panorama.localRate.none"),
                locale);
    }
}
