package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;

/**
 * Where the segment boxes go in the overview of a chain (decision 0018): the diagram of its segments that the
 * window shows when its cards are too small to read, and that {@code export --overview} draws. The layers and
 * the order of the boxes in them are those of the card layout ({@link ChainGeometry}), but every layer gets an
 * equal share of the width and every box of a layer an equal share of the height, whatever the number of its
 * cards: a box of one firm carries its name as readably as a box of three thousand.
 *
 * @param columns the stage columns that hold boxes, left to right
 * @param boxes the box of each segment
 * @param width the diagram's width
 * @param height the diagram's height
 */
public record OverviewGeometry(
        List<ChainGeometry.Column> columns, Map<String, Rect> boxes, double width, double height) {

    /** The share of a layer's width its boxes take; the rest is the channel the bands run through. */
    public static final double BOX_SHARE = 0.62;

    /** The most height a box takes for its width: a layer of one box is a wide box, not a pillar. */
    public static final double TALLEST = 0.6;

    /** The share of the height above the boxes that holds the stage columns' titles. */
    public static final double TITLE_SHARE = 0.07;

    /** Copies the lists. */
    public OverviewGeometry {
        columns = List.copyOf(columns);
        boxes = Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
    }

    /** The overview of {@code chain}, laid out by cards as {@code cards}, on {@code width} × {@code height}. */
    public static OverviewGeometry of(ChainGeometry cards, Chain chain, double width, double height) {
        Map<String, Stage> stages = new HashMap<>();
        for (Segment segment : chain.segments()) {
            stages.putIfAbsent(segment.id(), segment.stage());
        }
        List<List<String>> layers = layers(cards);
        int count = Math.max(1, layers.size());
        double margin = 0.02 * Math.min(width, height);
        double slot = (width - 2 * margin) / count;
        double boxWidth = slot * BOX_SHARE;
        double top = margin + TITLE_SHARE * height;
        double room = height - top - margin;
        Map<String, Rect> boxes = new LinkedHashMap<>();
        Map<Stage, double[]> spans = new TreeMap<>();
        for (int i = 0; i < layers.size(); i++) {
            List<String> layer = layers.get(i);
            double share = room / layer.size();
            double boxHeight = Math.min(share * 0.8, boxWidth * TALLEST);
            double gap = layer.size() == 1 ? 0 : Math.min(share - boxHeight, boxHeight * 0.6);
            double y = top + (room - layer.size() * boxHeight - (layer.size() - 1) * gap) / 2;
            double x = margin + i * slot + (slot - boxWidth) / 2;
            for (String id : layer) {
                boxes.put(id, new Rect(x, y, boxWidth, boxHeight));
                y += boxHeight + gap;
            }
            Stage stage = stages.getOrDefault(layer.get(0), Stage.MIDSTREAM);
            double[] span = spans.computeIfAbsent(stage, s -> new double[] {Double.MAX_VALUE, 0});
            span[0] = Math.min(span[0], margin + i * slot);
            span[1] = Math.max(span[1], margin + (i + 1) * slot);
        }
        List<ChainGeometry.Column> columns = new ArrayList<>();
        spans.forEach((stage, span) -> columns.add(new ChainGeometry.Column(
                stage, new Rect(span[0] + slot * 0.03, margin / 2, span[1] - span[0] - slot * 0.06, height - margin))));
        return new OverviewGeometry(columns, boxes, width, height);
    }

    /**
     * The segments of each layer of the card layout (boxes centred on one x), left to right, each top to
     * bottom.
     */
    static List<List<String>> layers(ChainGeometry cards) {
        TreeMap<Long, List<String>> byX = new TreeMap<>();
        cards.segments()
                .forEach((id, box) -> byX.computeIfAbsent(Math.round(box.centerX() * 10), x -> new ArrayList<>())
                        .add(id));
        List<List<String>> layers = new ArrayList<>();
        for (List<String> layer : byX.values()) {
            layer.sort((a, b) -> Double.compare(
                    cards.segments().get(a).y(), cards.segments().get(b).y()));
            layers.add(layer);
        }
        return layers;
    }

    /** The segment whose box contains point (x, y), or {@code null}. */
    public String boxAt(double x, double y) {
        for (Map.Entry<String, Rect> box : boxes.entrySet()) {
            if (box.getValue().contains(x, y)) {
                return box.getKey();
            }
        }
        return null;
    }
}
