package org.chainmap.render;

import javafx.scene.paint.Color;

/**
 * The colours of a drawing. The screen's CSS themes and the exports pick one of these, so that a picture
 * looks like the screen.
 *
 * @param name the theme's name: light, dark, contrast
 * @param background the surface
 * @param column a stage column's band
 * @param box a segment box
 * @param boxBorder a segment box's frame
 * @param text names and labels
 * @param subtle counts and secondary labels
 * @param card a local firm's card
 * @param externalCard an external firm's card
 * @param feed a feed arrow
 * @param link a supply link between two cards (thinner than a feed; external and chokepoint links take
 *     {@code subtle} and {@code gap})
 * @param gap the colour of gaps: missing, weak, broken, chokepoint
 */
public record Theme(
        String name,
        Color background,
        Color column,
        Color box,
        Color boxBorder,
        Color text,
        Color subtle,
        Color card,
        Color externalCard,
        Color feed,
        Color link,
        Color gap) {

    /** For the office. */
    public static final Theme LIGHT = new Theme(
            "light",
            Color.web("#f5f7f9"),
            Color.web("#e9eef3"),
            Color.WHITE,
            Color.web("#b0bec5"),
            Color.web("#1f2933"),
            Color.web("#607080"),
            Color.web("#e3f2fd"),
            Color.web("#eceff1"),
            Color.web("#78909c"),
            Color.web("#1e63b5", 0.7),
            Color.web("#c62828"));

    /** For dark rooms. */
    public static final Theme DARK = new Theme(
            "dark",
            Color.web("#15191e"),
            Color.web("#1d232a"),
            Color.web("#262d35"),
            Color.web("#4a5663"),
            Color.web("#e6edf3"),
            Color.web("#9aa7b4"),
            Color.web("#1e3a5f"),
            Color.web("#2b3139"),
            Color.web("#7d8b99"),
            Color.web("#6cb4f5", 0.7),
            Color.web("#ff6b6b"));

    /** For projectors in bright rooms: black on white, thick lines, strong red. */
    public static final Theme CONTRAST = new Theme(
            "contrast",
            Color.WHITE,
            Color.web("#f0f0f0"),
            Color.WHITE,
            Color.BLACK,
            Color.BLACK,
            Color.web("#222222"),
            Color.web("#fff59d"),
            Color.WHITE,
            Color.BLACK,
            Color.web("#0033aa"),
            Color.web("#d00000"));
}
