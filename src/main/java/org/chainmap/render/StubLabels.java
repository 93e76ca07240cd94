package org.chainmap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The labels of a {@link LinkPass}'s stubs: one at the far end of the stubs that meet there, with the outside firm's
 * name of the first of them, "+n" for the others, in the order of their first stubs among the pass's links. Made over
 * every link for a pass made whole; patched for a pass made from the one before (issue 17 item 9): the labels at the
 * far ends where the edit took no stub away and added none are kept, those at changed ends made again. Immutable.
 */
final class StubLabels {

    /**
     * The label of the stubs ending at one point.
     *
     * @param x the stubs' far end
     * @param y the stubs' height
     * @param name the first outside firm's name
     * @param in whether the stubs come in from the left (outside suppliers)
     * @param count how many stubs end there
     */
    record StubLabel(double x, double y, String name, boolean in, int count) {
        StubLabel plus(StubLabel other) {
            return new StubLabel(x, y, name, in, count + other.count);
        }
    }

    private final StubLabel[] labels;
    /** Each label's place (x, y), flat: every frame reads them for every label. */
    private final double[] places;
    /** The index among the pass's links of each label's first stub, whose far firm's name it is. */
    private final int[] firsts;

    private StubLabels(StubLabel[] labels, double[] places, int[] firsts) {
        this.labels = labels;
        this.places = places;
        this.firsts = firsts;
    }

    /** The labels of the stubs among the links {@code rows}, made over all of them. */
    static StubLabels of(LinkRows rows) {
        Map<List<Double>, StubLabel> labels = new LinkedHashMap<>();
        Map<List<Double>, Integer> firsts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.stub(i)) {
                List<Double> end = List.of(rows.farX(i), rows.farY(i));
                labels.merge(
                        end, new StubLabel(end.get(0), end.get(1), rows.stubName(i), rows.in(i), 1), StubLabel::plus);
                firsts.putIfAbsent(end, i);
            }
        }
        return new StubLabels(
                labels.values().toArray(StubLabel[]::new),
                places(labels.values().toArray(StubLabel[]::new)),
                firsts.values().stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * These labels after an edit that made {@code rows} from the links these labels were made for: the labels at
     * none of the far ends {@code changed} (x, y pairs) kept, their first stubs' indexes moved by {@code moved} (a
     * kept link's old index to its new one); those at a changed end made again from the stubs among {@code rows}
     * that end there (in {@code rows}' range {@code from} to its end, where the stubs are), all in the order of
     * their first stubs. When no end changed, the labels and their places are these.
     */
    StubLabels patched(LinkRows rows, int from, double[] changed, java.util.function.IntUnaryOperator moved) {
        int kept = 0;
        StubLabel[] keptLabels = new StubLabel[labels.length];
        int[] keptFirsts = new int[labels.length];
        boolean same = true;
        for (int i = 0; i < labels.length; i++) {
            if (!among(places[2 * i], places[2 * i + 1], changed)) {
                keptLabels[kept] = labels[i];
                keptFirsts[kept] = moved.applyAsInt(firsts[i]);
                same &= keptFirsts[kept] == firsts[i];
                kept++;
            }
        }
        if (changed.length == 0) {
            return same ? this : new StubLabels(labels, places, keptFirsts);
        }
        List<StubLabel> remade = new ArrayList<>();
        List<Integer> remadeFirsts = new ArrayList<>();
        for (int i = from; i < rows.size(); i++) {
            if (!rows.stub(i) || !among(rows.farX(i), rows.farY(i), changed)) {
                continue;
            }
            double x = rows.farX(i);
            double y = rows.farY(i);
            int j = 0;
            while (j < remade.size()
                    && (Double.compare(remade.get(j).x(), x) != 0
                            || Double.compare(remade.get(j).y(), y) != 0)) {
                j++;
            }
            StubLabel one = new StubLabel(x, y, rows.stubName(i), rows.in(i), 1);
            if (j < remade.size()) {
                remade.set(j, remade.get(j).plus(one));
            } else {
                remade.add(one);
                remadeFirsts.add(i);
            }
        }
        int total = kept + remade.size();
        StubLabel[] merged = new StubLabel[total];
        int[] mergedFirsts = new int[total];
        for (int k = 0, a = 0, b = 0; k < total; k++) {
            boolean fromKept = b == remade.size() || a < kept && keptFirsts[a] < remadeFirsts.get(b);
            merged[k] = fromKept ? keptLabels[a] : remade.get(b);
            mergedFirsts[k] = fromKept ? keptFirsts[a++] : remadeFirsts.get(b++);
        }
        return new StubLabels(merged, places(merged), mergedFirsts);
    }

    /** Whether (x, y) is one of the points {@code ends} (x, y pairs). */
    private static boolean among(double x, double y, double[] ends) {
        for (int i = 0; i < ends.length; i += 2) {
            if (Double.compare(x, ends[i]) == 0 && Double.compare(y, ends[i + 1]) == 0) {
                return true;
            }
        }
        return false;
    }

    private static double[] places(StubLabel[] labels) {
        double[] places = new double[2 * labels.length];
        for (int i = 0; i < labels.length; i++) {
            places[2 * i] = labels[i].x();
            places[2 * i + 1] = labels[i].y();
        }
        return places;
    }

    /** The labels (records: place, name, side, count), the array itself, for tests. */
    Object[] labels() {
        return labels;
    }

    /** Paints the labels {@code view} sees. */
    void paint(Pen g, Viewport view, Theme theme) {
        double width = 46;
        double right = view.x() + view.width() / view.scale();
        double bottom = view.y() + view.height() / view.scale();
        for (int i = 0; i < labels.length; i++) {
            double x = places[2 * i];
            double y = places[2 * i + 1];
            if (x + width + 2 < view.x() || y + 6 < view.y() || x - width - 2 > right || y - 6 > bottom) {
                continue;
            }
            StubLabel label = labels[i];
            String more = label.count() > 1 ? " +" + (label.count() - 1) : "";
            String name = Fonts.fit(label.name(), 8, width - Fonts.estimateWidth(more, 8)) + more;
            ChainPainter.text(
                    g,
                    view,
                    name,
                    label.in() ? label.x() - 2 : label.x() + 2,
                    label.y(),
                    8,
                    theme.subtle(),
                    FontWeight.NORMAL,
                    FontPosture.ITALIC,
                    label.in() ? TextAlignment.RIGHT : TextAlignment.LEFT);
        }
    }
}
