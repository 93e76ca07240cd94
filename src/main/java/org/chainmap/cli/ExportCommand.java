package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.LoadResult;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPicture;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Picture;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;

/**
 * {@code export FILE --chain ID --png OUT [--dpi N | --scale X] [--theme T] [--transparent]}: pictures of the
 * map, drawn headless by the same routine as the screen. A file is written whole or not at all
 * ({@link AtomicWrite}).
 */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--chain", "--png", "--dpi", "--scale", "--theme"),
                Set.of("--transparent"),
                console.messages());
        String file = parsed.single("FILE");
        String chainId = parsed.required("--chain");
        String png = parsed.required("--png");
        if (parsed.text("--dpi", null) != null && parsed.text("--scale", null) != null) {
            throw new UsageException(console.text("export.dpiOrScale"));
        }
        double scale = parsed.text("--dpi", null) != null
                ? parsed.number("--dpi", 192, 96, 600) / PngExport.BASE_DPI
                : parsed.decimal("--scale", 2, 1, 4);
        Theme theme = theme(parsed.choice("--theme", "light", "light", "dark", "contrast"));
        Optional<LoadResult> loaded = MapArgument.read(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = loaded.get().map().get();
        Chain chain = map.chain(chainId)
                .orElseThrow(() -> new UsageException(console.text(
                        "gaps.unknownChain",
                        chainId,
                        String.join(", ", map.chains().stream().map(Chain::id).toList()))));
        List<ChainReport> reports = GapAnalysis.of(map);
        ChainReport report = reports.get(map.chains().indexOf(chain));
        Words words = Words.of(console.messages().locale());
        String today = LocalDate.now().toString();
        String source = Path.of(file).getFileName().toString();
        Picture picture = ChainPicture.of(map, chain, report, words, source, today);
        PngExport.Size size = PngExport.size(picture, scale);
        if (!size.fits()) {
            console.err().println(console.text("export.tooLarge", size.width(), size.height(), PngExport.MAX_SIDE));
            return 1;
        }
        console.out()
                .println(console.text(
                        "export.png",
                        chain.id(),
                        size.width(),
                        size.height(),
                        Math.round(scale * PngExport.BASE_DPI),
                        png));
        HeadlessFx.start();
        try {
            AtomicWrite.write(
                    Path.of(png),
                    out -> PngExport.write(
                            picture,
                            scale,
                            theme,
                            parsed.flag("--transparent"),
                            Map.of("Title", ascii(chain.nameEn() != null ? chain.nameEn() : chain.id())),
                            out,
                            done -> {}));
        } catch (IOException e) {
            console.err().println(console.text("export.failed", png, e.getMessage()));
            return 1;
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
