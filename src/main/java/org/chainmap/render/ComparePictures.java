package org.chainmap.render;

import java.text.NumberFormat;
import java.util.List;
import org.chainmap.analysis.ChainReport;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.ComparedMap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.Names;

/**
 * The pictures of a comparison, which the window's export and {@code compare --png/--pdf} write: a chain or the
 * panorama of a {@link ComparedMap} with its marks, titled with what is compared with what and framed with the
 * figures old → new; the legend keys the marks beside the gap marks.
 */
public final class ComparePictures {

    private ComparePictures() {}

    /**
     * The picture of the chain {@code chainId} of {@code compared}, laid out here, with the new map's gaps
     * {@code report}; {@code oldName} and {@code newName} name the two versions.
     */
    public static Picture chain(
            ComparedMap compared,
            String chainId,
            ChainReport report,
            Words words,
            String oldName,
            String newName,
            String date) {
        Chain chain = compared.map().chain(chainId).orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(compared.map(), chain);
        return chain(
                compared,
                chainId,
                words,
                oldName,
                newName,
                date,
                new ComparePainter(compared, chain, geometry, report).drawing());
    }

    /** The picture of {@code drawing}, the compared chain {@code chainId} as a screen shows it. */
    public static Picture chain(
            ComparedMap compared,
            String chainId,
            Words words,
            String oldName,
            String newName,
            String date,
            Drawing drawing) {
        Chain chain = compared.map().chain(chainId).orElseThrow();
        ChainComparison change = compared.comparison().chain(chainId).orElseThrow();
        String title =
                words.text("title.compare", compared.map().region().name(), Names.of(chain, words.locale()), oldName);
        String figures = words.text(
                "figures.compare",
                percent(change.coverageBefore(), words),
                percent(change.coverageAfter(), words),
                percent(change.localRateBefore(), words),
                percent(change.localRateAfter(), words),
                change.added().size(),
                change.removed().size(),
                change.changed().size(),
                change.closedSaid().size(),
                change.openedSaid().size());
        return new Picture(drawing, title, figures, footer(compared, words, newName, date), words, true);
    }

    /** The panorama of {@code compared}, laid out here, with the new map's analysis {@code reports}. */
    public static Picture panorama(
            ComparedMap compared, List<ChainReport> reports, Words words, String oldName, String newName, String date) {
        PanoramaGeometry geometry = PanoramaLayouter.layout(compared.map(), words.locale());
        Drawing drawing = new ComparePanorama(compared, geometry, reports).drawing(words.panoramaWords());
        return panorama(compared, words, oldName, newName, date, drawing);
    }

    /** The picture of {@code drawing}, the compared panorama as a screen shows it. */
    public static Picture panorama(
            ComparedMap compared, Words words, String oldName, String newName, String date, Drawing drawing) {
        int added = 0;
        int removed = 0;
        int changed = 0;
        int closed = 0;
        int opened = 0;
        for (ChainComparison chain : compared.comparison().chains()) {
            added += chain.added().size();
            removed += chain.removed().size();
            changed += chain.changed().size();
            closed += chain.closedSaid().size();
            opened += chain.openedSaid().size();
        }
        String figures = words.text("figures.comparePanorama", added, removed, changed, closed, opened);
        String title =
                words.text("title.comparePanorama", compared.map().region().name(), oldName);
        return new Picture(drawing, title, figures, footer(compared, words, newName, date), words, true);
    }

    /** The footer of any picture of the map: the key of the marks is in the legend, with the gap marks'. */
    private static String footer(ComparedMap compared, Words words, String newName, String date) {
        return Pictures.footer(compared.map(), newName, date, words);
    }

    private static String percent(Double share, Words words) {
        if (share == null) {
            return words.text("figures.none");
        }
        return NumberFormat.getPercentInstance(words.locale()).format(share);
    }
}
