package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes the panorama's feeds into other chains, after {@link PanoramaLayouter} has placed the boxes.
 *
 * <p>Pre: bands top to bottom, each with its rows of boxes; every feed's two segments have boxes in
 * different bands. Post: each feed is a polyline of six points with right angles only: out of its source
 * box (by the bottom when the target's band is lower, else by the top), along the empty gap beside the
 * source's row to its own lane in the gutter between the headers and the zones, along that lane to the
 * gap beside the target's row, and into the target box. Nothing but the two end stubs touches a box.
 * Feeds sharing a box side get their own ports along it, feeds sharing a gap their own height in it, and
 * each feed its own lane: shorter feeds nearer the zones, so that a feed nested inside another does not
 * cross it.
 */
final class PanoramaRoutes {

    /** Space between lanes in the gutter, and the gutter's margin on each side. */
    static final double LANE = 7;

    static final double GUTTER_MARGIN = 12;

    /** The gutter is never wider than this many lanes; more lanes are packed closer. */
    static final int MOST_LANES = 16;

    private final List<PanoramaGeometry.Band> bands;
    private final List<double[]> rowTops;
    private final Map<String, Rect> boxes;
    private final Map<String, int[]> place;
    private final double gutterLeft;
    private final double gutterWidth;

    PanoramaRoutes(
            List<PanoramaGeometry.Band> bands,
            List<double[]> rowTops,
            Map<String, Rect> boxes,
            Map<String, int[]> place,
            double gutterLeft,
            double gutterWidth) {
        this.bands = bands;
        this.rowTops = rowTops;
        this.boxes = boxes;
        this.place = place;
        this.gutterLeft = gutterLeft;
        this.gutterWidth = gutterWidth;
    }

    /** The gutter's width for {@code feeds} lanes. */
    static double gutterWidth(int feeds) {
        return 2 * GUTTER_MARGIN + LANE * Math.max(0, Math.min(feeds, MOST_LANES) - 1);
    }

    /** One routed polyline per feed, in the order given. */
    List<PanoramaGeometry.CrossFeed> route(List<PanoramaLayouter.CrossFeedPlan> feeds) {
        int n = feeds.size();
        // Which gap (band, index: 0 above the first row, k below row k-1) and which box side each end uses.
        String[] exitGap = new String[n];
        String[] enterGap = new String[n];
        String[] exitSide = new String[n];
        String[] enterSide = new String[n];
        Map<String, List<Integer>> gapUsers = new HashMap<>();
        Map<String, List<Integer>> sideUsers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] from = place.get(feeds.get(i).from());
            int[] to = place.get(feeds.get(i).to());
            boolean down = to[0] > from[0];
            exitGap[i] = from[0] + "/" + (down ? from[1] + 1 : from[1]);
            enterGap[i] = to[0] + "/" + (down ? to[1] : to[1] + 1);
            exitSide[i] = feeds.get(i).from() + (down ? "/bottom" : "/top");
            enterSide[i] = feeds.get(i).to() + (down ? "/top" : "/bottom");
            gapUsers.computeIfAbsent(exitGap[i], key -> new ArrayList<>()).add(i);
            gapUsers.computeIfAbsent(enterGap[i], key -> new ArrayList<>()).add(i);
            sideUsers.computeIfAbsent(exitSide[i], key -> new ArrayList<>()).add(i);
            sideUsers.computeIfAbsent(enterSide[i], key -> new ArrayList<>()).add(i);
        }
        double[] exitY = new double[n];
        double[] enterY = new double[n];
        for (int i = 0; i < n; i++) {
            exitY[i] = gapY(
                    exitGap[i],
                    gapUsers.get(exitGap[i]).indexOf(i),
                    gapUsers.get(exitGap[i]).size());
            enterY[i] = gapY(
                    enterGap[i],
                    gapUsers.get(enterGap[i]).lastIndexOf(i),
                    gapUsers.get(enterGap[i]).size());
        }
        List<Integer> byLength = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byLength.add(i);
        }
        byLength.sort(Comparator.comparingDouble((Integer i) -> Math.abs(enterY[i] - exitY[i]))
                .thenComparingInt(i -> i));
        double spacing = n > 1 ? (gutterWidth - 2 * GUTTER_MARGIN) / (n - 1) : 0;
        double[] laneX = new double[n];
        for (int lane = 0; lane < n; lane++) {
            laneX[byLength.get(lane)] = gutterLeft + gutterWidth - GUTTER_MARGIN - lane * spacing;
        }
        List<PanoramaGeometry.CrossFeed> routes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PanoramaLayouter.CrossFeedPlan feed = feeds.get(i);
            Rect from = boxes.get(feed.from());
            Rect to = boxes.get(feed.to());
            double fromX = portX(
                    from,
                    sideUsers.get(exitSide[i]).indexOf(i),
                    sideUsers.get(exitSide[i]).size());
            double toX = portX(
                    to,
                    sideUsers.get(enterSide[i]).indexOf(i),
                    sideUsers.get(enterSide[i]).size());
            boolean down = exitSide[i].endsWith("/bottom");
            routes.add(new PanoramaGeometry.CrossFeed(
                    feed.from(),
                    feed.to(),
                    List.of(
                            new double[] {fromX, down ? from.bottom() : from.y()},
                            new double[] {fromX, exitY[i]},
                            new double[] {laneX[i], exitY[i]},
                            new double[] {laneX[i], enterY[i]},
                            new double[] {toX, enterY[i]},
                            new double[] {toX, down ? to.y() : to.bottom()})));
        }
        return routes;
    }

    /** The height of the {@code k}th of {@code count} feeds in a gap, spread about the gap's middle. */
    private double gapY(String gap, int k, int count) {
        String[] parts = gap.split("/");
        int band = Integer.parseInt(parts[0]);
        int index = Integer.parseInt(parts[1]);
        double[] tops = rowTops.get(band);
        double boxHeight = boxes.get(bands.get(band).segments().get(0)).height();
        Rect bounds = bands.get(band).bounds();
        double top = index == 0 ? bounds.y() : tops[index - 1] + boxHeight;
        double bottom = index == tops.length ? bounds.bottom() : tops[index];
        double step = Math.min(4, (bottom - top - 2) / Math.max(1, count));
        return (top + bottom) / 2 + (k - (count - 1) / 2.0) * step;
    }

    /** The x of the {@code k}th of {@code count} ports along a box's side. */
    private static double portX(Rect box, int k, int count) {
        return box.x() + box.width() * (k + 1) / (count + 1);
    }
}
