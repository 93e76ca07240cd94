package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The DOT of a chain: its text, and, where Graphviz is installed, what dot makes of it. */
class DotWriterTest {

    private static final Pattern NODE = Pattern.compile("^    \"((?:[^\"\\\\]|\\\\.)*)\" \\[label=", Pattern.MULTILINE);

    @TempDir
    Path dir;

    static String dot(RegionMap map, Chain chain, ChainGeometry geometry, boolean full) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (full) {
            DotWriter.write(map, chain, geometry, out);
        } else {
            DotWriter.writeFirms(map, chain, geometry, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chainmap.io.DrawnMaps#chains")
    void declaresEveryCardOnceInItsClusterAndEveryLink(String name, RegionMap map, Chain chain, ChainGeometry geometry)
            throws IOException {
        String text = dot(map, chain, geometry, false);
        assertThat(text).startsWith("digraph \"" + chain.id() + "\" {\n").contains("rankdir=LR");
        List<String> declared = new ArrayList<>();
        String cluster = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("  subgraph \"cluster_")) {
                cluster = line.substring("  subgraph \"cluster_".length(), line.lastIndexOf('"'));
            } else if (line.equals("  }")) {
                cluster = null;
            } else {
                Matcher node = NODE.matcher(line);
                if (node.find()) {
                    String id = node.group(1);
                    declared.add(id);
                    assertThat(cluster)
                            .as(id)
                            .isEqualTo(map.enterprise(id).orElseThrow().mainSegment());
                }
            }
        }
        assertThat(declared)
                .containsExactlyInAnyOrderElementsOf(geometry.cards().keySet());
        long edges = text.lines()
                .filter(line -> line.matches("  \"[^\"]+\" -> \"[^\"]+\";"))
                .count();
        assertThat(edges).isEqualTo(DrawnMaps.links(map, geometry).size());
    }

    @Test
    void escapesQuotesAndBackslashesAndKeepsChinese() throws IOException {
        RegionMap map = DrawnMaps.awkward();
        Chain chain = map.chains().get(0);
        String text = dot(map, chain, ChainLayouter.layout(map, chain), true);
        assertThat(text)
                .contains("label=\"宝钢\\\"取向\\\\硅钢\\\"<股份>&公司\"")
                .contains("label=\"新型能源及电力装备产业链\"")
                .contains("subgraph \"cluster_power.transformer\" {\n    label=\"变压器\";");
        assertThat(DotWriter.quote("a\\N\"b\nc")).isEqualTo("\"a\\\\N\\\"b\\nc\"");
    }

    @Test
    void carriesNoNulAndNoStringLongerThanGraphvizReads() throws IOException {
        RegionMap map = DrawnMaps.hostile();
        Chain chain = map.chains().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int cut = DotWriter.write(map, chain, ChainLayouter.layout(map, chain), out);
        byte[] bytes = out.toByteArray();
        String text = out.toString(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            assertThat(b == '\n' || b == '\t' || (b & 0xFF) >= 0x20)
                    .as("control byte %d", b)
                    .isTrue();
        }
        List<String> strings = quotedStrings(text);
        assertThat(strings).allSatisfy(string -> assertThat(string.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(DotWriter.MAX_BYTES));
        assertThat(strings).contains("宝钢\uFFFD\uFFFD[31m\uFFFD\uFFFD\uFFFD\uFFFDx\t\\n公司");
        assertThat(strings).anyMatch(string -> string.startsWith("长长长") && string.endsWith("…"));
        assertThat(cut).isEqualTo(1);
        assertThat(text)
                .containsPattern("// 1 strings longer than Graphviz reads .*\"长{20}…\" \\(30000 bytes\\)\n}\n$");
    }

    /**
     * The quoted strings of a DOT text, as written between the quotes, read as Graphviz's scanner reads them (a
     * backslash escapes the next character); fails when a string is left open or braces do not balance outside
     * strings and comments.
     */
    private static List<String> quotedStrings(String text) {
        List<String> strings = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && text.startsWith("//", i)) {
                i = text.indexOf('\n', i);
            } else if (c == '"') {
                int start = ++i;
                while (i < text.length() && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                assertThat(i).as("string left open at %d", start).isLessThan(text.length());
                strings.add(text.substring(start, i));
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).isNotNegative();
            }
        }
        assertThat(depth).isZero();
        return strings;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chainmap.io.DrawnMaps#chains")
    void dotKeepsTheNamesAndTheLayersInOrder(String name, RegionMap map, Chain chain, ChainGeometry geometry)
            throws Exception {
        assumeTrue(dotInstalled(), "Graphviz dot is not installed");
        Path file = dir.resolve("chain.dot");
        Files.writeString(file, dot(map, chain, geometry, true), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("dot", "-Tplain", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String plain = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();

        Map<String, double[]> placed = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        int edges = 0;
        for (String line : plain.split("\n")) {
            List<String> words = PlainTokens.of(line);
            if (words.get(0).equals("node")) {
                placed.put(words.get(1), new double[] {Double.parseDouble(words.get(2))});
                labels.put(words.get(1), words.get(6));
            } else if (words.get(0).equals("edge")) {
                edges++;
            }
        }
        for (String card : geometry.cards().keySet()) {
            assertThat(labels.get(card))
                    .isEqualTo(map.enterprise(card).orElseThrow().name());
        }
        for (ChainGeometry.Marker marker : geometry.markers()) {
            assertThat(placed).containsKey(DotWriter.markerId(marker.firm(), marker.segment()));
        }
        int layers = new TreeSet<>(geometry.segments().values().stream()
                        .map(box -> box.centerX())
                        .toList())
                .size();
        // Feeds, links and the invisible chain of layers.
        assertThat(edges)
                .isEqualTo(
                        geometry.feeds().size() + DrawnMaps.links(map, geometry).size() + layers - 1);
        // Cards of one layer share dot's x (a rank; in our grid they may stand in several columns of their box);
        // the boxes of a layer further right than ours stand further right there.
        for (Map.Entry<String, org.chainmap.layout.Rect> a : geometry.cards().entrySet()) {
            for (Map.Entry<String, org.chainmap.layout.Rect> b :
                    geometry.cards().entrySet()) {
                double ours = Math.signum(layerX(map, geometry, b.getKey()) - layerX(map, geometry, a.getKey()));
                double theirs = Math.signum(Math.round((placed.get(b.getKey())[0] - placed.get(a.getKey())[0]) * 100));
                assertThat(theirs).as("%s vs %s", a.getKey(), b.getKey()).isEqualTo(ours);
            }
            if (geometry.cards().size() > 300) {
                break; // one card against all is enough on a large chain
            }
        }
    }

    static boolean dotInstalled() {
        try {
            Process process =
                    new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The x of the middle of the layer of {@code firm}'s card: the centre of its box. */
    private static double layerX(RegionMap map, ChainGeometry geometry, String firm) {
        return geometry.segments()
                .get(map.enterprise(firm).orElseThrow().mainSegment())
                .centerX();
    }
}
