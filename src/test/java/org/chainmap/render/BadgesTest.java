package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Marks never squeeze a name to nothing (issue 17 item 4: "铜铝导体及…" beside English badges): at cards zoom every
 * box's title keeps at least {@link Badges#LEAST_NAME} characters' width or all of itself, in both languages; the
 * marks shrink to their icons when whole words would not leave that.
 */
@ExtendWith(ApplicationExtension.class)
class BadgesTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    private static List<String> drawn(Chain chain, Locale locale) throws Exception {
        ChainGeometry geometry = ChainLayouter.layout(MAP, chain);
        Viewport view = new Viewport(0, 0, 1, Math.ceil(geometry.width()), Math.ceil(geometry.height()));
        RecordingPen pen = new RecordingPen(true);
        int index = MAP.chains().indexOf(chain);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> new ChainPainter(MAP, chain, geometry, GapAnalysis.of(MAP).get(index))
                        .paint(pen, view, Theme.LIGHT, Words.of(locale).paintWords())));
        return pen.texts().stream().map(text -> (String) text[0]).toList();
    }

    @Test
    void everyBoxTitleKeepsAReadableLengthBesideItsMarks() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            PaintWords words = Words.of(locale).paintWords();
            for (Chain chain : MAP.chains()) {
                List<String> texts = drawn(chain, locale);
                for (Segment segment : chain.segments()) {
                    String name = words.name(segment);
                    // A title may take two or three lines: its lines in a row, joined.
                    String title = "";
                    for (int i = 0; i < texts.size(); i++) {
                        String run = "";
                        for (int j = i; j < texts.size(); j++) {
                            String next =
                                    run.isEmpty() || run.endsWith("-") ? run + texts.get(j) : run + " " + texts.get(j);
                            if (texts.get(j).isEmpty() || !name.startsWith(next.replace("…", ""))) {
                                break;
                            }
                            run = next;
                        }
                        title = run.length() > title.length() ? run : title;
                    }
                    assertThat(title)
                            .as(segment.id() + " has no title in " + texts)
                            .isNotEmpty();
                    double least = Math.min(Fonts.estimateWidth(name, 13), (Badges.LEAST_NAME - 1) * 13);
                    assertThat(Fonts.estimateWidth(title, 13))
                            .as("%s in %s: %s", segment.id(), locale, title)
                            .isGreaterThanOrEqualTo(least);
                }
            }
        }
    }

    @Test
    void wordsShrinkToIconsOnlyWhenTheNameNeedsTheRoom() throws Exception {
        List<String> power = drawn(MAP.chain("power").orElseThrow(), Locale.ENGLISH);
        // Box-type substations is missing and to extend: two words would leave it 9 letters.
        assertThat(power).contains("M", "E", "missing", "weak");
        assertThat(power.stream().filter(text -> text.startsWith("Box-type subst")))
                .isNotEmpty();
        assertThat(Badges.icon("missing")).isEqualTo("M");
        assertThat(Badges.icon("缺")).isEqualTo("缺");
        assertThat(Badges.fitted(List.of("缺", "延"), "箱式变电站", 13, 180, w -> 20)).containsExactly("缺", "延");
    }

    @Test
    void atMiddleZoomTheMarksOnABoxsEdgeNeverCoverItsName() throws Exception {
        Chain power = MAP.chain("power").orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(MAP, power);
        double scale = 0.6;
        assertThat(ZoomLevel.of(geometry, scale)).isEqualTo(ZoomLevel.MIDDLE);
        Viewport view =
                new Viewport(0, 0, scale, Math.ceil(geometry.width() * scale), Math.ceil(geometry.height() * scale));
        RecordingPen pen = new RecordingPen(false);
        PaintWords words = Words.of(Locale.ENGLISH).paintWords();
        ChainMarks marks =
                ChainMarks.of(MAP, power, geometry, GapAnalysis.of(MAP).get(0));
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> new ChainPainter(MAP, power, geometry, GapAnalysis.of(MAP).get(0))
                        .paint(pen, view, Theme.LIGHT, words)));
        int checked = 0;
        for (Segment segment : power.segments()) {
            if (!marks.marked(segment.id())) {
                continue;
            }
            var box = geometry.segments().get(segment.id());
            String first =
                    Fonts.wrap(words.name(segment), 13, box.width() * scale, 1).get(0);
            double below = box.y() + 0.8 * ChainPainter.MIDDLE_MARKS / scale;
            for (Object[] text : pen.texts()) {
                String drawn = (String) text[0];
                double x = (Double) text[1];
                double y = (Double) text[2];
                double size = (Double) text[3];
                if (x >= box.x()
                        && x <= box.right()
                        && y >= box.y()
                        && y <= box.bottom()
                        && words.name(segment).startsWith(drawn.replace("…", "").strip())
                        && !drawn.isBlank()) {
                    // Below the marks, or beside them (left of where they start) where below it would be cut.
                    double marksLeft = box.right()
                            - marks.badgesWidth(
                                            view,
                                            box,
                                            segment.id(),
                                            words.name(segment),
                                            words,
                                            ChainPainter.MIDDLE_MARKS)
                                    / scale;
                    if (y - size / 2 < below) {
                        assertThat(x + Fonts.estimateWidth(drawn, size))
                                .as("%s: %s (%s) beside the marks", segment.id(), drawn, first)
                                .isLessThanOrEqualTo(marksLeft);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(2);
    }
}
