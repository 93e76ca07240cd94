package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.compare.ComparedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The picture of a comparison keys its marks in the legend, with the gap marks, not in the footer. */
@ExtendWith(ApplicationExtension.class)
class ComparePictureLegendTest {

    @Test
    void theComparisonsMarksAreKeyedInTheLegendAfterTheGapMarks() throws Exception {
        ComparedMap compared = CompareMarksTest.compared();
        Words words = Words.of(Locale.CHINESE);
        Picture picture = ComparePictures.chain(
                compared,
                "power",
                GapAnalysis.of(compared.comparison().after()).get(0),
                words,
                "old.json",
                "new.json",
                "2026-12-06");
        RecordingPen pen = new RecordingPen(true);
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                picture.paint(pen, 0, 0, Math.ceil(picture.width()), Math.ceil(picture.height()), 1, Theme.LIGHT)));
        List<String> drawn = pen.texts().stream().map(text -> (String) text[0]).toList();
        assertThat(drawn)
                .containsSubsequence(
                        words.text("legend.missing"),
                        words.text("legend.external"),
                        "新增",
                        "移除（原位置）",
                        "变化",
                        "缺口补上",
                        "补上，现为弱链",
                        "新缺口",
                        "缺口变化");
        assertThat(picture.footer()).doesNotContain("绿").doesNotContain("✓");
        // The legend's rows fit in the picture: its height grew with them.
        double lowest =
                pen.texts().stream().mapToDouble(text -> (double) text[2]).max().orElseThrow();
        assertThat(lowest).isLessThan(picture.height());
    }
}
