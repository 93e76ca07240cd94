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
import org.chainmap.layout.BoxColumns;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;
import org.chainmap.render.vector.VectorExport;

/**
 * {@code export FILE (--chain ID | --panorama | --all) [--png OUT] [--svg OUT] [--pdf OUT] [--dpi N |
 * --scale X] [--theme T] [--transparent] [--box-columns N]} and {@code export FILE --chain ID [--layout-json
 * OUT] [--dot OUT] [--graphml OUT] [--box-columns N]}: pictures (PNG) and vector documents (SVG, PDF) of the
 * map, and the drawn chain as data for web pages, Graphviz, Gephi and yEd. Pictures are drawn headless by the
 * same routine as the screen. A file is written whole or not at all ({@link AtomicWrite}).
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
     * @param stem its file name without extension in a folder of {@code --all}
     */
    private record Output(String name, String title, Picture picture, String stem) {}

    /** The most columns of cards {@code --box-columns} allows in a box. */
    static final int MOST_BOX_COLUMNS = 1000;

    /** The picture formats, as their options name them. */
    private static final List<String> FORMATS = List.of("--png", "--svg", "--pdf");

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of(
                        "--chain",
                        "--png",
                        "--svg",
                        "--pdf",
                        "--dpi",
                        "--scale",
                        "--theme",
                        "--layout-json",
                        "--dot",
                        "--graphml",
                        "--box-columns",
                        "--state"),
                Set.of("--transparent", "--panorama", "--all", "--overview"),
                console.messages());
        String file = parsed.single("FILE");
        String chainId = parsed.text("--chain", null);
        MapState state = States.of(parsed, true);
        int subjects = (chainId != null ? 1 : 0) + (parsed.flag("--panorama") ? 1 : 0) + (parsed.flag("--all") ? 1 : 0);
        if (subjects != 1) {
            throw new UsageException(console.text("export.oneSubject"));
        }
        Map<String, Path> pictures = new LinkedHashMap<>();
        for (String format : FORMATS) {
            if (parsed.text(format, null) != null) {
                pictures.put(format, Path.of(parsed.text(format, null)));
            }
        }
        Map<String, String> data = dataOutputs(parsed);
        if (pictures.isEmpty() && data.isEmpty()) {
            throw new UsageException(console.text("export.noOutput"));
        }
        if (!data.isEmpty() && chainId == null) {
            throw new UsageException(console.text("export.dataNeedsChain"));
        }
        if (parsed.flag("--overview") && (parsed.flag("--panorama") || pictures.isEmpty())) {
            throw new UsageException(console.text("export.overviewNeedsChain"));
        }
        double scale = scale(parsed, console);
        int boxColumns = (int) parsed.number("--box-columns", BoxColumns.AUTOMATIC, 1, MOST_BOX_COLUMNS);
        Theme theme = theme(parsed.choice("--theme", "light", "light", "dark", "contrast"));
        Optional<LoadResult> loaded = MapArgument.read(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = state.of(loaded.get().map().get());
        if (chainId != null && map.chain(chainId).isEmpty()) {
            throw new UsageException(console.text(
                    "gaps.unknownChain",
                    chainId,
                    String.join(", ", map.chains().stream().map(Chain::id).toList())));
        }
        Map<String, String> stems =
                OutputNames.stems(map.chains().stream().map(Chain::id).toList());
        int clash = clash(pictures, data, parsed.flag("--all") ? stems : null, console);
        if (clash != 0) {
            return clash;
        }
        if (!data.isEmpty() && writeData(map, map.chain(chainId).orElseThrow(), boxColumns, data, console) != 0) {
            return 1;
        }
        if (pictures.isEmpty()) {
            return 0;
        }
        return writePictures(map, file, chainId, boxColumns, pictures, parsed, scale, theme, stems, console);
    }

    /**
     * Refuses, before anything is written, two outputs that would be one file (on a system that ignores case,
     * too): exit 2 when two options name it, 1 when two chains of {@code --all} would ({@code stems} given).
     */
    private static int clash(
            Map<String, Path> pictures, Map<String, String> data, Map<String, String> stems, Console console)
            throws UsageException {
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, Path> targets = new LinkedHashMap<>();
        for (Map.Entry<String, Path> entry : pictures.entrySet()) {
            Path out = entry.getValue();
            String extension = "." + entry.getKey().substring(2);
            if (stems == null || atlas(entry.getKey(), out)) {
                targets.put(entry.getKey(), out);
                continue;
            }
            for (Map.Entry<String, String> stem : stems.entrySet()) {
                targets.put(entry.getKey() + " " + stem.getKey(), out.resolve(stem.getValue() + extension));
            }
            targets.put(entry.getKey() + " " + OutputNames.PANORAMA, out.resolve(OutputNames.PANORAMA + extension));
        }
        data.forEach((option, out) -> targets.put(option, Path.of(out)));
        for (Map.Entry<String, Path> target : targets.entrySet()) {
            String before = owners.putIfAbsent(OutputNames.key(target.getValue()), target.getKey());
            if (before != null) {
                String message = console.text("export.samePath", before, target.getKey(), target.getValue());
                boolean twoChains = before.contains(" ")
                        && target.getKey().startsWith(before.substring(0, before.indexOf(' ') + 1));
                if (!twoChains) {
                    throw new UsageException(message);
                }
                console.err().println(message);
                return 1;
            }
        }
        return 0;
    }

    /** Writes the pictures in each format asked for; stops at the first that cannot be written. */
    private static int writePictures(
            RegionMap map,
            String file,
            String chainId,
            int boxColumns,
            Map<String, Path> pictures,
            Arguments parsed,
            double scale,
            Theme theme,
            Map<String, String> stems,
            Console console) {
        boolean all = parsed.flag("--all");
        for (Map.Entry<String, Path> entry : pictures.entrySet()) {
            Path out = entry.getValue();
            if (all && !atlas(entry.getKey(), out) && Files.exists(out) && !Files.isDirectory(out)) {
                console.err().println(console.text("export.notAFolder", out));
                return 1;
            }
        }
        List<Output> outputs = outputs(map, chainId, boxColumns, all, parsed.flag("--overview"), file, stems, console);
        boolean sized = parsed.text("--dpi", null) != null || parsed.text("--scale", null) != null;
        if (pictures.containsKey("--png") && sized) {
            for (Output output : outputs) {
                PngExport.Size size = PngExport.size(output.picture(), scale);
                if (!size.fits()) {
                    // At scale 1 (96 dpi, the least) too large: only a vector document holds it.
                    boolean atAnyScale = !PngExport.size(output.picture(), 1).fits();
                    console.err()
                            .println(console.text(
                                    atAnyScale ? "export.tooLargeAtAnyScale" : "export.tooLarge",
                                    size.width(),
                                    size.height(),
                                    PngExport.MAX_SIDE,
                                    output.name()));
                    return 1;
                }
            }
        }
        HeadlessFx.start();
        PictureWriter written = new PictureWriter(outputs, all, theme, parsed.flag("--transparent"), sized, console);
        for (Map.Entry<String, Path> entry : pictures.entrySet()) {
            int status =
                    switch (entry.getKey()) {
                        case "--png" -> written.png(entry.getValue(), scale);
                        case "--svg" -> written.svg(entry.getValue());
                        default -> written.pdf(entry.getValue());
                    };
            if (status != 0) {
                return status;
            }
        }
        return 0;
    }

    /** Whether {@code --all} writes one document of many pages to {@code out}: a PDF file named so. */
    private static boolean atlas(String format, Path out) {
        return format.equals("--pdf")
                && out.getFileName() != null
                && out.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".pdf")
                && !Files.isDirectory(out);
    }

    /** The pictures asked for: one chain, the panorama ({@code chainId} null), or all chains and the panorama. */
    private static List<Output> outputs(
            RegionMap map,
            String chainId,
            int boxColumns,
            boolean all,
            boolean overview,
            String file,
            Map<String, String> stems,
            Console console) {
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
                        overview
                                ? Pictures.overview(
                                        map,
                                        chain,
                                        ChainLayouter.layout(map, chain, boxColumns),
                                        reports.get(i),
                                        words,
                                        source,
                                        today)
                                : Pictures.chain(
                                        map,
                                        chain,
                                        ChainLayouter.layout(map, chain, boxColumns),
                                        reports.get(i),
                                        words,
                                        source,
                                        today),
                        stems.get(chain.id())));
            }
        }
        if (chainId == null) {
            outputs.add(new Output(
                    "panorama",
                    "Panorama",
                    Pictures.panorama(map, reports, words, source, today),
                    OutputNames.PANORAMA));
        }
        return outputs;
    }

    /** Writes the pictures in each format, headless; stops at the first that cannot be written. */
    private record PictureWriter(
            List<Output> outputs, boolean all, Theme theme, boolean transparent, boolean sized, Console console) {

        int png(Path out, double scale) {
            for (Output output : outputs) {
                Path target = target(out, output, ".png");
                Picture picture = sized ? output.picture() : fitted(output, scale);
                PngExport.Size size = PngExport.size(picture, scale);
                console.out()
                        .println(console.text(
                                "export.png",
                                output.name(),
                                size.width(),
                                size.height(),
                                Math.round(scale * PngExport.BASE_DPI),
                                target));
                if (!write(
                        target,
                        stream -> PngExport.write(
                                picture,
                                scale,
                                theme,
                                transparent,
                                Map.of("Title", output.title()),
                                stream,
                                done -> {}))) {
                    return 1;
                }
            }
            return 0;
        }

        /**
         * The picture of {@code output}, its drawing made smaller when at {@code scale} it would not fit an A3
         * page at 300 dpi (no {@code --dpi} or {@code --scale} was given), saying so on standard error.
         */
        private Picture fitted(Output output, double scale) {
            Pictures.PageFit fit = Pictures.toPage(output.picture(), scale);
            if (!fit.fitted()) {
                return fit.picture();
            }
            console.err()
                    .println(console.text(
                            "export.pngFitted",
                            output.name(),
                            fit.asked().width(),
                            fit.asked().height(),
                            fit.written().width(),
                            fit.written().height(),
                            fit.percent()));
            return fit.picture();
        }

        int svg(Path out) {
            for (Output output : outputs) {
                Path target = target(out, output, ".svg");
                console.out().println(console.text("export.svg", output.name(), width(output), height(output), target));
                if (!write(target, stream -> VectorExport.svg(output.picture(), theme, transparent, stream))) {
                    return 1;
                }
            }
            return 0;
        }

        int pdf(Path out) {
            if (all && atlas("--pdf", out)) {
                List<Picture> pages = outputs.stream().map(Output::picture).toList();
                console.out().println(console.text("export.pdfPages", pages.size(), out));
                String title = outputs.get(outputs.size() - 1).picture().title();
                return write(out, stream -> VectorExport.pdf(pages, title, theme, transparent, stream)) ? 0 : 1;
            }
            for (Output output : outputs) {
                Path target = target(out, output, ".pdf");
                console.out().println(console.text("export.pdf", output.name(), width(output), height(output), target));
                List<Picture> page = List.of(output.picture());
                String title = output.picture().title();
                if (!write(target, stream -> VectorExport.pdf(page, title, theme, transparent, stream))) {
                    return 1;
                }
            }
            return 0;
        }

        /** The file of {@code output}: {@code out} itself, or with {@code --all} its file in the folder {@code out}. */
        private Path target(Path out, Output output, String extension) {
            return all ? out.resolve(output.stem() + extension) : out;
        }

        private boolean write(Path target, AtomicWrite.Writing writer) {
            try {
                AtomicWrite.write(target, writer);
                return true;
            } catch (IOException | RuntimeException e) {
                console.err().println(console.text("export.failed", target, WriteFailure.reason(e, console)));
                return false;
            }
        }

        private static long width(Output output) {
            return Math.round(output.picture().width());
        }

        private static long height(Output output) {
            return Math.round(output.picture().height());
        }
    }

    /** Pixels per map unit: from {@code --dpi} or {@code --scale}, not both; 2 when neither is given. */
    private static double scale(Arguments parsed, Console console) throws UsageException {
        if (parsed.text("--dpi", null) != null && parsed.text("--scale", null) != null) {
            throw new UsageException(console.text("export.dpiOrScale"));
        }
        return parsed.text("--dpi", null) != null
                ? parsed.number("--dpi", 192, 96, 600) / PngExport.BASE_DPI
                : parsed.decimal("--scale", Pictures.AUTOMATIC_SCALE, 1, 4);
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
    private static int writeData(
            RegionMap map, Chain chain, int boxColumns, Map<String, String> data, Console console) {
        ChainGeometry geometry = ChainLayouter.layout(map, chain, boxColumns);
        java.util.Locale locale = console.messages().locale(); // names in the command line's language, as pictures
        for (Map.Entry<String, String> entry : data.entrySet()) {
            Path target = Path.of(entry.getValue());
            int[] cut = {0};
            try {
                AtomicWrite.write(target, out -> {
                    switch (entry.getKey()) {
                        case "--layout-json" -> LayoutJsonWriter.write(map, chain, geometry, out);
                        case "--dot" -> cut[0] = DotWriter.write(map, chain, geometry, out, locale);
                        default -> GraphmlWriter.write(map, chain, geometry, out, locale);
                    }
                });
            } catch (IOException e) {
                console.err().println(console.text("export.failed", target, WriteFailure.reason(e, console)));
                return 1;
            }
            console.out()
                    .println(console.text(
                            "export.data", chain.id(), entry.getKey().substring(2), target));
            if (cut[0] > 0) {
                console.err().println(console.text("export.dotCut", target, cut[0], DotWriter.MAX_BYTES));
            }
        }
        return 0;
    }

    static Theme theme(String name) {
        return switch (name) {
            case "dark" -> Theme.DARK;
            case "contrast" -> Theme.CONTRAST;
            default -> Theme.LIGHT;
        };
    }

    /** PNG text chunks are Latin-1 without controls: keeps what fits. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x100 && !TerminalText.obeyed(c)) {
                out.append(c);
            }
        }
        return out.toString().trim();
    }
}
