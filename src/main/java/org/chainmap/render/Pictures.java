package org.chainmap.render;

import java.text.NumberFormat;
import java.util.List;
import org.chainmap.analysis.ChainReport;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.OverviewGeometry;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.text.Money;

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
        String chainName = Names.of(chain, words.locale());
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
                Money.count(counts.localEnterprises(), words.locale()),
                report.gaps().size(),
                counts.localEnterprises());
        return new Picture(
                drawing,
                words.text("title.chain", regionName, chainName),
                figures,
                footer(map, source, date, words),
                words);
    }

    /** The panorama of all chains of {@code map}, with the gaps of {@code reports} (one per chain, in order). */
    public static Picture panorama(RegionMap map, List<ChainReport> reports, Words words, String source, String date) {
        PanoramaGeometry geometry = PanoramaLayouter.layout(map, words.locale());
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
        String figures = words.text(
                "figures.panorama",
                map.chains().size(),
                segments,
                covered,
                Money.count(localFirms, words.locale()),
                gaps,
                localFirms);
        return new Picture(
                drawing,
                words.text("title.panorama", map.region().name()),
                figures,
                footer(map, source, date, words),
                words);
    }

    /** An A3 page in landscape at 300 dpi, in pixels: the overview's page, and what a large PNG is fitted to. */
    public static final int PAGE_WIDTH = 4961;

    /** The A3 page's shorter side at 300 dpi, in pixels. */
    public static final int PAGE_HEIGHT = 3508;

    /** The scale of a page at 300 dpi. */
    static final double PAGE_SCALE = 300 / PngExport.BASE_DPI;

    /**
     * The overview of {@code chain} (decision 0018), its segments as a diagram with the flows between them as
     * bands, framed as {@link #chain} frames the chain: a picture whose size at 300 dpi is an A3 page in
     * landscape ({@link #PAGE_WIDTH} × {@link #PAGE_HEIGHT}), the picture a planner puts on a slide or a page.
     */
    public static Picture overview(
            RegionMap map,
            Chain chain,
            ChainGeometry geometry,
            ChainReport report,
            Words words,
            String source,
            String date) {
        double width = PAGE_WIDTH / PAGE_SCALE;
        Picture frame = chain(map, chain, report, words, source, date, Drawing.of(width, 0, (g, v, t, w) -> {}));
        double height = PAGE_HEIGHT / PAGE_SCALE - Picture.HEADER - frame.footerHeight();
        OverviewPainter painter = new OverviewPainter(
                chain,
                OverviewGeometry.of(geometry, chain, width, height),
                ChainMarks.of(map, chain, geometry, report));
        return chain(
                map,
                chain,
                report,
                words,
                source,
                date,
                Drawing.of(
                        width,
                        height,
                        (g, view, theme, paintWords) -> painter.paint(g, view, theme, paintWords, null)));
    }

    /** The scale of a PNG for which no density was asked: 192 dpi, twice the pixels of a plain screen. */
    public static final double AUTOMATIC_SCALE = 2;

    /**
     * How a PNG is sized when no density is asked for ({@code export} without {@code --dpi} or {@code --scale}, the
     * export dialog's "fit to an A3 page"), by {@link #toPage}.
     *
     * @param picture the picture to write: the one asked for, or its drawing made smaller
     * @param scale the pixels per map unit it is written at
     * @param asked the size the picture asked for would have had
     * @param written the size written
     * @param percent the drawing's size as written, in percent of the one asked for
     */
    public record PageFit(Picture picture, double scale, PngExport.Size asked, PngExport.Size written, long percent) {

        /** Whether the drawing was made smaller to fit the page. */
        public boolean fitted() {
            return percent < 100 || written.width() < asked.width() || written.height() < asked.height();
        }
    }

    /**
     * {@code picture} at {@code scale} as it is written when no density is asked for: as it is when that fits an A3
     * page at 300 dpi (either orientation), else with its drawing made smaller until it fits ({@link
     * #fittedToPage}). The one rule of the command line and of the export dialog.
     */
    public static PageFit toPage(Picture picture, double scale) {
        Picture written = fittedToPage(picture, scale).orElse(picture);
        return new PageFit(
                written,
                scale,
                PngExport.size(picture, scale),
                PngExport.size(written, scale),
                Math.round(100 * written.drawing().width() / picture.drawing().width()));
    }

    /**
     * {@code picture} with its drawing made smaller, the frame kept, so that at {@code scale} it fits an A3 page
     * at 300 dpi in the drawing's orientation; or nothing when it fits already. The drawing is painted at the
     * smaller scale, so that what cannot be read there is summarised (decision 0018), not shrunk.
     */
    public static java.util.Optional<Picture> fittedToPage(Picture picture, double scale) {
        Drawing drawing = picture.drawing();
        boolean landscape = drawing.width() >= drawing.height();
        double pageWidth = (landscape ? PAGE_WIDTH : PAGE_HEIGHT) / scale;
        double pageHeight = (landscape ? PAGE_HEIGHT : PAGE_WIDTH) / scale;
        if (picture.width() <= pageWidth && picture.height() <= pageHeight) {
            return java.util.Optional.empty();
        }
        double factor = Math.min(1, pageWidth / drawing.width());
        Picture smaller = picture;
        // The legend's rows depend on the width: a narrower picture may take a row more; so try again.
        for (int round = 0; round < 4; round++) {
            double room = pageHeight - Picture.HEADER - smaller.footerHeight();
            factor = Math.min(factor, room / drawing.height());
            smaller = shrunk(picture, factor);
            if (smaller.height() <= pageHeight) {
                break;
            }
        }
        return java.util.Optional.of(smaller);
    }

    private static Picture shrunk(Picture picture, double factor) {
        Drawing drawing = picture.drawing();
        Drawing smaller = Drawing.of(
                drawing.width() * factor,
                drawing.height() * factor,
                (g, view, theme, words) -> drawing.paint(g, shrunk(view, factor), theme, words));
        return new Picture(smaller, picture.title(), picture.figures(), picture.footer(), picture.words());
    }

    /** The view of a drawing {@code factor} times as large that shows what {@code view} shows. */
    private static Viewport shrunk(Viewport view, double factor) {
        Viewport whole = view.whole() == null ? null : shrunk(view.whole(), factor);
        return new Viewport(
                view.x() / factor, view.y() / factor, view.scale() * factor, view.width(), view.height(), whole);
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
