package org.chainmap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The icon files the installers take (packaging/icons, written by packaging/icon/IconGenerator.java): every
 * size the platforms ask for, in containers Windows and macOS read.
 */
class IconFilesTest {

    private static final Path ICONS = Path.of("packaging", "icons");

    @Test
    void everyPngIsTheSizeItsNameSays() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            BufferedImage image =
                    ImageIO.read(ICONS.resolve("chainmap-" + size + ".png").toFile());
            assertThat(image.getWidth()).as("chainmap-%d.png", size).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
            assertThat(image.getColorModel().hasAlpha()).isTrue();
        }
    }

    @Test
    void theWindowsIconHoldsSixteenToTwoHundredFiftySix() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("chainmap.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int declared = ico.get(entry) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            BufferedImage image = png(ico.array(), ico.getInt(entry + 12), ico.getInt(entry + 8));
            assertThat(image.getWidth()).isEqualTo(declared);
            sizes.add(declared);
        }
        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void theMacIconHoldsEveryTypeUpToRetina512() throws IOException {
        byte[] bytes = Files.readAllBytes(ICONS.resolve("chainmap.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).isEqualTo(bytes.length);
        Map<String, Integer> types = new LinkedHashMap<>();
        int at = 8;
        while (at < bytes.length) {
            String type = new String(bytes, at, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(at + 4);
            types.put(type, png(bytes, at + 8, length - 8).getWidth());
            at += length;
        }
        assertThat(at).isEqualTo(bytes.length);
        assertThat(types)
                .containsEntry("icp4", 16)
                .containsEntry("icp5", 32)
                .containsEntry("ic07", 128)
                .containsEntry("ic08", 256)
                .containsEntry("ic09", 512)
                .containsEntry("ic10", 1024)
                .containsEntry("ic13", 256)
                .containsEntry("ic14", 512);
    }

    @Test
    void theWindowIconsAreTheInstallersIcons() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            Path window = Path.of("src/main/resources/org/chainmap/icons/chainmap-" + size + ".png");
            assertThat(Files.readAllBytes(window))
                    .as("window icon %d", size)
                    .isEqualTo(Files.readAllBytes(ICONS.resolve("chainmap-" + size + ".png")));
        }
        assertThat(Files.readString(ICONS.resolve("chainmap.svg"))).contains("<svg", "viewBox=\"0 0 1024 1024\"");
    }

    private static BufferedImage png(byte[] bytes, int offset, int length) throws IOException {
        assertThat(new String(bytes, offset + 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        return ImageIO.read(new ByteArrayInputStream(bytes, offset, length));
    }
}
