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
 * @param gap the colour of a missing segment, and of the gaps in general
 * @param weak the colour of a weak segment's mark and frame (弱)
 * @param broken the colour of a broken feed and its mark (断)
 * @param chokepoint the colour of a chokepoint supplier's frame, mark and links (卡)
 * @param extend the colour of an extend segment's mark (延)
 * @param onGap text on a mark filled with a gap colour
 *     <p>The gap colours are those of the panels' CSS themes ({@code -cm-missing}, {@code -cm-weak},
 *     {@code -cm-broken}, {@code -cm-chokepoint}, {@code -cm-extend}), so that a mark means one colour
 *     everywhere.
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
        Color gap,
        Color weak,
        Color broken,
        Color chokepoint,
        Color extend,
        Color onGap) {

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
            Color.web("#c62828"),
            Color.web("#b45309"),
            Color.web("#ad1457"),
            Color.web("#6a1b9a"),
            Color.web("#00796b"),
            Color.WHITE);

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
            Color.web("#ff6b6b"),
            Color.web("#f0a04b"),
            Color.web("#f48fb1"),
            Color.web("#c792ea"),
            Color.web("#4db6ac"),
            Color.web("#15191e"));

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
            Color.web("#d00000"),
            Color.web("#9a4000"),
            Color.web("#a0005a"),
            Color.web("#5a0090"),
            Color.web("#005f56"),
            Color.WHITE);

    /** The same colours on another background, such as {@link Color#TRANSPARENT} for a picture. */
    public Theme withBackground(Color newBackground) {
        return new Theme(
                name,
                newBackground,
                column,
                box,
                boxBorder,
                text,
                subtle,
                card,
                externalCard,
                feed,
                link,
                gap,
                weak,
                broken,
                chokepoint,
                extend,
                onGap);
    }
}
