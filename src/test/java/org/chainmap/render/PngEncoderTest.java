package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The streaming PNG writer: what it writes decodes to the same pixels, with its density and text. */
class PngEncoderTest {

    private static byte[] encode(int width, int height, byte[] rgba, double dpi) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder png = new PngEncoder(out, width, height, dpi, Map.of("Title", "Power equipment"));
        for (int y = 0; y < height; y++) {
            png.row(rgba, y * width * 4);
        }
        png.finish();
        return out.toByteArray();
    }

    /** The chunk types of a PNG, in order. */
    private static List<String> chunks(byte[] png) throws Exception {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipBytes(8);
        List<String> types = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            in.skipBytes(length + 4);
        }
        return types;
    }

    @Test
    void decodesToTheSamePixelsWithTheirAlpha() throws Exception {
        int width = 301;
        int height = 203;
        byte[] rgba = new byte[width * height * 4];
        Random random = new Random(7);
        random.nextBytes(rgba);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(encode(width, height, rgba, 192)));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 4;
                int expected = (rgba[i + 3] & 0xFF) << 24
                        | (rgba[i] & 0xFF) << 16
                        | (rgba[i + 1] & 0xFF) << 8
                        | (rgba[i + 2] & 0xFF);
                assertThat(image.getRGB(x, y)).as("pixel (%d, %d)", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void cutsLargeDataIntoSeveralChunksAndStoresDensityAndText() throws Exception {
        byte[] rgba = new byte[400 * 300 * 4];
        new Random(1).nextBytes(rgba);
        byte[] png = encode(400, 300, rgba, 300);
        List<String> types = chunks(png);
        assertThat(types.get(0)).isEqualTo("IHDR");
        assertThat(types).contains("pHYs", "tEXt").endsWith("IEND");
        assertThat(types.stream().filter("IDAT"::equals).count()).isGreaterThan(1);
        javax.imageio.ImageReader reader =
                ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        org.w3c.dom.Node phys = ((org.w3c.dom.Element)
                        reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"))
                .getElementsByTagName("pHYs")
                .item(0);
        long perMetre = Long.parseLong(
                phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
        assertThat(perMetre / 39.3701).isBetween(299.5, 300.5);
    }

    @Test
    void refusesTooManyOrTooFewRows() throws Exception {
        PngEncoder png = new PngEncoder(new ByteArrayOutputStream(), 2, 1, 96, Map.of());
        png.row(new byte[8], 0);
        assertThatThrownBy(() -> png.row(new byte[8], 0)).isInstanceOf(IllegalStateException.class);
        PngEncoder unfinished = new PngEncoder(new ByteArrayOutputStream(), 2, 2, 96, Map.of());
        unfinished.row(new byte[8], 0);
        assertThatThrownBy(unfinished::finish).isInstanceOf(IllegalStateException.class);
    }
}
