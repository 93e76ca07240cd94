package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * {@code slides FILE --out DIR [--chain ID …] [--dpi N] [--theme T]}: every step of the map's presentation
 * as a numbered PNG of a screen's size ({@code 01-panorama.png}, {@code 02-power-title.png} …), drawn
 * headless by the same routine as the presentation on screen, for sending slides ahead of a meeting.
 */
final class SlidesCommand implements Command {

    @Override
    public String name() {
        return "slides";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args, Set.of("--out", "--dpi", "--theme"), Set.of("--chain"), Set.of(), console.messages());
        String file = parsed.single("FILE");
        Path out = Path.of(parsed.required("--out"));
        double dpi = parsed.number("--dpi", 96, 96, 288);
        Theme theme = ExportCommand.theme(parsed.choice("--theme", "contrast", "light", "dark", "contrast"));
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
        if (Files.exists(out) && !Files.isDirectory(out)) {
            console.err().println(console.text("export.notAFolder", out));
            return 1;
        }
        List<ChainReport> reports = GapAnalysis.of(map);
        Words words = Words.of(console.messages().locale());
        Story story = Story.of(map, reports, chains);
        int[] size = SlideExport.size(dpi);
        console.out().println(console.text("slides.writing", story.size(), size[0], size[1], Math.round(dpi), out));
        HeadlessFx.start();
        Deck deck = new Deck(map, reports, story, words);
        int digits = Math.max(2, String.valueOf(story.size()).length());
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
                console.err().println(console.text("export.failed", target, e.getMessage()));
                return 1;
            }
            console.out().println(console.text("slides.slide", name, slide.title()));
        }
        return 0;
    }
}
