package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.chainmap.render.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slides}: every step of the presentation as a numbered PNG of a screen's size, headless. */
class SlidesCommandTest {

    private static final String HENGYANG = "maps/hengyang.json";
    private static final RegionMap MAP = MapReader.read(Path.of(HENGYANG)).map().orElseThrow();

    @TempDir
    Path dir;

    private List<String> written() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theHengyangMapGivesOnePictureOfAScreenPerStepOfItsBriefStory() throws Exception {
        CliRun run = CliRun.of(Locale.SIMPLIFIED_CHINESE, "slides", HENGYANG, "--out", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        int steps = Story.of(MAP, GapAnalysis.of(MAP)).size();
        // 166 steps in full (each stage and gap one by one); the brief story tells the same 14 chains in 59.
        assertThat(steps).isEqualTo(59);
        List<String> files = written();
        assertThat(files).hasSize(steps).allMatch(name -> name.matches("\\d{2}-[\\p{L}\\p{N}._-]+\\.png"));
        assertThat(files.get(0)).isEqualTo("01-panorama.png");
        assertThat(files.get(1)).isEqualTo("02-power-title.png");
        assertThat(files.get(2)).isEqualTo("03-power-missing-table.png");
        assertThat(files.get(steps - 1)).isEqualTo(String.format("%02d-panorama.png", steps));
        assertThat(run.out()).startsWith("59张幻灯片，1920 × 1080像素，96 dpi").contains("02-power-title.png：新型能源及电力装备产业链");
        BufferedImage first = ImageIO.read(dir.resolve(files.get(1)).toFile());
        assertThat(new int[] {first.getWidth(), first.getHeight()}).containsExactly(1920, 1080);
    }

    @Test
    void chosenChainsKeepTheirStepsBetweenThePanoramasAtTheDensityAsked() throws Exception {
        CliRun run = CliRun.of(
                "slides", HENGYANG, "--out", dir.toString(), "--chain", "power", "--chain", "auto", "--dpi", "144");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> files = written();
        int power = Story.of(MAP, GapAnalysis.of(MAP), List.of("power")).size() - 2;
        int auto = Story.of(MAP, GapAnalysis.of(MAP), List.of("auto")).size() - 2;
        assertThat(files).hasSize(power + auto + 2);
        assertThat(files).startsWith("01-panorama.png", "02-power-title.png", "03-power-missing-table.png");
        assertThat(files).contains(String.format("%02d-auto-title.png", power + 2));
        BufferedImage image = ImageIO.read(dir.resolve("01-panorama.png").toFile());
        assertThat(new int[] {image.getWidth(), image.getHeight()}).containsExactly(2880, 1620);
    }

    @Test
    void fullDetailWritesEachStageAndEachGapOneByOneAsBefore() throws Exception {
        CliRun run = CliRun.of("slides", HENGYANG, "--out", dir.toString(), "--chain", "power", "--detail", "full");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> files = written();
        assertThat(files).hasSize(21);
        assertThat(files)
                .startsWith("01-panorama.png", "02-power-title.png", "03-power-upstream.png")
                .contains("06-power-missing-power.silicon-steel.png", "20-power-summary.png")
                .noneMatch(name -> name.contains("-table"));
        assertThat(CliRun.of("slides", HENGYANG, "--out", dir.toString(), "--detail", "all")
                        .code())
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void anUnknownChainIsAWrongCommandLine() {
        CliRun run = CliRun.of("slides", HENGYANG, "--out", dir.toString(), "--chain", "nowhere");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("nowhere");
        assertThat(CliRun.of("slides", HENGYANG).code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void pdfHasAPagePerSlideWithTheSlidesWordsAndNeedsNoFolder() throws Exception {
        Path pdf = dir.resolve("deck").resolve("slides.pdf");
        Path pngs = dir.resolve("pngs");
        CliRun run = CliRun.of(
                Locale.SIMPLIFIED_CHINESE,
                "slides",
                HENGYANG,
                "--chain",
                "power",
                "--out",
                pngs.toString(),
                "--pdf",
                pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        long slides;
        try (Stream<Path> files = Files.list(pngs)) {
            slides = files.count();
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo((int) slides);
            assertThat(document.getPage(1).getMediaBox().getWidth()).isEqualTo(1440f);
            assertThat(document.getPage(1).getMediaBox().getHeight()).isEqualTo(810f);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(MAP.chain("power").orElseThrow().name(), "取向硅钢");
        }
        assertThat(CliRun.of("slides", HENGYANG).code())
                .as("neither --out nor --pdf")
                .isEqualTo(2);
    }
}
