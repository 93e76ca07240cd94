package org.chainmap.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmap.model.Stage;

/**
 * Where everything of the panorama goes: all chains of a map at once, one band each, in map units. The
 * result of {@link PanoramaLayouter}.
 *
 * @param zones one zone per stage, left to right, each spanning every band (and the title row above them)
 * @param bands one band per chain, top to bottom in document order
 * @param segments the box of each segment of every chain
 * @param feeds the feeds from a segment of one chain into a segment of another, each a polyline
 * @param width the drawing's width
 * @param height the drawing's height
 */
public record PanoramaGeometry(
        List<Zone> zones,
        List<Band> bands,
        Map<String, Rect> segments,
        List<CrossFeed> feeds,
        double width,
        double height) {

    /** Copies the collections. */
    public PanoramaGeometry {
        zones = List.copyOf(zones);
        bands = List.copyOf(bands);
        segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        feeds = List.copyOf(feeds);
    }

    /**
     * A stage's zone: the same x range in every band, so that the stages line up.
     *
     * @param stage the stage
     * @param bounds the zone's area, from the title row to the last band
     */
    public record Zone(Stage stage, Rect bounds) {}

    /**
     * One chain's band.
     *
     * @param chain the chain's id
     * @param bounds the whole band, header and zones
     * @param header the header area on the left: name, coverage, local rate
     * @param segments the ids of the chain's segments, stage by stage in stage order
     */
    public record Band(String chain, Rect bounds, Rect header, List<String> segments) {
        /** Copies the list. */
        public Band {
            segments = List.copyOf(segments);
        }
    }

    /**
     * A feed from a segment of one chain into a segment of another: it leaves its source box by the
     * bottom (when the target's band is lower) or the top, runs along the gap beside the source's row to
     * the gutter between the headers and the zones, along the gutter to the gap beside the target's row,
     * and enters the target box from above or below.
     *
     * @param from the supplying segment
     * @param to the supplied segment, in another chain
     * @param points the polyline, first point on the edge of {@code from}'s box, last on {@code to}'s
     */
    public record CrossFeed(String from, String to, List<double[]> points) {
        /** Copies the list. */
        public CrossFeed {
            points = List.copyOf(points);
        }
    }

    /** The chain whose band holds the map point ({@code x}, {@code y}), if any. */
    public Optional<String> chainAt(double x, double y) {
        return band(x, y).map(Band::chain);
    }

    /** The segment whose box holds the map point ({@code x}, {@code y}), if any. */
    public Optional<String> segmentAt(double x, double y) {
        Optional<Band> band = band(x, y);
        if (band.isEmpty()) {
            return Optional.empty();
        }
        for (String id : band.get().segments()) {
            Rect box = segments.get(id);
            if (x >= box.x() && x <= box.right() && y >= box.y() && y <= box.bottom()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private Optional<Band> band(double x, double y) {
        int low = 0;
        int high = bands.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Rect r = bands.get(middle).bounds();
            if (y < r.y()) {
                high = middle - 1;
            } else if (y > r.bottom()) {
                low = middle + 1;
            } else {
                return x >= r.x() && x <= r.right() ? Optional.of(bands.get(middle)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
