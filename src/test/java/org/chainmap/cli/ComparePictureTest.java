package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.chainmap.render.SteelYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare OLD NEW --chain ID --png OUT} and {@code --pdf OUT}: the chain drawn with the changes marked. The
 * year of the test map: a local steel maker came (its card and its link green), an instrument maker left (its card
 * and link ghosted red), so the PNG holds the marks' green and red, which the plain drawing of the new map has not.
 */
class ComparePictureTest {

    @TempDir
    Path dir;

    /** How many pixels of {@code image} are within a few steps of {@code rgb}. */
    static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int dr = Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff));
                int dg = Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff));
                int db = Math.abs((p & 0xff) - (rgb & 0xff));
                if (dr + dg + db < 24) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void thePngHoldsTheGreenAndRedMarksThePlainDrawingHasNot() throws Exception {
        Path old = dir.resolve("old.json");
        Path now = dir.resolve("new.json");
        Files.writeString(old, SteelYear.OLD, StandardCharsets.UTF_8);
        Files.writeString(now, SteelYear.NEW, StandardCharsets.UTF_8);
        Path marked = dir.resolve("marked.png");
        Path pdf = dir.resolve("marked.pdf");
        CliRun run = CliRun.of(
                "compare",
                old.toString(),
                now.toString(),
                "--chain",
                "power",
                "--png",
                marked.toString(),
                "--pdf",
                pdf.toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains(marked.toString()).contains(pdf.toString());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        Path plain = dir.resolve("plain.png");
        assertThat(CliRun.of("export", now.toString(), "--chain", "power", "--png", plain.toString())
                        .code())
                .isZero();
        BufferedImage withMarks = ImageIO.read(marked.toFile());
        BufferedImage without = ImageIO.read(plain.toFile());
        int green = 0x1e9e3e;
        int red = 0xd7263d;
        assertThat(pixels(withMarks, green)).isGreaterThan(200).isGreaterThan(10 * pixels(without, green) + 100);
        assertThat(pixels(withMarks, red)).isGreaterThan(200).isGreaterThan(2 * pixels(without, red) + 100);
    }
}
