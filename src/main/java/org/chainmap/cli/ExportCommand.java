package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.DotWriter;
import org.chainmap.io.GraphmlWriter;
import org.chainmap.io.LayoutJsonWriter;
import org.chainmap.io.LoadResult;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;

/**
 * {@code export FILE (--chain ID | --panorama | --all) --png OUT [--dpi N | --scale X] [--theme T]
 * [--transparent]} and {@code export FILE --chain ID [--layout-json OUT] [--dot OUT] [--graphml OUT]}: pictures
 * of the map, and the drawn chain as data for web pages, Graphviz, Gephi and yEd. Pictures are drawn headless
 * by the same routine as the screen. A file is written
 * whole or not at all ({@link AtomicWrite}).
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    /**
     * One picture to write.
     *
     * @param name what the picture shows: a chain's id, or "panorama"
     * @param title the PNG's Latin-1 title
     * @param picture the picture
     * @param file where it goes
     */
    private record Output(String name, String title, Picture picture, Path file) {}

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--chain", "--png", "--dpi", "--scale", "--theme", "--layout-json", "--dot", "--graphml"),
                Set.of("--transparent", "--panorama", "--all"),
                console.messages());
        String file = parsed.single("FILE");
        String chainId = parsed.text("--chain", null);
        int subjects = (chainId != null ? 1 : 0) + (parsed.flag("--panorama") ? 1 : 0) + (parsed.flag("--all") ? 1 : 0);
        if (subjects != 1) {
            throw new UsageException(console.text("export.oneSubject"));
        }
        String png = parsed.text("--png", null);
        Map<String, String> data = dataOutputs(parsed);
        if (png == null && data.isEmpty()) {
            throw new UsageException(console.text("export.noOutput"));
        }
        if (!data.isEmpty() && chainId == null) {
            throw new UsageException(console.text("export.dataNeedsChain"));
        }
        double scale = scale(parsed, console);
        Theme theme = theme(parsed.choice("--theme", "light", "light", "dark", "contrast"));
        Optional<LoadResult> loaded = MapArgument.read(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = loaded.get().map().get();
        if (chainId != null && map.chain(chainId).isEmpty()) {
            throw new UsageException(console.text(
                    "gaps.unknownChain",
                    chainId,
                    String.join(", ", map.chains().stream().map(Chain::id).toList())));
        }
        if (!data.isEmpty() && writeData(map, map.chain(chainId).orElseThrow(), data, console) != 0) {
            return 1;
        }
        if (png == null) {
            return 0;
        }
        if (parsed.flag("--all") && Files.exists(Path.of(png)) && !Files.isDirectory(Path.of(png))) {
            console.err().println(console.text("export.notAFolder", png));
            return 1;
        }
        List<Output> outputs = outputs(map, chainId, parsed.flag("--all"), Path.of(png), file, console);
        for (Output output : outputs) {
            PngExport.Size size = PngExport.size(output.picture(), scale);
            if (!size.fits()) {
                console.err()
                        .println(console.text(
                                "export.tooLarge", size.width(), size.height(), PngExport.MAX_SIDE, output.name()));
                return 1;
            }
        }
        return writePictures(outputs, scale, theme, parsed.flag("--transparent"), console);
    }

    /** The pictures asked for: one chain, the panorama ({@code chainId} null), or all chains and the panorama. */
    private static List<Output> outputs(
            RegionMap map, String chainId, boolean all, Path out, String file, Console console) {
        List<ChainReport> reports = GapAnalysis.of(map);
        Words words = Words.of(console.messages().locale());
        String today = LocalDate.now().toString();
        String source = Path.of(file).getFileName().toString();
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < map.chains().size(); i++) {
            Chain chain = map.chains().get(i);
            if (all || chain.id().equals(chainId)) {
                outputs.add(new Output(
                        chain.id(),
                        ascii(chain.nameEn() != null ? chain.nameEn() : chain.id()),
                        Pictures.chain(map, chain, reports.get(i), words, source, today),
                        all ? out.resolve(fileName(chain.id()) + ".png") : out));
            }
        }
        if (chainId == null) {
            outputs.add(new Output(
                    "panorama",
                    "Panorama",
                    Pictures.panorama(map, reports, words, source, today),
                    all ? out.resolve("panorama.png") : out));
        }
        return outputs;
    }

    /** Writes the pictures, headless; stops at the first that cannot be written. */
    private static int writePictures(
            List<Output> outputs, double scale, Theme theme, boolean transparent, Console console) {
        HeadlessFx.start();
        for (Output output : outputs) {
            PngExport.Size size = PngExport.size(output.picture(), scale);
            console.out()
                    .println(console.text(
                            "export.png",
                            output.name(),
                            size.width(),
                            size.height(),
                            Math.round(scale * PngExport.BASE_DPI),
                            output.file()));
            try {
                AtomicWrite.write(
                        output.file(),
                        out -> PngExport.write(
                                output.picture(),
                                scale,
                                theme,
                                transparent,
                                Map.of("Title", output.title()),
                                out,
                                done -> {}));
            } catch (IOException e) {
                console.err().println(console.text("export.failed", output.file(), e.getMessage()));
                return 1;
            }
        }
        return 0;
    }

    /** Pixels per map unit: from {@code --dpi} or {@code --scale}, not both; 2 when neither is given. */
    private static double scale(Arguments parsed, Console console) throws UsageException {
        if (parsed.text("--dpi", null) != null && parsed.text("--scale", null) != null) {
            throw new UsageException(console.text("export.dpiOrScale"));
        }
        return parsed.text("--dpi", null) != null
                ? parsed.number("--dpi", 192, 96, 600) / PngExport.BASE_DPI
                : parsed.decimal("--scale", 2, 1, 4);
    }

    /** The data files asked for: option → file, in a fixed order. */
    private static Map<String, String> dataOutputs(Arguments parsed) {
        Map<String, String> data = new LinkedHashMap<>();
        for (String option : List.of("--layout-json", "--dot", "--graphml")) {
            if (parsed.text(option, null) != null) {
                data.put(option, parsed.text(option, null));
            }
        }
        return data;
    }

    /** Writes the drawn chain as layout JSON, DOT or GraphML, as {@code data} asks (option → file). */
    private static int writeData(RegionMap map, Chain chain, Map<String, String> data, Console console) {
        ChainGeometry geometry = ChainLayouter.layout(map, chain);
        for (Map.Entry<String, String> entry : data.entrySet()) {
            Path target = Path.of(entry.getValue());
            try {
                AtomicWrite.write(target, out -> {
                    switch (entry.getKey()) {
                        case "--layout-json" -> LayoutJsonWriter.write(map, chain, geometry, out);
                        case "--dot" -> DotWriter.write(map, chain, geometry, out);
                        default -> GraphmlWriter.write(map, chain, geometry, out);
                    }
                });
            } catch (IOException e) {
                console.err().println(console.text("export.failed", target, e.getMessage()));
                return 1;
            }
            console.out()
                    .println(console.text(
                            "export.data", chain.id(), entry.getKey().substring(2), target));
        }
        return 0;
    }

    /** A chain id made safe as a file name on every system. */
    static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static Theme theme(String name) {
        return switch (name) {
            case "dark" -> Theme.DARK;
            case "contrast" -> Theme.CONTRAST;
            default -> Theme.LIGHT;
        };
    }

    /** PNG text chunks are Latin-1: keeps what fits. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x100) {
                out.append(c);
            }
        }
        return out.toString().trim();
    }
}
