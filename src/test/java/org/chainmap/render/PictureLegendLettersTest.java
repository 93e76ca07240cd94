package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exported picture's legend shows an English gap mark as the letter the boxes' marks shrink to (M, W, B, C,
 * E), its words beside it; a Chinese one as it is (issue 17 item 4).
 */
@ExtendWith(ApplicationExtension.class)
class PictureLegendLettersTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    private static List<String> drawn(Locale locale) throws Exception {
        Words words = Words.of(locale);
        Picture picture = Pictures.chain(
                MAP, MAP.chains().get(0), GapAnalysis.of(MAP).get(0), words, "hengyang.json", "2026-12-07");
        RecordingPen pen = new RecordingPen(true);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                picture.paint(pen, 0, 0, Math.ceil(picture.width()), Math.ceil(picture.height()), 1, Theme.LIGHT)));
        return pen.texts().stream().map(text -> (String) text[0]).toList();
    }

    @Test
    void theLegendShowsTheLettersOfTheMarks() throws Exception {
        Words english = Words.of(Locale.ENGLISH);
        assertThat(drawn(Locale.ENGLISH))
                .containsSubsequence(
                        "M",
                        english.text("legend.missing"),
                        "W",
                        english.text("legend.weak"),
                        "B",
                        english.text("legend.broken"),
                        "C",
                        english.text("legend.chokepoint"),
                        "E",
                        english.text("legend.extend"));
        Words chinese = Words.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(drawn(Locale.SIMPLIFIED_CHINESE))
                .containsSubsequence("缺", chinese.text("legend.missing"), "延", chinese.text("legend.extend"));
    }
}
