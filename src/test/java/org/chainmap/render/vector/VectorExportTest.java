package org.chainmap.render.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SVG and PDF of the Hengyang map: the documents carry the map's words in Chinese, embed the font's glyphs they
 * use and no more, and the PDF, drawn by a reader, looks like the PNG the same routine paints.
 */
class VectorExportTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
    private static final List<ChainReport> REPORTS = GapAnalysis.of(MAP);
    private static final Words WORDS = Words.of(Locale.SIMPLIFIED_CHINESE);

    @BeforeAll
    static void startJavaFx() {
        HeadlessFx.start();
    }

    private static Picture chain(String id) {
        Chain chain = MAP.chain(id).orElseThrow();
        return Pictures.chain(
                MAP, chain, REPORTS.get(MAP.chains().indexOf(chain)), WORDS, "hengyang.json", "2026-11-27");
    }

    private static byte[] pdf(List<Picture> pictures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorExport.pdf(pictures, "测试", Theme.LIGHT, false, out);
        return out.toByteArray();
    }

    @Test
    void aPdfHasAPageAPictureEachTheirWordsAndOnlyTheGlyphsItUsesOfTheEmbeddedFont() throws IOException {
        Picture power = chain("power");
        Picture panorama = Pictures.panorama(MAP, REPORTS, WORDS, "hengyang.json", "2026-11-27");
        byte[] bytes = pdf(List.of(power, panorama));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo((float) (power.width() * 0.75), within(0.01f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo((float) (power.height() * 0.75), within(0.01f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String text = stripper.getText(document);
            assertThat(text).contains(power.title());
            for (Segment segment : MAP.chain("power").orElseThrow().segments()) {
                String shown = segment.name().length() > 6 ? segment.name().substring(0, 5) : segment.name();
                assertThat(text).as(segment.name()).contains(shown);
            }
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains(MAP.chains().get(1).name());
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+ChainMapSansSC-(Regular|Bold)");
                    var descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                    assertThat(descriptor.getFontFile3()).isNotNull();
                }
            }
        }
        assertThat(bytes.length)
                .as("two faces cut to the glyphs used, not the 3.3 MB programs")
                .isLessThan(1_500_000);
    }

    @Test
    void aPdfDrawnByAReaderLooksLikeThePngOfTheSameRoutine() throws Exception {
        Picture power = chain("power");
        BufferedImage fromPdf;
        try (PDDocument document = Loader.loadPDF(pdf(List.of(power)))) {
            fromPdf = new PDFRenderer(document).renderImage(0, 96f / 72f);
        }
        BufferedImage png = png(power);
        BufferedImage other = png(chain("chem"));
        double same = difference(fromPdf, png);
        double different = difference(fromPdf, other);
        // 2.6 here; text set 1.5 px too high or too low makes it 4.6 to 4.8.
        assertThat(same).as("mean difference per channel, of 255").isLessThan(3.5);
        assertThat(different).as("a different chain is far from it").isGreaterThan(same * 3);
    }

    @Test
    void anSvgIsWellFormedEveryGlyphItPlacesIsDefinedAndItsTextIsLabelled() throws Exception {
        Picture power = chain("power");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorExport.svg(power, Theme.LIGHT, false, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isCloseTo(power.width(), within(0.01));
        assertThat(Double.parseDouble(root.getAttribute("height"))).isCloseTo(power.height(), within(0.01));
        Set<String> defined = new HashSet<>();
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            String id = ((Element) paths.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                defined.add(id);
            }
        }
        NodeList uses = svg.getElementsByTagNameNS("*", "use");
        assertThat(uses.getLength()).isGreaterThan(100);
        for (int i = 0; i < uses.getLength(); i++) {
            String href = ((Element) uses.item(i)).getAttributeNS("http://www.w3.org/1999/xlink", "href");
            assertThat(defined).contains(href.substring(1));
        }
        List<String> labels = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            labels.add(((Element) groups.item(i)).getAttribute("aria-label"));
        }
        assertThat(labels).contains(power.title(), "互感器", "南方互感器");
        assertThat(paths.getLength() - defined.size()).as("shapes and lines").isGreaterThan(50);
    }

    @Test
    void aCharacterTheMapFontLacksIsDrawnAsAnOutlineOfAnotherFont() {
        int lacking = "龘".codePointAt(0);
        assertThat(MapFaces.SHIPPED.regular().cid(lacking)).isZero();
        StringBuilder out = new StringBuilder();
        SvgPen pen = new SvgPen(
                new java.io.StringWriter() {
                    @Override
                    public java.io.StringWriter append(CharSequence text) {
                        out.append(text);
                        return this;
                    }
                },
                100,
                40,
                "t",
                MapFaces.SHIPPED);
        pen.setFont(org.chainmap.render.Fonts.of(20));
        pen.fillText("衡龘", 10, 30);
        pen.finish();
        String svg = out.toString();
        assertThat(svg).contains("aria-label=\"衡\"");
        assertThat(svg.split("<path d=", -1).length - 1)
                .as("the lacking character's outline")
                .isEqualTo(1);
    }

    private static BufferedImage png(Picture picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngExport.write(picture, 1, Theme.LIGHT, false, Map.of(), out, done -> {});
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The mean absolute difference per colour channel over the smaller of the two pictures, of 255. */
    private static double difference(BufferedImage a, BufferedImage b) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return (double) sum / (3L * width * height);
    }

    private static org.assertj.core.data.Offset<Float> within(float offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
