package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.chainmap.render.Deck;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Slide;
import org.chainmap.render.SlideExport;
import org.chainmap.render.Story;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;
import org.chainmap.render.vector.VectorExport;

/**
 * {@code slides FILE (--out DIR | --pdf OUT) [--chain ID …] [--detail brief|full] [--dpi N] [--theme T]}: every
 * step of the map's presentation (brief unless {@code --detail full}, when the map arranges none) as a numbered
 * PNG of a screen's size ({@code 01-panorama.png}, {@code 02-power-title.png} …), or as the pages of one PDF,
 * drawn headless by the same routine as the presentation on screen, for sending slides ahead of a meeting.
 */
final class SlidesCommand implements Command {

    @Override
    public String name() {
        return "slides";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--out", "--pdf", "--dpi", "--theme", "--detail"),
                Set.of("--chain"),
                Set.of(),
                console.messages());
        String file = parsed.single("FILE");
        String folder = parsed.text("--out", null);
        String pdf = parsed.text("--pdf", null);
        if (folder == null && pdf == null) {
            throw new UsageException(console.text("slides.noOutput"));
        }
        double dpi = parsed.number("--dpi", 96, 96, 288);
        Theme theme = ExportCommand.theme(parsed.choice("--theme", "contrast", "light", "dark", "contrast"));
        Story.Detail detail =
                parsed.choice("--detail", "brief", "brief", "full").equals("full")
                        ? Story.Detail.FULL
                        : Story.Detail.BRIEF;
        Set<String> chains = new LinkedHashSet<>(parsed.all("--chain"));
        Optional<LoadResult> loaded = MapArgument.read(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = loaded.get().map().get();
        for (String chain : chains) {
            if (map.chain(chain).isEmpty()) {
                throw new UsageException(console.text(
                        "gaps.unknownChain",
                        chain,
                        String.join(", ", map.chains().stream().map(Chain::id).toList())));
            }
        }
        if (folder != null && Files.exists(Path.of(folder)) && !Files.isDirectory(Path.of(folder))) {
            console.err().println(console.text("export.notAFolder", folder));
            return 1;
        }
        List<ChainReport> reports = GapAnalysis.of(map);
        Words words = Words.of(console.messages().locale());
        HeadlessFx.start();
        Deck deck = new Deck(map, reports, Story.of(map, reports, chains, detail), words);
        if (folder != null && writePngs(deck, Path.of(folder), dpi, theme, words, console) != 0) {
            return 1;
        }
        return pdf == null ? 0 : writePdf(deck, map, Path.of(pdf), theme, words, console);
    }

    /** Writes the slides as numbered PNGs into {@code out}. */
    private static int writePngs(Deck deck, Path out, double dpi, Theme theme, Words words, Console console) {
        int[] size = SlideExport.size(dpi);
        console.out().println(console.text("slides.writing", deck.size(), size[0], size[1], Math.round(dpi), out));
        int digits = Math.max(2, String.valueOf(deck.size()).length());
        for (int i = 0; i < deck.size(); i++) {
            Slide slide = deck.slide(i);
            String name = String.format(
                    "%0" + digits + "d-%s.png", i + 1, slide.step().fileName());
            Path target = out.resolve(name);
            try {
                Files.createDirectories(out);
                AtomicWrite.write(
                        target, stream -> SlideExport.write(slide, dpi, theme, words, Map.of("Title", name), stream));
            } catch (IOException e) {
                console.err().println(console.text("export.failed", target, WriteFailure.reason(e, console)));
                return 1;
            }
            console.out().println(console.text("slides.slide", name, slide.title()));
        }
        return 0;
    }

    /** Writes the slides as the pages of one PDF, {@code out}. */
    private static int writePdf(Deck deck, RegionMap map, Path out, Theme theme, Words words, Console console) {
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < deck.size(); i++) {
            slides.add(deck.slide(i));
        }
        console.out().println(console.text("slides.pdf", slides.size(), out));
        try {
            AtomicWrite.write(
                    out, stream -> VectorExport.slides(slides, map.region().name(), theme, words, stream));
        } catch (IOException | RuntimeException e) {
            console.err().println(console.text("export.failed", out, WriteFailure.reason(e, console)));
            return 1;
        }
        return 0;
    }
}
