package org.chainmap.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.analysis.ChainReport;
import org.chainmap.compare.Change;
import org.chainmap.compare.ComparedMap;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Enterprise;

/**
 * Paints the panorama of a {@link ComparedMap}: all chains as {@link PanoramaPainter} paints them, the segments
 * removed as ghosts, added ones outlined green, changed ones blue, each box's gap changes as {@link ComparePainter}
 * marks them, and beside its top right corner how many of its firms were added (+, green), removed (−, red) and
 * changed (~, blue).
 */
public final class ComparePanorama {

    private final PanoramaPainter panorama;
    private final PanoramaGeometry geometry;
    private final CompareMarks marks;
    private final Map<String, int[]> firms = new HashMap<>();

    /** A painter of {@code compared}'s map laid out as {@code geometry}, with the new map's analysis. */
    public ComparePanorama(ComparedMap compared, PanoramaGeometry geometry, List<ChainReport> reports) {
        this.panorama = new PanoramaPainter(compared.map(), geometry, reports, compared.ghostFirms());
        this.geometry = geometry;
        this.marks = CompareMarks.ofBoxes(compared, geometry.segments().keySet());
        for (Enterprise firm : compared.map().enterprises()) {
            Change change = compared.firm(firm.id());
            String segment = firm.mainSegment();
            if (change != Change.SAME && segment != null) {
                int kind = change == Change.ADDED ? 0 : change == Change.REMOVED ? 1 : 2;
                firms.computeIfAbsent(segment, key -> new int[3])[kind]++;
            }
        }
    }

    /** The marks of the boxes. */
    public CompareMarks marks() {
        return marks;
    }

    /** The firms of segment {@code id} (by main segment) added, removed and changed. */
    public int[] firms(String id) {
        return firms.getOrDefault(id, new int[3]).clone();
    }

    /**
     * Where each box's row of gap marks goes at {@code scale}: as on a chain's map, astride the box's top edge, but
     * clear of the stages' titles ("中游") over the first band, which the row would partly cover at a fitted zoom.
     */
    Map<String, Rect> markRows(PanoramaWords words, double scale) {
        List<Rect> titles = PanoramaPainter.titles(geometry, words, scale);
        Map<String, Rect> rows = new HashMap<>();
        marks.gaps().forEach((id, list) -> {
            Rect r = geometry.segments().get(id);
            if (r != null) {
                rows.put(id, ComparePainter.markRow(r, list.size(), scale, titles));
            }
        });
        return rows;
    }

    /** The compared panorama as a drawing, with {@code words}. */
    public Drawing drawing(PanoramaWords words) {
        return Drawing.of(
                geometry.width(), geometry.height(), (g, view, theme, unused) -> paint(g, view, theme, words));
    }

    /** Paints the panorama, then the marks, as {@code view} sees them. */
    public void paint(Pen g, Viewport view, Theme theme, PanoramaWords words) {
        panorama.paint(g, view, theme, words);
        g.save();
        g.translate(-view.x() * view.scale(), -view.y() * view.scale());
        g.scale(view.scale(), view.scale());
        marks.boxes().forEach((id, change) -> {
            Rect r = geometry.segments().get(id);
            if (r != null && view.sees(r.x(), r.y(), r.width(), r.height())) {
                ComparePainter.outline(g, view, r, change, theme, 8);
            }
        });
        Map<String, Rect> rows = markRows(words, view.scale());
        marks.gaps().forEach((id, list) -> {
            Rect r = geometry.segments().get(id);
            if (r != null && view.sees(r.x(), r.y() - 20, r.width(), r.height() + 20)) {
                ComparePainter.gapMarks(g, view, r, rows.get(id), list, theme);
            }
        });
        firms.forEach((id, count) -> {
            Rect r = geometry.segments().get(id);
            if (r == null || !view.sees(r.x(), r.y() - 20, r.width(), r.height() + 20) || 12 * view.scale() < 5) {
                return;
            }
            double right = r.right() - 4;
            String[] signs = {"+", "−", "~"};
            javafx.scene.paint.Color[] colours = {ComparePainter.ADDED, ComparePainter.REMOVED, ComparePainter.CHANGED};
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(javafx.geometry.VPos.CENTER);
            for (int k = 2; k >= 0; k--) {
                if (count[k] > 0) {
                    String text = signs[k] + count[k];
                    g.setFill(colours[k]);
                    Lettering.fill(g, text, right, r.y() + 9, 12, FontWeight.BOLD);
                    right -= Fonts.estimateWidth(text, 12) + 4;
                }
            }
        });
        g.setGlobalAlpha(1);
        g.restore();
    }
}
