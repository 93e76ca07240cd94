package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.chainmap.layout.Rect;
import org.junit.jupiter.api.Test;

/**
 * A box's name at fit in a small window (the Hengyang power chain at 1366 × 768, in English) is not cut to a word
 * and a half by its gap marks: the marks shrink to their icons where their words would squeeze the name, and the
 * name's first line goes beside them when below them it would be cut.
 */
class BoxNameBesideMarksTest {

    private static final PaintWords ENGLISH = Words.of(Locale.ENGLISH).paintWords();

    private static final Viewport SCREEN = new Viewport(0, 0, 1, 2000, 2000);

    /** A box as the middle level draws it at fit in the English window at 1366 × 768: 100 × 33 pixels. */
    private static final Rect BOX = new Rect(0, 0, 100, 33);

    private static List<String> written(String name, double beside) {
        RecordingPen pen = new RecordingPen(true);
        double clear = BoxLabel.badgesReach(ChainPainter.MIDDLE_MARKS);
        BoxLabel.paint(pen, SCREEN, Theme.LIGHT, BOX, name, List.of(), 13, 2, false, clear, beside);
        return pen.texts().stream().map(t -> (String) t[0]).toList();
    }

    @Test
    void aNarrowBoxShowsItsMarksAsIconsAWideOneAsWords() {
        List<String> marks = List.of(ENGLISH.missing(), ENGLISH.extend());
        assertThat(ChainMarks.fitted(SCREEN, BOX, marks, "UHV & distribution grid projects", 11))
                .containsExactly("M", "E");
        assertThat(ChainMarks.fitted(SCREEN, new Rect(0, 0, 260, 33), marks, "UHV & distribution grid projects", 11))
                .containsExactly("missing", "extend");
        // A Chinese name keeps its one-character marks: they are their own icons.
        assertThat(ChainMarks.fitted(SCREEN, BOX, List.of("缺", "延"), "特高压及配电网工程", 11))
                .containsExactly("缺", "延");
    }

    @Test
    void aNameCutBelowTheMarksStartsBesideThemAndIsWhole() {
        String name = "Instrument transformers";
        double beside = BoxLabel.badgesWidth(SCREEN, BOX, List.of("W"), ChainPainter.MIDDLE_MARKS);

        assertThat(written(name, 0))
                .as("below the marks: cut after a whole word")
                .containsExactly("Instrument\u2026");
        List<String> lines = written(name, beside);
        assertThat(lines).containsExactly("Instrument", "transformers");
        assertThat(BoxLabel.whole(lines, name)).isTrue();
    }

    @Test
    void aNameThatFitsBelowTheMarksStaysThere() {
        RecordingPen pen = new RecordingPen(true);
        double clear = BoxLabel.badgesReach(ChainPainter.MIDDLE_MARKS);
        double beside = BoxLabel.badgesWidth(SCREEN, BOX, List.of("W"), ChainPainter.MIDDLE_MARKS);
        BoxLabel.paint(pen, SCREEN, Theme.LIGHT, BOX, "Reactors", List.of(), 13, 2, false, clear, beside);

        assertThat(pen.texts()).hasSize(1);
        assertThat((double) pen.texts().get(0)[2]).as("below the marks").isGreaterThan(clear);
    }

    @Test
    void aFirstWordTooWideBesideTheMarksIsNotBrokenInside() {
        assertThat(BoxLabel.besideMarks("Grain-oriented silicon steel", 9, 92, 40, 2))
                .as("broken after its hyphen, between two words")
                .startsWith("Grain-");
        assertThat(BoxLabel.besideMarks("Electromagnetic shielding", 9, 92, 40, 2))
                .isEmpty();
        assertThat(BoxLabel.besideMarks("Tanks & steel structures", 9, 92, 27, 2))
                .containsExactly("Tanks &", "steel structures");
    }

    @Test
    void theNameComesWholeBeforeTheCountsBelowIt() {
        RecordingPen pen = new RecordingPen(true);
        // A box at fit: room for one line of the name above its count line, not two.
        Rect box = new Rect(0, 0, 100, 40);
        double clear = BoxLabel.badgesReach(ChainPainter.MIDDLE_MARKS);
        double beside = BoxLabel.badgesWidth(SCREEN, box, List.of("W"), ChainPainter.MIDDLE_MARKS);
        BoxLabel.paint(
                pen,
                SCREEN,
                Theme.LIGHT,
                box,
                "Energy-storage batteries",
                List.of("2 local firms"),
                13,
                2,
                false,
                clear,
                beside);

        List<String> lines = pen.texts().stream().map(t -> (String) t[0]).toList();
        assertThat(BoxLabel.whole(lines, "Energy-storage batteries")).isTrue();
    }
}
