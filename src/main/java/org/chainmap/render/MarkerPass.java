package org.chainmap.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Enterprise;

/**
 * The card level's markers ({@link ChainPainter}'s last pass): a firm's card in a second segment, a dashed outline
 * and its name after an arrow; outside a focus, dimmed.
 */
final class MarkerPass {

    private MarkerPass() {}

    /** Paints the {@code markers} {@code view} sees, of {@code firms}; with {@code focus} (firm ids), the rest dim. */
    static void paint(
            Pen g,
            Viewport view,
            Theme theme,
            List<ChainGeometry.Marker> markers,
            Map<String, Enterprise> firms,
            Set<String> focus) {
        // Dashes too fine to read as such (below 83%, on pixels): a solid hairline with the ink of the dashes.
        boolean fine = Strokes.fine(g, view, 3);
        for (ChainGeometry.Marker marker : markers) {
            Rect r = marker.bounds();
            if (!view.sees(r.x(), r.y(), r.width(), r.height())) {
                continue;
            }
            Enterprise firm = firms.get(marker.firm());
            if (firm == null) {
                continue;
            }
            double alpha = focus == null || focus.contains(firm.id()) ? 1 : ChainPainter.DIMMED;
            g.setGlobalAlpha(alpha);
            g.setStroke(theme.boxBorder());
            g.setLineWidth(1);
            if (fine) {
                // Half the ink, as the dashes had; on a projector (the contrast theme) the outline keeps it all.
                g.setGlobalAlpha(theme.name().equals(Theme.CONTRAST.name()) ? alpha : alpha / 2);
                RoundRects.hairline(g, r, 6);
                g.setGlobalAlpha(alpha);
            } else {
                Strokes.dashes(g, view, new double[] {3, 3});
                g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 6, 6);
                Strokes.dashes(g, view, null);
            }
            ChainPainter.text(
                    g,
                    view,
                    Fonts.fit("↗ " + firm.name(), 11, r.width() - 12),
                    r.x() + 6,
                    r.centerY(),
                    11,
                    theme.subtle(),
                    FontWeight.NORMAL,
                    FontPosture.ITALIC);
        }
    }
}
