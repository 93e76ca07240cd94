package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.chainmap.layout.Rect;
import org.junit.jupiter.api.Test;

/**
 * A box's count line is never cut: where the whole line ("254 local firms, 40 outside") does not fit its box at a
 * size near the name's, the short one ("254 local · 40 ext.") is written, whole, at a size a page can be read at.
 */
class BoxLabelCountsTest {

    private static final PaintWords ENGLISH = Words.of(Locale.ENGLISH).paintWords();

    private static List<String> counts(int local, int outside) {
        return List.of(ENGLISH.firmCount(local, outside), ENGLISH.firmCountShort(local, outside));
    }

    @Test
    void aBoxTooNarrowForTheWholeLineWritesTheShortOne() {
        List<String> counts = counts(7463, 1234);
        assertThat(counts.get(1)).isEqualTo("7,463 local · 1,234 ext.");
        // The name at 20 px, so the count line at 17 px and at least 14: a box wide enough for the short line at
        // 17 px and too narrow for the whole one at 14.
        double pad = 6;
        double wide = Fonts.estimateWidth(counts.get(1), 17) + 2 * pad + 1;
        assertThat(Fonts.estimateWidth(counts.get(0), 14) + 2 * pad).isGreaterThan(wide);
        RecordingPen pen = new RecordingPen(true);
        BoxLabel.paint(
                pen,
                new Viewport(0, 0, 1, 1000, 1000),
                Theme.LIGHT,
                new Rect(0, 0, wide, 100),
                "电子件",
                counts,
                20,
                2,
                true,
                0,
                0);

        assertThat(pen.texts()).extracting(t -> (String) t[0]).containsExactly("电子件", "7,463 local · 1,234 ext.");
        assertThat((double) pen.texts().get(1)[3]).isEqualTo(17.0);
    }

    @Test
    void aPrintedBoxWritesItsCountNearTheNamesSizeNeverCut() {
        RecordingPen pen = new RecordingPen(true);
        // An overview box as the A3 page draws it: 500 × 300 pixels, the name about 50 px.
        BoxLabel.paint(
                pen,
                new Viewport(0, 0, 1, 1000, 1000),
                Theme.LIGHT,
                new Rect(0, 0, 500, 300),
                "电子关键材料",
                counts(7463, 1234),
                52,
                6,
                true,
                0,
                0);

        List<Object[]> texts = pen.texts();
        double name = (double) texts.get(0)[3];
        assertThat(texts).hasSizeGreaterThan(1);
        for (Object[] line : texts.subList(1, texts.size())) {
            assertThat((String) line[0]).doesNotContain("…");
            assertThat((double) line[3])
                    .as("a count line at least 0.7 of the name's size")
                    .isGreaterThanOrEqualTo(0.7 * name - 0.01);
        }
    }

    @Test
    void aWideBoxKeepsTheWholeCountLine() {
        RecordingPen pen = new RecordingPen(true);
        BoxLabel.paint(
                pen,
                new Viewport(0, 0, 1, 1000, 1000),
                Theme.LIGHT,
                new Rect(0, 0, 900, 300),
                "电子关键材料",
                counts(7463, 1234),
                52,
                6,
                true,
                0,
                0);

        assertThat(pen.texts()).extracting(t -> (String) t[0]).contains("7,463 local firms, 1,234 outside");
    }

    @Test
    void aBoxTooNarrowForEitherOnOneLineWritesOneWholeOnTwo() {
        RecordingPen pen = new RecordingPen(true);
        // The screen at fit: a small box, the name at the least readable size.
        BoxLabel.paint(
                pen,
                new Viewport(0, 0, 1, 1000, 1000),
                Theme.LIGHT,
                new Rect(0, 0, 95, 90),
                "电子件",
                counts(12, 3),
                9,
                2,
                true,
                0,
                0);

        List<String> lines =
                pen.texts().stream().map(t -> (String) t[0]).skip(1).toList();
        assertThat(lines).noneMatch(line -> line.contains("…"));
        assertThat(String.join(" ", lines)).isIn("12 local firms, 3 outside", "12 local · 3 ext.");
    }

    @Test
    void aCountLineOnTwoLinesBreaksAfterItsCommaNotInsideAWord() {
        RecordingPen pen = new RecordingPen(true);
        PaintWords chinese = Words.of(Locale.CHINESE).paintWords();
        // Too narrow for either line whole, wide enough for each half of the long one.
        BoxLabel.paint(
                pen,
                new Viewport(0, 0, 1, 1000, 1000),
                Theme.LIGHT,
                new Rect(0, 0, 70, 90),
                "电子件",
                List.of(chinese.firmCount(803, 119), chinese.firmCountShort(803, 119)),
                9,
                2,
                true,
                0,
                0);

        assertThat(pen.texts()).extracting(t -> (String) t[0]).containsExactly("电子件", "本地803家，", "外地119家");
    }

    @Test
    void anEnglishCountLineOnTwoLinesBreaksBetweenItsCountsNeverInsideOne() {
        RecordingPen pen = new RecordingPen(true);
        List<String> counts = counts(49, 4);
        assertThat(counts.get(1)).isEqualTo("49 local \u00b7 4 ext.");
        // A box at fit: room for "49 local" at the least size, not for "49 local · 4" nor "49 local firms,".
        double pad = 4;
        double wide = Fonts.estimateWidth("49 local", 9) + 2 * pad + 2;
        assertThat(Fonts.estimateWidth("49 local \u00b7 4", 9)).isGreaterThan(wide - 2 * pad);
        assertThat(Fonts.estimateWidth("49 local firms,", 9)).isGreaterThan(wide - 2 * pad);
        BoxLabel.paint(
                pen,
                new Viewport(0, 0, 1, 1000, 1000),
                Theme.LIGHT,
                new Rect(0, 0, wide, 90),
                "电子件",
                counts,
                9,
                2,
                true,
                0,
                0);

        assertThat(pen.texts()).extracting(t -> (String) t[0]).containsExactly("电子件", "49 local", "4 ext.");
    }

    @Test
    void aCountLineIsNeverBrokenInsideACountEvenWhenItMustBeCut() {
        double width = Fonts.estimateWidth("49 loc", 9);
        assertThat(BoxLabel.twoLines("49 local \u00b7 4 ext.", 9, width))
                .as("no break between counts fits")
                .isEmpty();
        assertThat(BoxLabel.twoLines("1,234 local \u00b7 56 ext. (\u22123)", 9, 1000))
                .containsExactly("1,234 local", "56 ext. (\u22123)");
        assertThat(BoxLabel.cutToTwo("49 local \u00b7 4 ext.", 9, width))
                .hasSize(2)
                .allMatch(line -> !line.contains("\u00b7"))
                .last()
                .isEqualTo("4 ext.");
    }

    @Test
    void aBoxTooLowForTheNameAndItsCountsWritesTheNameAlone() {
        RecordingPen pen = new RecordingPen(true);
        // The overview at fit in a small map area: a box 22 px high holds one line at the least readable size,
        // not two. The name comes first; before, neither was written.
        BoxLabel.paint(
                pen,
                new Viewport(0, 0, 1, 1000, 1000),
                Theme.LIGHT,
                new Rect(0, 0, 95, 22),
                "电子件",
                counts(12, 3),
                9,
                2,
                true,
                0,
                0);

        assertThat(pen.texts()).extracting(t -> (String) t[0]).containsExactly("电子件");
        assertThat((double) pen.texts().get(0)[3]).isGreaterThanOrEqualTo(ZoomLevel.READABLE);
    }

    @Test
    void aBoxTooLowForOneReadableLineWritesNothing() {
        RecordingPen pen = new RecordingPen(true);
        BoxLabel.paint(
                pen,
                new Viewport(0, 0, 1, 1000, 1000),
                Theme.LIGHT,
                new Rect(0, 0, 95, 12),
                "电子件",
                counts(12, 3),
                9,
                2,
                true,
                0,
                0);

        assertThat(pen.texts()).as("no label smaller than 9 px").isEmpty();
    }
}
