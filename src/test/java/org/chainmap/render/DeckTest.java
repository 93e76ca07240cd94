package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/** The slides of a deck, whatever gaps the analysis hands it. */
class DeckTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @Test
    void aFeedFromASegmentIntoItselfIsShownAsThatOneSegment() {
        // The analysis reports no such gap; a deck shown any list of gaps must still make every slide.
        String segment = "power.transformer";
        List<ChainReport> reports = new ArrayList<>();
        for (ChainReport report : GapAnalysis.of(MAP)) {
            if (report.chain().equals("power")) {
                List<Gap> gaps = new ArrayList<>(report.gaps());
                gaps.add(new Gap.Broken("power", segment, segment, List.of("tbea-hy"), List.of("tbea-hy")));
                gaps.add(new Gap.Chokepoint("power", segment, segment, "tbea-hy", List.of("tbea-hy", "tbea-hy")));
                report = new ChainReport(report.chain(), report.segments(), report.covered(), report.localRate(), gaps);
            }
            reports.add(report);
        }
        Story story = Story.of(MAP, reports, List.of("power"), Story.Detail.FULL);
        Deck deck = new Deck(MAP, reports, story, Words.of(Locale.ENGLISH));
        int selfFeeds = 0;
        for (int i = 0; i < deck.size(); i++) {
            Slide slide = deck.slide(i);
            Gap gap = slide.step().gap();
            boolean self = gap instanceof Gap.Broken broken && broken.from().equals(broken.to())
                    || gap instanceof Gap.Chokepoint chokepoint
                            && chokepoint.from().equals(chokepoint.to());
            if (self) {
                selfFeeds++;
                assertThat(slide.focusedSegments()).containsExactly(segment);
                assertThat(slide.title()).isNotBlank();
            }
        }
        assertThat(selfFeeds).isEqualTo(2);
    }
}
