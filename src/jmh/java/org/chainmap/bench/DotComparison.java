package org.chainmap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.io.DotWriter;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Crossings;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * Our column layout side by side with Graphviz dot on one generated chain of each size: the time each
 * takes, and the crossings of the supply links in each drawing, counted the same way.
 *
 * <p>The chain: {@link RegionGenerator} makes a 14-chain region; the region's size is scaled until its
 * largest chain holds the wanted number of firm cards (within 3%), and that chain is drawn. Our side:
 * {@link ChainLayouter#layout}, the median of several runs after warm-up. Dot's side, two graphs of the same
 * cards and links: {@code columns}, written by {@link DotWriter#writeFirms} (segments as clusters, our layers
 * as ranks: dot only orders and places, as our layout does after its layer phase, and keeps each segment's
 * cards together, as our boxes do); {@code ranks}, the same ranks without clusters (dot may interleave the
 * cards of the segments of a layer, which our boxes forbid); and {@code free}, the bare cards and links with
 * {@code rankdir=LR} (dot does everything: ranks, order, places). Each runs as
 * {@code dot -Tplain} under a time limit.
 *
 * <p>Crossings, the same for every drawing: each supply link between two different cards is a straight
 * line between the centres of its cards, and every pair of lines that cross properly (each has the ends of
 * the other strictly on opposite sides) counts once; lines that share an end or lie on one line do not.
 *
 * <p>Run: {@code mvn -B -Pbench package -DskipTests && java -Xmx4g -cp target/benchmarks.jar
 * org.chainmap.bench.DotComparison [--limit SECONDS] [--runs N] [--variants columns,ranks,free] [SIZE...]}.
 */
public final class DotComparison {

    private DotComparison() {}

    /**
     * Runs the comparison and prints one table row per size and drawing.
     *
     * @param args {@code --limit SECONDS} (dot's time limit, default 360), {@code --runs N} (measured layout
     *     runs, default 5), {@code --variants columns,ranks,free}, then the sizes (default 1000 3000 10000)
     * @throws Exception when dot cannot be started or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        long limit = 360;
        int runs = 5;
        List<String> variants = List.of("columns", "ranks", "free");
        List<Integer> sizes = new ArrayList<>();
        List<Path> maps = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Long.parseLong(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--variants" -> variants = List.of(args[++i].split(","));
                case "--map" -> maps.add(Path.of(args[++i]));
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty() && maps.isEmpty()) {
            sizes = List.of(1000, 3000, 10000);
        }
        Path dir = Files.createTempDirectory("chainmap-dot");
        System.out.println(machine());
        System.out.println("| firms | links | drawing | time | crossings |");
        System.out.println("|---|---|---|---|---|");
        for (Path file : maps) {
            RegionMap map = MapReader.read(Files.readAllBytes(file))
                    .map()
                    .orElseThrow(() -> new IOException(file + ": not a valid map"));
            Chain chain = largest(map);
            compare(map, chain, chain.id() + "-" + cards(map, chain), runs, limit, variants, dir);
        }
        for (int size : sizes) {
            RegionMap map = regionWithChainOf(size);
            compare(map, largest(map), String.valueOf(size), runs, limit, variants, dir);
        }
        System.out.println("files: " + dir);
    }

    private static void compare(
            RegionMap map, Chain chain, String name, int runs, long limit, List<String> variants, Path dir)
            throws Exception {
        int size = cards(map, chain);
        // One column per box, as dot draws a rank: the like-for-like drawing (decision 0017).
        ChainGeometry geometry = ChainLayouter.layout(map, chain, 1);
        List<SupplyLink> links = links(map, geometry);
        String head = "| " + geometry.cards().size() + " | " + links.size() + " | ";
        for (int i = 0; i < Math.max(2, 10 - size / 1000); i++) {
            ChainLayouter.layout(map, chain, 1); // warm-up
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ChainLayouter.layout(map, chain, 1);
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf(
                "%sChainMap (chain %s), one column per box | %.3f s (median of %d; %s) | %,d |%n",
                head, chain.id(), median(times), runs, range(times), crossings(links, centres(geometry)));
        System.out.printf("%sChainMap, one column per box, routes as drawn | — | %,d |%n", head, routeCrossings(geometry));
        ChainGeometry grid = ChainLayouter.layout(map, chain);
        System.out.printf(
                "%sChainMap, default grid (%.0f × %.0f) | — | %,d straight; %,d as drawn |%n",
                head,
                grid.width(),
                grid.height(),
                crossings(links, centres(grid)),
                routeCrossings(grid));
        for (String variant : variants) {
            Path dot = dir.resolve(name + "-" + variant + ".dot");
            try (OutputStream out = Files.newOutputStream(dot)) {
                if (variant.equals("columns")) {
                    DotWriter.writeFirms(map, chain, geometry, out);
                } else {
                    writeBare(geometry, links, variant.equals("ranks"), out);
                }
            }
            int dotRuns = size <= 1000 ? 3 : 1;
            double[] dotTimes = new double[dotRuns];
            Map<String, double[]> placed = null;
            for (int i = 0; i < dotRuns; i++) {
                Path plain = dir.resolve(name + "-" + variant + ".plain");
                long start = System.nanoTime();
                Process process = new ProcessBuilder("dot", "-Tplain", dot.toString(), "-o", plain.toString())
                        .redirectError(dir.resolve("dot-" + name + "-" + variant + ".log")
                                .toFile())
                        .start();
                if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    dotTimes = null;
                    break;
                }
                dotTimes[i] = (System.nanoTime() - start) / 1e9;
                if (process.exitValue() != 0) {
                    throw new IOException("dot failed on " + dot + ": exit " + process.exitValue());
                }
                placed = readPlain(plain);
            }
            if (dotTimes == null) {
                System.out.printf("%sdot, %s | did not finish in %d s | — |%n", head, variant, limit);
            } else {
                System.out.printf(
                        "%sdot, %s | %.2f s (%s) | %,d |%n",
                        head,
                        variant,
                        median(dotTimes),
                        dotRuns == 1 ? "one run" : "median of " + dotRuns + "; " + range(dotTimes),
                        crossings(links, placed));
            }
        }
    }

    /** When and where: the time, the processors, the load average, Java's and dot's versions. */
    static String machine() throws IOException, InterruptedException {
        Path loadavg = Path.of("/proc/loadavg");
        String load = Files.isReadable(loadavg) ? Files.readString(loadavg).trim() : "unknown";
        String dot;
        try {
            Process process = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            dot = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
        } catch (IOException e) {
            dot = "dot not found";
        }
        return String.format(
                "%s, %d processors, load average %s, Java %s, %s",
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(),
                load,
                System.getProperty("java.version"),
                dot);
    }

    /** The centre of every card of {@code geometry}. */
    static Map<String, double[]> centres(ChainGeometry geometry) {
        Map<String, double[]> centres = new HashMap<>();
        geometry.cards().forEach((id, card) -> centres.put(id, new double[] {card.centerX(), card.centerY()}));
        return centres;
    }

    /** The crossings of the supply links' routes between two cards of {@code geometry}, as drawn. */
    static long routeCrossings(ChainGeometry geometry) {
        List<List<double[]>> routes = new ArrayList<>();
        for (ChainGeometry.LinkRoute route : geometry.links()) {
            if (!route.external()) {
                routes.add(route.points());
            }
        }
        return Crossings.ofRoutes(routes);
    }

    /** A region whose largest chain holds {@code size} firm cards, within 3%; the region is scaled to fit. */
    static RegionMap regionWithChainOf(int size) {
        int enterprises = RegionGenerator.CHAINS * size;
        RegionMap map = RegionGenerator.generate(enterprises, 1);
        for (int attempt = 0; attempt < 8; attempt++) {
            int cards = cards(map, largest(map));
            if (Math.abs(cards - size) <= size * 0.03) {
                break;
            }
            enterprises = (int) Math.round((double) enterprises * size / cards);
            map = RegionGenerator.generate(enterprises, 1);
        }
        return map;
    }

    /** The chain with the most firm cards. */
    static Chain largest(RegionMap map) {
        Chain best = null;
        int most = -1;
        for (Chain chain : map.chains()) {
            int cards = cards(map, chain);
            if (cards > most) {
                most = cards;
                best = chain;
            }
        }
        return best;
    }

    private static int cards(RegionMap map, Chain chain) {
        Set<String> segments = new HashSet<>();
        chain.segments().stream().map(Segment::id).forEach(segments::add);
        int cards = 0;
        for (Enterprise firm : map.enterprises()) {
            if (segments.contains(firm.mainSegment())) {
                cards++;
            }
        }
        return cards;
    }

    /** The supply links between two different cards of the drawing. */
    static List<SupplyLink> links(RegionMap map, ChainGeometry geometry) {
        return map.links().stream()
                .filter(link -> geometry.cards().containsKey(link.from())
                        && geometry.cards().containsKey(link.to()))
                .filter(link -> !link.from().equals(link.to()))
                .toList();
    }

    /**
     * The bare graph: cards of our size and the links, no clusters, for dot to lay out alone; with
     * {@code ranks}, the cards of each of our layers in one {@code rank=same} group, in order.
     */
    private static void writeBare(ChainGeometry geometry, List<SupplyLink> links, boolean ranks, OutputStream out)
            throws IOException {
        Rect card = geometry.cards().values().iterator().next();
        try (Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            writer.write("digraph bare {\n  graph [rankdir=LR, newrank=true];\n");
            writer.write("  node [shape=box, fixedsize=true, width=" + card.width() / 72 + ", height="
                    + card.height() / 72 + ", label=\"\"];\n");
            java.util.TreeMap<Double, List<String>> layers = new java.util.TreeMap<>();
            geometry.cards().forEach((id, rect) -> layers.computeIfAbsent(rect.x(), x -> new ArrayList<>())
                    .add(id));
            for (int i = 0; ranks && i < layers.size(); i++) {
                writer.write("  \"layer " + i + "\" [shape=point, style=invis, fixedsize=false, width=0.01];\n");
            }
            int layer = 0;
            for (List<String> ids : layers.values()) {
                writer.write(ranks ? "  { rank=same; \"layer " + layer++ + "\";" : " ");
                for (String id : ids) {
                    writer.write(" \"" + id + "\";");
                }
                writer.write(ranks ? " }\n" : "\n");
            }
            if (ranks) {
                for (int i = 1; i < layer; i++) {
                    writer.write("  \"layer " + (i - 1) + "\" -> \"layer " + i + "\" [style=invis];\n");
                }
            }
            for (SupplyLink link : links) {
                writer.write("  \"" + link.from() + "\" -> \"" + link.to() + "\";\n");
            }
            writer.write("}\n");
        }
    }

    /** The centre of every node of a {@code dot -Tplain} output, by name. */
    static Map<String, double[]> readPlain(Path plain) throws IOException {
        Map<String, double[]> centres = new HashMap<>();
        for (String line : Files.readAllLines(plain, StandardCharsets.UTF_8)) {
            if (line.startsWith("node ")) {
                List<String> tokens = tokens(line);
                centres.put(
                        tokens.get(1),
                        new double[] {Double.parseDouble(tokens.get(2)), Double.parseDouble(tokens.get(3))});
            }
        }
        return centres;
    }

    /** The words of a plain-format line; a quoted word loses its quotes and escapes. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '"') {
                word.setLength(0);
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                        i++;
                    }
                    word.append(line.charAt(i++));
                }
                i++;
                tokens.add(word.toString());
            } else {
                int end = line.indexOf(' ', i);
                end = end < 0 ? line.length() : end;
                tokens.add(line.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

    /**
     * The pairs of links that cross properly when each is a straight line between the centres of its ends
     * ({@link Crossings#ofLines}).
     */
    static long crossings(List<SupplyLink> links, Map<String, double[]> centres) {
        List<double[]> lines = new ArrayList<>(links.size());
        for (SupplyLink link : links) {
            double[] a = centres.get(link.from());
            double[] b = centres.get(link.to());
            lines.add(new double[] {a[0], a[1], b[0], b[1]});
        }
        return Crossings.ofLines(lines);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String range(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%.3f–%.3f", sorted[0], sorted[sorted.length - 1]);
    }
}
