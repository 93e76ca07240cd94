package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map's shipped font: both faces load as one family, have a glyph for every character of the Hengyang
 * map and the messages, and draw Chinese as Chinese, whatever fonts the machine has installed.
 */
@ExtendWith(ApplicationExtension.class)
class FontsTest {

    private static final String REBUILD = "characters the shipped font lacks: run src/main/fonts/subset.sh";

    /** A private-use character: no font has it, so every font draws its missing-glyph box (tofu). */
    private static final String TOFU = "\uE000";

    @Test
    void aLineNeverStartsWithAClosingBracket() {
        // Was "电力变压器（含特高压" and "）" alone on the second line of the box at fit.
        // Then "压）", one character alone on the last line: a second one goes down with it.
        assertThat(Fonts.wrap("电力变压器（含特高压）", 9, 90, 2)).containsExactly("电力变压器（含特", "高压）");
        assertThat(Fonts.wrap("氯碱（烧碱、氯气、氢气）", 10, 100, 2))
                .allMatch(line -> !line.startsWith("）") && !line.startsWith("、"));
    }

    @Test
    void aChineseNameNeverEndsWithOneCharacterAlone() {
        // Was "医药基础零部" and "件" in the 20,000-firm region's biggest chain at fit.
        double six = Fonts.estimateWidth("医药基础零部", 12);
        assertThat(Fonts.wrap("医药基础零部件", 12, six, 2)).containsExactly("医药基础零", "部件");
        assertThat(Fonts.wrap("医药基础零部件", 12, six, 3)).containsExactly("医药基础零", "部件");
        assertThat(Fonts.wrap("锂电池正极材料及前驱体", 10, 50, 3)).containsExactly("锂电池正极", "材料及前", "驱体");
        // Two characters: one a line is all there is; the last line cut: the ellipsis, as before.
        assertThat(Fonts.wrap("电缆", 12, 12, 2)).containsExactly("电", "缆");
        assertThat(Fonts.wrap("医药基础零部件", 12, six, 1)).containsExactly("医药基础零…");
        // A Latin word alone on the last line is a whole word, left as it is.
        assertThat(Fonts.wrap("智能电网 IoT", 12, Fonts.estimateWidth("智能电网 ", 12), 2))
                .containsExactly("智能电网", "IoT");
    }

    @Test
    void aCutLastLineKeepsTheSpaceBetweenItsWords() {
        double oneWord = Fonts.estimateWidth("Instrument ", 13);
        List<String> one = Fonts.wrap("Instrument transformers", 13, oneWord * 1.6, 1);
        assertThat(one).hasSize(1);
        assertThat(one.get(0)).startsWith("Instrument t").endsWith("…");
        assertThat(Fonts.wrap("Grain-oriented silicon steel", 13, Fonts.estimateWidth("Grain-oriented s…", 13), 1))
                .containsExactly("Grain-oriented s…");
    }

    @Test
    void theShippedFacesLoadAsOneFamilyWithARegularAndABoldFace() {
        assertThat(Fonts.family()).isEqualTo(Fonts.FAMILY);
        assertThat(Font.getFontNames(Fonts.FAMILY)).contains("ChainMap Sans SC", "ChainMap Sans SC Bold");
        assertThat(Fonts.of(12).getName()).isEqualTo("ChainMap Sans SC");
        assertThat(Fonts.of(12, FontWeight.BOLD).getName()).isEqualTo("ChainMap Sans SC Bold");
        assertThat(Fonts.of(12, FontWeight.SEMI_BOLD).getName()).isEqualTo("ChainMap Sans SC");
        assertThat(Fonts.chineseFamily()).contains(Fonts.FAMILY);
        // What ChainPainter asks for: the family of Fonts.of, in a weight and a posture.
        Font painted = Font.font(Fonts.of(13).getFamily(), FontWeight.BOLD, FontPosture.REGULAR, 13);
        assertThat(painted.getName()).isEqualTo("ChainMap Sans SC Bold");
        Font external = Font.font(Fonts.of(12).getFamily(), FontWeight.NORMAL, FontPosture.ITALIC, 12);
        assertThat(external.getFamily()).isEqualTo(Fonts.FAMILY);
    }

    @Test
    void bothFacesHaveAGlyphForEveryCharacterOfTheMapAndTheChineseOfTheMessages() throws IOException {
        Set<Integer> needed = new TreeSet<>();
        Files.readString(Path.of("maps/hengyang.json")).codePoints().forEach(needed::add);
        PaintWords.CHINESE.toString().codePoints().forEach(needed::add);
        needed.removeIf(c -> c < 0x20);
        assertThat(needed).as("the map has Chinese").contains((int) '衡', (int) '阳');
        // The controls fall back to the shipped font where no Chinese font is installed: their Chinese must
        // be there too. Symbols Noto CJK lacks (▸) come from whatever installed font has them.
        for (String bundle : List.of("messages.properties", "messages_zh.properties")) {
            Properties messages = new Properties();
            try (InputStream in = Fonts.class.getResourceAsStream("/org/chainmap/ui/" + bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            messages.values().forEach(text -> text.toString()
                    .codePoints()
                    .filter(c -> c >= 0x2E80)
                    .forEach(needed::add));
        }
        for (String face : Fonts.FACES) {
            Set<Integer> mapped = characters(face);
            Set<Integer> missing = new TreeSet<>(needed);
            missing.removeAll(mapped);
            assertThat(text(missing)).as(face + ": " + REBUILD).isEmpty();
            // The check can fail: a rare hanzi outside the subset is not there.
            assertThat(mapped).doesNotContain((int) '龘').contains((int) '…', (int) '↗', (int) '·', (int) '，');
        }
    }

    @Test
    void chineseIsDrawnAsChineseInBothWeightsAndAnItalicIsDrawnUpright() throws Exception {
        Font regular = Fonts.of(24);
        Font bold = Fonts.of(24, FontWeight.BOLD);
        int[] tofu = draw(TOFU, regular);
        int[] heng = draw("衡", regular);
        int[] yang = draw("阳", regular);
        assertThat(heng).isNotEqualTo(tofu);
        assertThat(yang).isNotEqualTo(tofu).isNotEqualTo(heng);
        assertThat((double) ink(draw("衡阳", bold))).isGreaterThan(ink(draw("衡阳", regular)) * 1.15);
        Font italic = Font.font(Fonts.FAMILY, FontWeight.NORMAL, FontPosture.ITALIC, 24);
        assertThat(draw("衡阳 Siemens", italic)).isEqualTo(draw("衡阳 Siemens", regular));
    }

    @Test
    void aCharacterOutsideTheSubsetFallsBackToAnInstalledFont() throws Exception {
        assumeTrue(Font.getFamilies().contains("Noto Sans CJK SC"), "needs an installed font with 龘");
        Font regular = Fonts.of(24);
        assertThat(draw("龘", regular)).isNotEqualTo(draw(TOFU, regular));
    }

    /** The characters {@code face} maps to a glyph, from its Unicode cmap subtable (3, 10), format 12. */
    private static Set<Integer> characters(String face) throws IOException {
        ByteBuffer font;
        try (InputStream in = Fonts.class.getResourceAsStream(face)) {
            assertThat(in).as(face).isNotNull();
            font = ByteBuffer.wrap(in.readAllBytes());
        }
        int cmap = -1;
        for (int i = 0, tables = font.getShort(4) & 0xFFFF; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font.getInt(record) == 0x636D6170) { // 'cmap'
                cmap = font.getInt(record + 8);
            }
        }
        assertThat(cmap).as(face + " has a cmap").isPositive();
        for (int i = 0, subtables = font.getShort(cmap + 2) & 0xFFFF; i < subtables; i++) {
            int record = cmap + 4 + 8 * i;
            int subtable = cmap + font.getInt(record + 4);
            if (font.getShort(record) == 3 && font.getShort(record + 2) == 10 && font.getShort(subtable) == 12) {
                Set<Integer> mapped = new TreeSet<>();
                for (int g = 0, groups = font.getInt(subtable + 12); g < groups; g++) {
                    int group = subtable + 16 + 12 * g;
                    for (int c = font.getInt(group); c <= font.getInt(group + 4); c++) {
                        mapped.add(c);
                    }
                }
                return mapped;
            }
        }
        throw new AssertionError(face + " has no format 12 Unicode cmap");
    }

    private static String text(Set<Integer> codePoints) {
        return codePoints.stream().map(Character::toString).collect(Collectors.joining());
    }

    /** The grey levels of {@code text} drawn black on white in {@code font}. */
    private static int[] draw(String text, Font font) throws Exception {
        AtomicReference<int[]> grey = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(240, 40);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, 240, 40);
            g.setFill(Color.BLACK);
            g.setFont(font);
            g.fillText(text, 4, 30);
            WritableImage image = canvas.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            int[] out = new int[240 * 40];
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 240; x++) {
                    out[y * 240 + x] = pixels.getArgb(x, y) & 0xFF;
                }
            }
            grey.set(out);
        }));
        return grey.get();
    }

    private static long ink(int[] grey) {
        long ink = 0;
        for (int level : grey) {
            ink += 255 - level;
        }
        return ink;
    }
}
