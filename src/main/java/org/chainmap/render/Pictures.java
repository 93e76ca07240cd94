package org.chainmap.render;

import java.text.NumberFormat;
import java.util.List;
import org.chainmap.analysis.ChainReport;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.RegionMap;

/** The pictures the exports write: a chain or the panorama, framed with title, key figures, legend and source. */
public final class Pictures {

    private Pictures() {}

    /**
     * The picture of {@code chain} of {@code map}, with the gaps of {@code report}, in {@code words}' language;
     * the footer names {@code source} (the map's file name) and {@code date} (the export's day).
     */
    public static Picture chain(
            RegionMap map, Chain chain, ChainReport report, Words words, String source, String date) {
        return chain(map, chain, ChainLayouter.layout(map, chain), report, words, source, date);
    }

    /** The picture of {@code chain} of {@code map} as {@link #chain} makes it, drawn as {@code geometry}. */
    public static Picture chain(
            RegionMap map,
            Chain chain,
            ChainGeometry geometry,
            ChainReport report,
            Words words,
            String source,
            String date) {
        ChainPainter painter = new ChainPainter(map, chain, geometry, report);
        return chain(
                map,
                chain,
                report,
                words,
                source,
                date,
                Drawing.of(geometry.width(), geometry.height(), painter::paint));
    }

    /** The picture of {@code drawing}, a part or the whole of {@code chain}, framed as {@link #chain} frames it. */
    public static Picture chain(
            RegionMap map, Chain chain, ChainReport report, Words words, String source, String date, Drawing drawing) {
        boolean chinese = words.locale().getLanguage().equals("zh");
        String chainName = !chinese && chain.nameEn() != null ? chain.nameEn() : chain.name();
        String suffix = words.text("title.chainSuffix");
        if (!chainName.toLowerCase(words.locale()).endsWith(suffix.trim().toLowerCase(words.locale()))) {
            chainName += suffix;
        }
        String regionName = map.region().name();
        ChainCounts counts = ChainCounts.of(map, chain);
        String figures = words.text(
                "figures.chain",
                percent(report.coverage(), words),
                report.localRate() == null
                        ? words.text("figures.none")
                        : percent(report.localRate().rate(), words),
                counts.segments(),
                counts.localEnterprises(),
                report.gaps().size());
        return new Picture(
                drawing,
                words.text("title.chain", regionName, chainName),
                figures,
                footer(map, source, date, words),
                words);
    }

    /** The panorama of all chains of {@code map}, with the gaps of {@code reports} (one per chain, in order). */
    public static Picture panorama(RegionMap map, List<ChainReport> reports, Words words, String source, String date) {
        PanoramaGeometry geometry = PanoramaLayouter.layout(map);
        PanoramaPainter painter = new PanoramaPainter(map, geometry, reports);
        return panorama(
                map,
                reports,
                words,
                source,
                date,
                Drawing.of(
                        geometry.width(),
                        geometry.height(),
                        (g, view, theme, paintWords) -> painter.paint(g, view, theme, words.panoramaWords())));
    }

    /** The picture of {@code drawing}, the panorama as a screen shows it, framed as {@link #panorama} frames it. */
    public static Picture panorama(
            RegionMap map, List<ChainReport> reports, Words words, String source, String date, Drawing drawing) {
        int segments = 0;
        int covered = 0;
        int gaps = 0;
        for (ChainReport report : reports) {
            segments += report.segments();
            covered += report.covered();
            gaps += report.gaps().size();
        }
        long localFirms =
                map.enterprises().stream().filter(firm -> firm.local()).count();
        String figures = words.text("figures.panorama", map.chains().size(), segments, covered, localFirms, gaps);
        return new Picture(
                drawing,
                words.text("title.panorama", map.region().name()),
                figures,
                footer(map, source, date, words),
                words);
    }

    /** The footer line: the data source (the map's own, else its file) and the day of the export. */
    static String footer(RegionMap map, String source, String date, Words words) {
        String data = map.region().source() != null ? map.region().source() + " (" + source + ")" : source;
        if (map.region().date() != null) {
            data += " · " + map.region().date();
        }
        return words.text("footer", data, date);
    }

    private static String percent(Double share, Words words) {
        if (share == null) {
            return words.text("figures.none");
        }
        NumberFormat format = NumberFormat.getPercentInstance(words.locale());
        return format.format(share);
    }
}
