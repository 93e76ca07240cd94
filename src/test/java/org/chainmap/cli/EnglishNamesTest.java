package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One language at a time (issue 17 item 4): with {@code --lang en} the pictures, slides and reports name chains and
 * segments by their English names, where the map has them, and in Chinese the Chinese names stay.
 */
class EnglishNamesTest {

    private static final String HENGYANG = "maps/hengyang.json";
    private static final RegionMap MAP = MapReader.read(Path.of(HENGYANG)).map().orElseThrow();
    private static final Chain POWER = MAP.chain("power").orElseThrow();

    @TempDir
    Path dir;

    /** The words an SVG draws, from its runs' labels, joined without spaces (a long name wraps over lines). */
    private static String words(Path svg) throws Exception {
        StringBuilder words = new StringBuilder();
        Matcher labels = Pattern.compile("aria-label=\"([^\"]*)\"").matcher(Files.readString(svg));
        while (labels.find()) {
            words.append(labels.group(1).replace("&amp;", "&")).append('\n');
        }
        return words.toString();
    }

    private static String squeezed(String text) {
        return text.replace(" ", "").replace("\n", "");
    }

    private static List<Segment> named(Chain chain) {
        return chain.segments().stream().filter(s -> s.nameEn() != null).toList();
    }

    @Test
    void theOverviewInEnglishNamesEverySegmentInEnglishAndNoneInChinese() throws Exception {
        Path svg = dir.resolve("overview.svg");
        CliRun run = CliRun.of(
                Locale.ENGLISH, "export", HENGYANG, "--chain", "power", "--overview", "--svg", svg.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String words = squeezed(words(svg));
        assertThat(named(POWER)).hasSizeGreaterThan(5);
        for (Segment segment : named(POWER)) {
            assertThat(words).contains(squeezed(segment.nameEn()));
            assertThat(words).doesNotContain(squeezed(segment.name()));
        }
        assertThat(words).contains(squeezed(POWER.nameEn()));

        Path chinese = dir.resolve("overview-zh.svg");
        CliRun zh = CliRun.of(
                Locale.SIMPLIFIED_CHINESE,
                "export",
                HENGYANG,
                "--chain",
                "power",
                "--overview",
                "--svg",
                chinese.toString());
        assertThat(zh.code()).as(zh.err()).isZero();
        assertThat(squeezed(words(chinese)))
                .contains(squeezed(named(POWER).get(0).name()));
    }

    @Test
    void theChainsCardsAndThePanoramaInEnglishUseTheEnglishNames() throws Exception {
        Path cards = dir.resolve("power.svg");
        Path panorama = dir.resolve("panorama.svg");
        assertThat(CliRun.of("--lang", "en", "export", HENGYANG, "--chain", "power", "--svg", cards.toString())
                        .code())
                .isZero();
        assertThat(CliRun.of("--lang", "en", "export", HENGYANG, "--panorama", "--svg", panorama.toString())
                        .code())
                .isZero();
        String drawn = "\n" + words(cards);
        String all = words(panorama);
        for (Segment segment : named(POWER)) {
            // A box's title is cut to its width; its start is in English, never the Chinese name.
            String start =
                    segment.nameEn().substring(0, Math.min(6, segment.nameEn().length()));
            assertThat(drawn).as(segment.id()).contains(start);
            assertThat(drawn).doesNotContain("\n" + segment.name() + "\n");
            assertThat(squeezed(all))
                    .as(segment.id())
                    .contains(squeezed(segment.nameEn()).substring(0, 6));
        }
        for (Chain chain : MAP.chains()) {
            if (chain.nameEn() != null) {
                assertThat(all).doesNotContain(chain.name());
            }
        }
        assertThat(all).doesNotContain(named(POWER).get(0).name());
    }

    @Test
    void slidesAndReportsInEnglishNameChainsAndSegmentsInEnglish() throws Exception {
        Path pdf = dir.resolve("slides.pdf");
        CliRun slides = CliRun.of("--lang", "en", "slides", HENGYANG, "--chain", "power", "--pdf", pdf.toString());
        assertThat(slides.code()).as(slides.err()).isZero();
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(squeezed(text)).contains(squeezed(POWER.nameEn())).doesNotContain(POWER.name());

        Path md = dir.resolve("report.md");
        CliRun report = CliRun.of("--lang", "en", "report", HENGYANG, "--md", md.toString());
        assertThat(report.code()).as(report.err()).isZero();
        String markdown = Files.readString(md).replace("&amp;", "&");
        assertThat(markdown).contains("## " + POWER.nameEn()).doesNotContain("## " + POWER.name());
        for (Segment segment : named(POWER)) {
            assertThat(markdown).contains(segment.nameEn()).doesNotContain("| " + segment.name() + " |");
        }
        CliRun gaps = CliRun.of("--lang", "en", "gaps", HENGYANG);
        assertThat(gaps.out()).contains(POWER.nameEn()).doesNotContain(POWER.name());
    }

    @Test
    void dotAndGraphmlInEnglishLabelTheChainAndSegmentsInEnglish() throws Exception {
        Path dot = dir.resolve("power.dot");
        Path graphml = dir.resolve("power.graphml");
        CliRun run = CliRun.of(
                "--lang",
                "en",
                "export",
                HENGYANG,
                "--chain",
                "power",
                "--dot",
                dot.toString(),
                "--graphml",
                graphml.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String dotText = Files.readString(dot);
        String graphmlText = Files.readString(graphml);
        assertThat(dotText).contains("label=\"" + POWER.nameEn() + "\"");
        for (Segment segment : named(POWER)) {
            assertThat(dotText).as(segment.id()).contains("label=\"" + segment.nameEn() + "\";");
            assertThat(dotText).as(segment.id()).doesNotContain("label=\"" + segment.name() + "\";");
            assertThat(graphmlText)
                    .as(segment.id())
                    .contains(">" + segment.nameEn().replace("&", "&amp;") + "<");
            assertThat(graphmlText).as(segment.id()).doesNotContain(">" + segment.name() + "<");
        }

        Path chinese = dir.resolve("power-zh.dot");
        assertThat(CliRun.of("--lang", "zh", "export", HENGYANG, "--chain", "power", "--dot", chinese.toString())
                        .code())
                .isZero();
        assertThat(Files.readString(chinese))
                .contains("label=\"" + named(POWER).get(0).name() + "\";");
    }
}
