package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The feeds that leave one box by one side form a trunk: they share their port, their height in the gap
 * and their lane, and part only where they turn towards their targets. Otherwise ends sharing a box side
 * get their own ports along it, runs sharing a gap their own heights in it, and each trunk its own lane:
 * shorter trunks nearer the zones, so that a trunk nested inside another does not cross it.
 */
final class PanoramaRoutes {

    /** Space between lanes in the gutter, and the gutter's margin on each side. */
    static final double LANE = 10;

    static final double GUTTER_MARGIN = 12;

    /** The most space between feeds sharing a gap. */
    static final double STEP = 5;

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

    /** The gutter's width for {@code trunks} lanes. */
    static double gutterWidth(int trunks) {
        return 2 * GUTTER_MARGIN + LANE * Math.max(0, Math.min(trunks, MOST_LANES) - 1);
    }

    /**
     * How many runs each gap carries, by {@code "band/index"} (index 0 above a band's first row, k below
     * its row k-1), for feeds whose ends are at {@code place} ({@code [band, row]} of each segment).
     */
    static Map<String, Integer> gapLoad(List<PanoramaLayouter.CrossFeedPlan> feeds, Map<String, int[]> place) {
        Map<String, Integer> load = new HashMap<>();
        java.util.Set<String> trunks = new java.util.HashSet<>();
        for (PanoramaLayouter.CrossFeedPlan feed : feeds) {
            int[] from = place.get(feed.from());
            int[] to = place.get(feed.to());
            if (trunks.add(feed.from() + "/" + feed.down())) {
                load.merge(from[0] + "/" + (feed.down() ? from[1] + 1 : from[1]), 1, Integer::sum);
            }
            load.merge(to[0] + "/" + (feed.down() ? to[1] : to[1] + 1), 1, Integer::sum);
        }
        return load;
    }

    /** The height a gap needs to carry {@code runs} feeds apart. */
    static double gapHeight(int runs) {
        return runs == 0 ? 0 : (runs + 1) * STEP + 2;
    }

    /** One routed polyline per feed, in the order given. */
    List<PanoramaGeometry.CrossFeed> route(List<PanoramaLayouter.CrossFeedPlan> feeds) {
        int n = feeds.size();
        // Feeds leaving one box by one side form a trunk: one port, one height in the gap, one lane.
        Map<String, Integer> trunkOf = new LinkedHashMap<>();
        List<String> trunkGap = new ArrayList<>();
        int[] trunk = new int[n];
        String[] enterGap = new String[n];
        String[] enterSide = new String[n];
        Map<String, List<String>> gapUsers = new HashMap<>();
        Map<String, List<String>> sideUsers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] from = place.get(feeds.get(i).from());
            int[] to = place.get(feeds.get(i).to());
            boolean down = feeds.get(i).down();
            String exitSide = feeds.get(i).from() + (down ? "/bottom" : "/top");
            if (!trunkOf.containsKey(exitSide)) {
                trunkOf.put(exitSide, trunkOf.size());
                String gap = from[0] + "/" + (down ? from[1] + 1 : from[1]);
                trunkGap.add(gap);
                gapUsers.computeIfAbsent(gap, key -> new ArrayList<>()).add("t" + trunkOf.get(exitSide));
                sideUsers.computeIfAbsent(exitSide, key -> new ArrayList<>()).add("t" + trunkOf.get(exitSide));
            }
            trunk[i] = trunkOf.get(exitSide);
            enterGap[i] = to[0] + "/" + (down ? to[1] : to[1] + 1);
            enterSide[i] = feeds.get(i).to() + (down ? "/top" : "/bottom");
            gapUsers.computeIfAbsent(enterGap[i], key -> new ArrayList<>()).add("f" + i);
            sideUsers.computeIfAbsent(enterSide[i], key -> new ArrayList<>()).add("f" + i);
        }
        int trunks = trunkGap.size();
        List<String> exitSides = new ArrayList<>(trunkOf.keySet());
        double[] exitY = new double[trunks];
        double[] exitX = new double[trunks];
        double[] span = new double[trunks];
        for (int t = 0; t < trunks; t++) {
            exitY[t] = gapY(trunkGap.get(t), gapUsers.get(trunkGap.get(t)), "t" + t);
            String side = exitSides.get(t);
            Rect box = boxes.get(side.substring(0, side.lastIndexOf('/')));
            exitX[t] = portX(box, sideUsers.get(side), "t" + t);
        }
        double[] enterY = new double[n];
        for (int i = 0; i < n; i++) {
            enterY[i] = gapY(enterGap[i], gapUsers.get(enterGap[i]), "f" + i);
            span[trunk[i]] = Math.max(span[trunk[i]], Math.abs(enterY[i] - exitY[trunk[i]]));
        }
        List<Integer> byLength = new ArrayList<>();
        for (int t = 0; t < trunks; t++) {
            byLength.add(t);
        }
        byLength.sort(Comparator.comparingDouble((Integer t) -> span[t]).thenComparingInt(t -> t));
        double spacing = trunks > 1 ? (gutterWidth - 2 * GUTTER_MARGIN) / (trunks - 1) : 0;
        double[] laneX = new double[trunks];
        for (int lane = 0; lane < trunks; lane++) {
            laneX[byLength.get(lane)] = gutterLeft + gutterWidth - GUTTER_MARGIN - lane * spacing;
        }
        List<PanoramaGeometry.CrossFeed> routes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PanoramaLayouter.CrossFeedPlan feed = feeds.get(i);
            Rect from = boxes.get(feed.from());
            Rect to = boxes.get(feed.to());
            int t = trunk[i];
            double toX = portX(to, sideUsers.get(enterSide[i]), "f" + i);
            boolean down = exitSides.get(t).endsWith("/bottom");
            routes.add(new PanoramaGeometry.CrossFeed(
                    feed.from(),
                    feed.to(),
                    List.of(
                            new double[] {exitX[t], down ? from.bottom() : from.y()},
                            new double[] {exitX[t], exitY[t]},
                            new double[] {laneX[t], exitY[t]},
                            new double[] {laneX[t], enterY[i]},
                            new double[] {toX, enterY[i]},
                            new double[] {toX, down ? to.y() : to.bottom()})));
        }
        return routes;
    }

    /** The height of the {@code k}th of {@code count} feeds in a gap, spread about the gap's middle. */
    private double gapY(String gap, List<String> users, String user) {
        int k = users.indexOf(user);
        int count = users.size();
        String[] parts = gap.split("/");
        int band = Integer.parseInt(parts[0]);
        int index = Integer.parseInt(parts[1]);
        double[] tops = rowTops.get(band);
        double boxHeight = boxes.get(bands.get(band).segments().get(0)).height();
        Rect bounds = bands.get(band).bounds();
        double top = index == 0 ? bounds.y() : tops[index - 1] + boxHeight;
        double bottom = index == tops.length ? bounds.bottom() : tops[index];
        double step = Math.min(STEP, (bottom - top - 2) / Math.max(1, count));
        return (top + bottom) / 2 + (k - (count - 1) / 2.0) * step;
    }

    /** The x of the {@code k}th of {@code count} ports along a box's side. */
    private static double portX(Rect box, List<String> users, String user) {
        int k = users.indexOf(user);
        int count = users.size();
        return box.x() + box.width() * (k + 1) / (count + 1);
    }
}
