package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * The shipped map's 14 chains at fit in English, on the map's surface of the window at 1600 × 1000 and at
 * 1366 × 768: every box's name is whole, or where its box is too small for that at a readable size, shortened
 * after a whole word, never inside one ("Grain-oriented si…", "Copper &amp; aluminium conduc…"), issue 17 item 4.
 */
class EnglishNamesAtFitTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
    private static final PaintWords ENGLISH = Words.of(Locale.ENGLISH).paintWords();

    /** The surface of the map in the window at 1600 × 1000 and at 1366 × 768 (English, light theme), in pixels. */
    private static final double[][] SURFACES = {{988, 700}, {755, 457}};

    /** Everything written on a surface of {@code width} × {@code height} at fit, its spaces left out, one string. */
    private static String written(Chain chain, ChainReport report, double width, double height) {
        ChainGeometry geometry = ChainLayouter.layout(MAP, chain);
        Viewport view = Viewport.fit(geometry.width(), geometry.height(), width, height);
        RecordingPen pen = new RecordingPen(true);
        new ChainPainter(MAP, chain, geometry, report).paint(pen, view, Theme.LIGHT, ENGLISH);
        return String.join(
                "",
                pen.texts().stream().map(t -> ((String) t[0]).replace(" ", "")).toList());
    }

    private static String bare(String text) {
        return text.replace(" ", "");
    }

    /** Whether {@code written} holds {@code name} cut after one of its whole words, with an ellipsis. */
    private static boolean shortenedAfterAWord(String written, String name) {
        for (int at = name.indexOf(' '); at > 0; at = name.indexOf(' ', at + 1)) {
            String head = name.substring(0, at).replaceAll("[,;:&(]+$", "").strip();
            if (written.contains(bare(head) + "\u2026")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyNameIsWholeOrShortenedAfterAWholeWord() {
        List<ChainReport> reports = GapAnalysis.of(MAP);
        List<String> cutInAWord = new ArrayList<>();
        List<String> shortened = new ArrayList<>();
        for (double[] surface : SURFACES) {
            for (int i = 0; i < MAP.chains().size(); i++) {
                Chain chain = MAP.chains().get(i);
                String written = written(chain, reports.get(i), surface[0], surface[1]);
                for (Segment segment : chain.segments()) {
                    String name = ENGLISH.name(segment);
                    if (written.contains(bare(name))) {
                        continue;
                    }
                    (shortenedAfterAWord(written, name) ? shortened : cutInAWord).add((int) surface[0] + ": " + name);
                }
            }
        }
        assertThat(cutInAWord).as("names cut inside a word").isEmpty();
        // Only names too long for their boxes at any readable size are shortened; the pointer shows them whole.
        assertThat(shortened).as("names shortened").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void thePowerChainsNamesAreAllWholeOnALargeWindow() {
        Chain power = MAP.chain("power").orElseThrow();
        String written = written(power, GapAnalysis.of(MAP).get(0), SURFACES[0][0], SURFACES[0][1]);
        assertThat(power.segments()).allSatisfy(segment -> assertThat(written).contains(bare(ENGLISH.name(segment))));
    }
}
