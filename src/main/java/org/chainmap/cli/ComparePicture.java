package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.analysis.ChainReport;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.AtomicWrite;
import org.chainmap.render.ComparePictures;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;
import org.chainmap.render.vector.VectorExport;

/**
 * {@code compare … --png OUT} and {@code --pdf OUT}: the new map drawn with the changes marked, as the window's
 * compare mode shows it ({@link ComparePictures}): the chain of {@code --chain}, or the panorama of all chains.
 * The PNG fits an A3 page at 300 dpi, as {@code export}'s does by default.
 */
final class ComparePicture {

    private ComparePicture() {}

    /** Writes the pictures {@code outputs} asks for ({@code --png}/{@code --pdf} → file); 1 when one fails. */
    static int write(
            Map<String, String> outputs, MapComparison comparison, String chain, List<String> files, Console console) {
        if (outputs.isEmpty()) {
            return 0;
        }
        ComparedMap compared = ComparedMap.of(comparison);
        Words words = Words.of(console.messages().locale());
        String today = LocalDate.now().toString();
        String oldName = name(files.get(0));
        String newName = name(files.get(1));
        Picture picture;
        if (chain != null) {
            ChainComparison change = comparison.chain(chain).orElseThrow();
            if (change.afterReport() == null) {
                console.err().println(console.text("compare.pictureRemoved", chain));
                return 1;
            }
            picture = ComparePictures.chain(compared, chain, change.afterReport(), words, oldName, newName, today);
        } else {
            List<ChainReport> reports = comparison.chains().stream()
                    .map(ChainComparison::afterReport)
                    .filter(Objects::nonNull)
                    .toList();
            picture = ComparePictures.panorama(compared, reports, words, oldName, newName, today);
        }
        HeadlessFx.start();
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path target = Path.of(output.getValue());
            boolean png = output.getKey().equals("--png");
            try {
                if (png) {
                    Pictures.PageFit fit = Pictures.toPage(picture, Pictures.AUTOMATIC_SCALE);
                    AtomicWrite.write(
                            target,
                            out -> PngExport.write(
                                    fit.picture(),
                                    fit.scale(),
                                    Theme.LIGHT,
                                    false,
                                    Map.of("Title", picture.title()),
                                    out,
                                    done -> {}));
                } else {
                    AtomicWrite.write(
                            target,
                            out -> VectorExport.pdf(List.of(picture), picture.title(), Theme.LIGHT, false, out));
                }
            } catch (IOException | RuntimeException e) {
                console.err().println(console.text("report.failed", target, WriteFailure.reason(e, console)));
                return 1;
            }
            console.err().println(console.text("compare.pictureWritten", png ? "PNG" : "PDF", target));
        }
        return 0;
    }

    /** The name a version goes by in the picture: a file's name, or the version as given. */
    private static String name(String spec) {
        try {
            Path file = Path.of(spec).getFileName();
            return file == null || !java.nio.file.Files.exists(Path.of(spec)) ? spec : file.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return spec;
        }
    }
}
