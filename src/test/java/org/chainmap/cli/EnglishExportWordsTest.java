package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture exported in English says everything in English where the map has English names: the words an SVG
 * writes (each run's aria-label and the title) hold no Chinese but the data's own (firm names, the region, the
 * map's source, tags, a name with no English), issue 17 item 4.
 */
class EnglishExportWordsTest {

    private static final Path MAP_FILE = Path.of("maps/hengyang.json");
    private static final Pattern WORDS = Pattern.compile("aria-label=\"([^\"]*)\"|<title>([^<]*)</title>");
    private static final Pattern CHINESE = Pattern.compile("[\\u2E80-\\u9FFF\\u3000-\\u303F\\uFF00-\\uFFEF]");

    @TempDir
    Path dir;

    /** The words of the power chain's SVG exported in {@code locale}, the data's Chinese taken out. */
    private List<String> chineseWords(Locale locale) throws IOException {
        Path svg = dir.resolve(locale.getLanguage() + ".svg");
        CliRun run = CliRun.of(locale, "export", MAP_FILE.toString(), "--chain", "power", "--svg", svg.toString());
        assertThat(run.code()).as(run.err()).isZero();
        RegionMap map = MapReader.read(MAP_FILE).map().orElseThrow();
        List<String> data = new ArrayList<>();
        data.add(map.region().name());
        data.add(map.region().source() == null ? "" : map.region().source());
        for (Enterprise firm : map.enterprises()) {
            data.add(firm.name());
            data.addAll(firm.tags());
        }
        for (Chain chain : map.chains()) {
            if (chain.nameEn() == null) {
                data.add(chain.name());
            }
            for (Segment segment : chain.segments()) {
                if (segment.nameEn() == null) {
                    data.add(segment.name());
                }
            }
        }
        data.removeIf(String::isEmpty);
        data.sort(Comparator.comparingInt(String::length).reversed());
        List<String> left = new ArrayList<>();
        Matcher words = WORDS.matcher(Files.readString(svg, StandardCharsets.UTF_8));
        while (words.find()) {
            String text = (words.group(1) != null ? words.group(1) : words.group(2)).replace("&amp;", "&");
            for (String name : data) {
                text = text.replace(name, "");
            }
            if (CHINESE.matcher(text).find()) {
                left.add(text);
            }
        }
        return left;
    }

    @Test
    void anEnglishPictureHoldsNoChineseButTheDatas() throws IOException {
        assertThat(chineseWords(Locale.ENGLISH)).isEmpty();
        // The same check on the Chinese picture finds its words: it can fail.
        assertThat(chineseWords(Locale.SIMPLIFIED_CHINESE)).isNotEmpty();
    }
}
