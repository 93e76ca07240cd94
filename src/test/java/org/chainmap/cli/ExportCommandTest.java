package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: headless PNG pictures of a chain, of the size asked for, drawn as the screen draws. */
class ExportCommandTest {

    private static final String HENGYANG = "maps/hengyang.json";
    private static final RegionMap MAP = MapReader.read(Path.of(HENGYANG)).map().orElseThrow();
    private static final Pattern SIZE = Pattern.compile("(\\d+) × (\\d+) px at (\\d+) dpi");

    @TempDir
    Path dir;

    private static int[] printedSize(CliRun run) {
        Matcher matcher = SIZE.matcher(run.out());
        assertThat(matcher.find()).as(run.out()).isTrue();
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
    }

    private static Color colour(BufferedImage image, double x, double y) {
        int argb = image.getRGB((int) Math.round(x), (int) Math.round(y));
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    @Test
    void writesThePictureOfTheSizeItAnnouncesAndDrawsTheCardsWhereTheLayoutPutsThem() throws Exception {
        Path png = dir.resolve("power.png");
        CliRun run = CliRun.of("export", HENGYANG, "--chain", "power", "--png", png.toString(), "--dpi", "288");
        assertThat(run.code()).as(run.err()).isZero();
        int[] size = printedSize(run);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(new int[] {image.getWidth(), image.getHeight()}).isEqualTo(size);

        Chain power = MAP.chain("power").orElseThrow();
        Picture picture = Pictures.chain(
                MAP, power, GapAnalysis.of(MAP).get(0), Words.of(Locale.ENGLISH), "hengyang.json", "today");
        assertThat(PngExport.size(picture, 3)).isEqualTo(new PngExport.Size(size[0], size[1]));
        // A local firm's card, where the layout put it, below the title, in the card colour of the screen.
        ChainGeometry geometry = ChainLayouter.layout(MAP, power);
        Rect card = geometry.cards().get("jinbei-hy");
        double left = (picture.width() - geometry.width()) / 2;
        Color inCard = colour(image, (left + card.right() - 4) * 3, (Picture.HEADER + card.centerY()) * 3);
        assertThat(inCard).isEqualTo(Theme.LIGHT.card());
        // Some text in the title line, on the background.
        boolean inked = false;
        for (int x = 60; x < 600 && !inked; x++) {
            inked = !colour(image, x, 28 * 3).equals(Theme.LIGHT.background());
        }
        assertThat(inked).as("the title is drawn").isTrue();
    }

    @Test
    void scaleAndDpiAgreeAndTheBackgroundCanBeTransparent() throws Exception {
        Path byDpi = dir.resolve("dpi.png");
        Path byScale = dir.resolve("scale.png");
        assertThat(CliRun.of("export", HENGYANG, "--chain", "auto", "--png", byDpi.toString(), "--dpi", "192")
                        .code())
                .isZero();
        CliRun scaled = CliRun.of(
                "export", HENGYANG, "--chain", "auto", "--png", byScale.toString(), "--scale", "2", "--transparent");
        assertThat(scaled.code()).isZero();
        BufferedImage dpi = ImageIO.read(byDpi.toFile());
        BufferedImage scale = ImageIO.read(byScale.toFile());
        assertThat(scale.getWidth()).isEqualTo(dpi.getWidth());
        assertThat(scale.getHeight()).isEqualTo(dpi.getHeight());
        assertThat(dpi.getRGB(1, 1) >>> 24).isEqualTo(255);
        assertThat(scale.getRGB(1, 1) >>> 24).as("a transparent corner").isZero();
    }

    @Test
    void wrongOptionsExitTwoAndABrokenMapLeavesTheOldPictureAlone() throws Exception {
        Path png = dir.resolve("old.png");
        Files.writeString(png, "the picture of yesterday");
        assertThat(CliRun.of("export", HENGYANG, "--chain", "power", "--png", png.toString(), "--dpi", "50")
                        .code())
                .isEqualTo(2);
        CliRun both = CliRun.of(
                "export", HENGYANG, "--chain", "power", "--png", png.toString(), "--dpi", "200", "--scale", "2");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--dpi or --scale");
        CliRun unknown = CliRun.of("export", HENGYANG, "--chain", "nope", "--png", png.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("power");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"chainmap\", \"version\": 1, \"chains\": [");
        CliRun bad = CliRun.of("export", broken.toString(), "--chain", "power", "--png", png.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(Files.readString(png)).isEqualTo("the picture of yesterday");
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void allWritesOnePicturePerChainAndThePanoramaIntoAFolder() throws Exception {
        Path folder = dir.resolve("pictures");
        CliRun run = CliRun.of("export", HENGYANG, "--all", "--png", folder.toString(), "--scale", "1");
        assertThat(run.code()).as(run.err()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted())
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                    MAP.chains().stream().map(chain -> chain.id() + ".png"),
                                    java.util.stream.Stream.of("panorama.png"))
                            .toList());
        }
        BufferedImage panorama = ImageIO.read(folder.resolve("panorama.png").toFile());
        assertThat(panorama.getWidth()).isGreaterThan(panorama.getHeight() / 2);
        Path aFile = dir.resolve("file.png");
        Files.writeString(aFile, "x");
        assertThat(CliRun.of("export", HENGYANG, "--all", "--png", aFile.toString())
                        .code())
                .isEqualTo(1);
        assertThat(CliRun.of("export", HENGYANG, "--all", "--chain", "power", "--png", aFile.toString())
                        .code())
                .as("one subject only")
                .isEqualTo(2);
    }

    @Test
    void boxColumnsFixesTheGridOfTheCardsAndTheDefaultKeepsThePageShape() throws Exception {
        Path map = dir.resolve("region.json");
        Files.write(map, org.chainmap.io.MapWriter.toBytes(org.chainmap.cli.RegionGenerator.generate(3000, 5)));
        var reader = new com.fasterxml.jackson.databind.ObjectMapper();
        int[] most = new int[3];
        double[] aspect = new double[3];
        String[] columns = {null, "1", "4"};
        for (int i = 0; i < columns.length; i++) {
            Path json = dir.resolve("biomed" + i + ".json");
            java.util.List<String> args = new java.util.ArrayList<>(
                    java.util.List.of("export", map.toString(), "--chain", "biomed", "--layout-json", json.toString()));
            if (columns[i] != null) {
                args.addAll(java.util.List.of("--box-columns", columns[i]));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as(run.err()).isZero();
            var layout = reader.readTree(json.toFile());
            aspect[i] = layout.get("height").asDouble() / layout.get("width").asDouble();
            // The most columns of cards in one box: the distinct left edges of the cards inside it.
            java.util.Map<String, java.util.Set<Double>> xs = new java.util.HashMap<>();
            java.util.List<double[]> boxes = new java.util.ArrayList<>();
            java.util.List<String> ids = new java.util.ArrayList<>();
            for (var node : layout.get("nodes")) {
                if (node.get("kind").asText().equals("segment")) {
                    boxes.add(new double[] {
                        node.get("x").asDouble(),
                        node.get("y").asDouble(),
                        node.get("x").asDouble() + node.get("width").asDouble(),
                        node.get("y").asDouble() + node.get("height").asDouble()
                    });
                    ids.add(node.get("id").asText());
                }
            }
            for (var node : layout.get("nodes")) {
                if (node.get("kind").asText().equals("card")) {
                    double x = node.get("x").asDouble();
                    double y = node.get("y").asDouble();
                    for (int b = 0; b < boxes.size(); b++) {
                        if (x >= boxes.get(b)[0]
                                && x <= boxes.get(b)[2]
                                && y >= boxes.get(b)[1]
                                && y <= boxes.get(b)[3]) {
                            xs.computeIfAbsent(ids.get(b), key -> new java.util.HashSet<>())
                                    .add(x);
                        }
                    }
                }
            }
            most[i] = xs.values().stream().mapToInt(java.util.Set::size).max().orElse(0);
        }
        assertThat(most[0]).as("chosen automatically").isGreaterThan(4);
        assertThat(aspect[0]).as("a page").isBetween(1 / 3.0, 3.0);
        assertThat(most[1]).as("--box-columns 1").isEqualTo(1);
        assertThat(aspect[1]).as("one column: a strip").isGreaterThan(3.0);
        assertThat(most[2]).as("--box-columns 4").isEqualTo(4);
        CliRun zero = CliRun.of(
                "export",
                map.toString(),
                "--chain",
                "biomed",
                "--layout-json",
                dir.resolve("x.json").toString(),
                "--box-columns",
                "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--box-columns");
    }

    @Test
    void writesTheDrawnChainAsLayoutJsonDotAndGraphml() throws Exception {
        Path json = dir.resolve("power.json");
        Path dot = dir.resolve("power.dot");
        Path graphml = dir.resolve("power.graphml");
        CliRun run = CliRun.of(
                "export",
                HENGYANG,
                "--chain",
                "power",
                "--layout-json",
                json.toString(),
                "--dot",
                dot.toString(),
                "--graphml",
                graphml.toString());
        assertThat(run.code()).as(run.err()).isZero();
        var layout = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        ChainGeometry geometry = ChainLayouter.layout(MAP, MAP.chain("power").orElseThrow());
        assertThat(layout.get("chain").get("id").asText()).isEqualTo("power");
        assertThat(layout.get("width").asDouble())
                .isCloseTo(geometry.width(), org.assertj.core.data.Offset.offset(0.1));
        assertThat(Files.readString(dot)).startsWith("digraph").contains("特变电工衡阳变压器有限公司");
        assertThat(Files.readString(graphml)).contains("<graphml").contains("特变电工衡阳变压器有限公司");
        assertThat(CliRun.of("export", HENGYANG, "--panorama", "--dot", dot.toString())
                        .code())
                .as("data needs one chain")
                .isEqualTo(2);
        assertThat(CliRun.of("export", HENGYANG, "--chain", "power").code())
                .as("no output named")
                .isEqualTo(2);
    }

    @Test
    void svgAndPdfOfAChainAndWithAllOnePdfOfEveryChainOrAFolder() throws Exception {
        Path svg = dir.resolve("power.svg");
        Path pdf = dir.resolve("power.pdf");
        CliRun run = CliRun.of(
                Locale.SIMPLIFIED_CHINESE,
                "export",
                HENGYANG,
                "--chain",
                "power",
                "--svg",
                svg.toString(),
                "--pdf",
                pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("SVG", "PDF", svg.toString(), pdf.toString());
        assertThat(Files.readString(svg))
                .startsWith("<?xml")
                .contains("aria-label=\"互感器\"")
                .endsWith("</svg>\n");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("互感器");
        }

        Path atlas = dir.resolve("atlas.pdf");
        assertThat(CliRun.of("export", HENGYANG, "--all", "--pdf", atlas.toString())
                        .code())
                .isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(atlas.toFile())) {
            assertThat(document.getNumberOfPages())
                    .as("each chain, then the panorama")
                    .isEqualTo(MAP.chains().size() + 1);
        }
        Path folder = dir.resolve("vector");
        assertThat(CliRun.of("export", HENGYANG, "--all", "--svg", folder.toString(), "--pdf", folder.toString())
                        .code())
                .isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(2L * (MAP.chains().size() + 1));
        }
        assertThat(folder.resolve("panorama.svg")).exists();
        assertThat(folder.resolve("power.pdf")).exists();
        assertThat(CliRun.of("export", HENGYANG, "--chain", "power").code())
                .as("no output")
                .isEqualTo(2);
    }

    @Test
    void aPictureTooLargeEvenAtScaleOnePointsToTheVectorExports() throws Exception {
        StringBuilder firms = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            firms.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"f")
                    .append(i)
                    .append("\", \"name\": \"企业")
                    .append(i)
                    .append("\", \"local\": true, \"segments\": [\"s\"]}");
        }
        Path map = dir.resolve("tall.json");
        Files.writeString(
                map,
                "{\"format\": \"chainmap\", \"version\": 1, \"region\": {\"name\": \"衡阳市\"}, \"chains\": [{\"id\": "
                        + "\"tall\", \"name\": \"高\", \"segments\": [{\"id\": \"s\", \"name\": \"环节\", \"stage\": "
                        + "\"midstream\"}]}], \"enterprises\": [" + firms + "]}");
        Path png = dir.resolve("tall.png");
        // One column of 3,000 cards: taller than 100,000 px at any scale (the automatic grid would make it a page).
        CliRun atOne = CliRun.of(
                "export",
                map.toString(),
                "--chain",
                "tall",
                "--png",
                png.toString(),
                "--scale",
                "1",
                "--box-columns",
                "1");
        assertThat(atOne.code()).isEqualTo(1);
        assertThat(atOne.err())
                .contains("even at --scale 1")
                .contains("--svg or --pdf")
                .doesNotContain("smaller");
        assertThat(png).doesNotExist();
        // Without --dpi or --scale the same chain, refused before, is drawn to fit an A3 page at 300 dpi, and says so.
        CliRun fitted =
                CliRun.of("export", map.toString(), "--chain", "tall", "--png", png.toString(), "--box-columns", "1");
        assertThat(fitted.code()).as(fitted.err()).isZero();
        assertThat(fitted.err()).contains("larger than an A3 page at 300 dpi").contains("--dpi or --scale");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(new int[] {image.getWidth(), image.getHeight()}).isEqualTo(printedSize(fitted));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(4961);
        assertThat(Math.min(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(3508);
    }

    @Test
    void aSmallChainKeepsTheDefaultScaleAndSaysNothingOfAPage() throws Exception {
        Path png = dir.resolve("power.png");
        CliRun run = CliRun.of("export", HENGYANG, "--chain", "power", "--png", png.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Picture picture = Pictures.chain(
                MAP,
                MAP.chain("power").orElseThrow(),
                GapAnalysis.of(MAP).get(0),
                Words.of(Locale.ENGLISH),
                "hengyang.json",
                "today");
        assertThat(printedSize(run)).isEqualTo(new int[] {
            PngExport.size(picture, 2).width(), PngExport.size(picture, 2).height()
        });
    }

    @Test
    void theOverviewIsWrittenAsPngSvgAndPdfOnAnA3Page() throws Exception {
        Path png = dir.resolve("overview.png");
        Path svg = dir.resolve("overview.svg");
        Path pdf = dir.resolve("overview.pdf");
        CliRun run = CliRun.of(
                "export",
                HENGYANG,
                "--chain",
                "power",
                "--overview",
                "--png",
                png.toString(),
                "--svg",
                svg.toString(),
                "--pdf",
                pdf.toString(),
                "--dpi",
                "300");
        assertThat(run.code()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(4961);
        assertThat(image.getHeight()).isBetween(3500, 3508);
        String vector = Files.readString(svg);
        // Every segment's full name is in the overview (wrapped over lines), as words of the SVG; no firm's name is.
        StringBuilder words = new StringBuilder();
        java.util.regex.Matcher labels =
                java.util.regex.Pattern.compile("aria-label=\"([^\"]*)\"").matcher(vector);
        while (labels.find()) {
            words.append(labels.group(1));
        }
        // In the command's language (English here), as every drawing is.
        for (var segment : MAP.chain("power").orElseThrow().segments()) {
            String name = org.chainmap.model.Names.of(segment, java.util.Locale.ENGLISH);
            assertThat(words.toString().replace(" ", ""))
                    .contains(name.replace("&", "&amp;").replace(" ", ""));
        }
        assertThat(vector)
                .doesNotContain(MAP.enterprise("tbea-hy").orElseThrow().name());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(CliRun.of("export", HENGYANG, "--panorama", "--overview", "--png", png.toString())
                        .code())
                .isEqualTo(2);
    }
}
