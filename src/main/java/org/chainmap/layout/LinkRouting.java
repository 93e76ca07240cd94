package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * Phase 6: routes the supply links between the cards of a placed chain, orthogonally, through the free space
 * between the boxes ({@link FreeSpace}: columns of boxes, channels between them, gaps between boxes).
 *
 * <p>Pre: a {@link ChainGeometry} from {@link Placement}: the boxes stand in columns that do not overlap
 * horizontally, every card and marker lies inside a box, and a feed passing through a column runs level
 * through a slot between its boxes. Post: every supply link between two firms that have a card or a marker
 * in the chain has one route (a firm with several picks the pair that runs forward over the fewest columns,
 * its card first). The route leaves the supplier's card from its right edge, {@link #OFFSET} above the
 * middle; crosses each column on its way level through a <em>lane</em> in the gap nearest the supplier's
 * height (between boxes, above or below them); in each channel it passes runs vertically on a
 * <em>track</em>; and enters the customer's card from its left edge, {@link #OFFSET} below the middle (so an
 * exit and an entry at the same height never lie on one line). No route passes through a card, nor through a
 * box but the supplier's right padding and the customer's left padding. A link whose customer stands in the
 * supplier's column or further left is a {@link ChainGeometry.Kind#BACK} route: out to the right, leftwards
 * through the gaps of the columns, in from the left. A link whose other firm has no card or marker in the
 * chain is a stub reaching {@link #STUB} beyond the box ({@link ChainGeometry.Kind#FROM_OUTSIDE}, {@link
 * ChainGeometry.Kind#TO_OUTSIDE}): out of the supplier's right edge {@link #OFFSET} below the middle, or into
 * the customer's left edge {@link #OFFSET} above it, so that stubs never lie on routes. In a box whose cards
 * stand in several columns, a card away from the box's right (or left) side reaches it through the gaps
 * between the columns and rows of cards ({@link BoxLegs}), and the route goes on from there as above.
 * Duplicate links (same supplier and customer) and a firm's links to itself get no route.
 *
 * <p>Trunks: the vertical runs share tracks as trees do. In the channel a link ends in, the links into one
 * customer share one trunk (a fan-in) when it ends a longer route or when the customer has more links in
 * that channel than the supplier; otherwise the links of one supplier that enter a channel at the same
 * height share one (a fan-out). Trunks whose vertical extents overlap get distinct tracks: as few as the
 * deepest overlap needs, at most {@link #TRACK_SPACING} apart (closer when many must share the channel),
 * those going down in the right part of the channel, those going up in the left, each ordered so that two
 * trunks of one direction do not cross. The lanes of different suppliers in one gap sit at their supplier's
 * height where they can, at least {@link #LANE_SPACING} apart, evenly spread when the gap is too small. Time:
 * O(L log L) in the number of links, times the columns a link passes.
 */
public final class LinkRouting {

    /** The least distance between a box and the nearest track of a channel. */
    static final double TRACK_MARGIN = 10;

    /** The most distance between neighbouring tracks of a channel. */
    static final double TRACK_SPACING = 8;

    /** The most distance between neighbouring lanes of a gap. */
    static final double LANE_SPACING = 5;

    /** How far above (exits) or below (entries) a card's middle a link meets the card. */
    public static final double OFFSET = 4;

    /** How far a stub reaches beyond its box: short of the channel's tracks, so that no route runs on a stub. */
    public static final double STUB = 8;

    /** Two trunks on one track keep at least this vertical distance. */
    private static final double SEPARATION = 2;

    private final ChainGeometry geometry;
    private final FreeSpace space;

    private LinkRouting(ChainGeometry geometry) {
        this.geometry = geometry;
        this.space = new FreeSpace(geometry);
    }

    /**
     * {@code geometry} with the supply links of {@code map} routed between its cards.
     *
     * @param map the map whose links are drawn
     * @param geometry the placed chain, without links
     * @return the same geometry with its {@link ChainGeometry#links()}
     */
    public static ChainGeometry route(RegionMap map, ChainGeometry geometry) {
        return geometry.withLinks(new LinkRouting(geometry).routes(map));
    }

    /** Where a firm is drawn: a card or a marker, in a column. */
    private record End(int id, Rect rect, int column) {}

    /** A lane of one supplier through one gap, in one direction. */
    private record LaneKey(int end, int column, int gap, boolean leftward) {}

    /**
     * A trunk in one channel: of one supplier, entered at one height, or of one customer, left at its card.
     *
     * @param end the supplier's or the customer's end
     * @param channel the channel
     * @param anchor where the trunk meets its own end's side: the height it is entered at (a supplier's) or its
     *     card's entry height (a customer's)
     * @param customer whether the trunk gathers the links into a customer
     */
    private record TrunkKey(int end, int channel, double anchor, boolean customer) {}

    private static final class Lane {
        final int column;
        final int gap;
        double idealSum;
        int count;
        double y;

        Lane(int column, int gap) {
            this.column = column;
            this.gap = gap;
        }
    }

    private static final class Trunk {
        final int channel;
        final double anchor;
        double top;
        double bottom;
        int track;
        double x;

        Trunk(int channel, double anchor) {
            this.channel = channel;
            this.anchor = anchor;
            this.top = anchor;
            this.bottom = anchor;
        }

        boolean down() {
            return anchor - top <= bottom - anchor;
        }
    }

    /** A link between two ends, with the columns it crosses and, once known, its lanes and trunks. */
    private static final class Path {
        final String supplier;
        final String customer;
        final End from;
        final End to;
        final int[] crossed;
        final Lane[] lanes;
        final Trunk[] trunks;
        /** The leg from the supplier's card out of its box, and into the customer's; null when at the box's side. */
        double[][] exit;

        double[][] entry;

        Path(String supplier, String customer, End from, End to) {
            this.supplier = supplier;
            this.customer = customer;
            this.from = from;
            this.to = to;
            int span = to.column > from.column ? to.column - from.column - 1 : from.column - to.column + 1;
            crossed = new int[span];
            for (int k = 0; k < span; k++) {
                crossed[k] = to.column > from.column ? from.column + 1 + k : from.column - k;
            }
            lanes = new Lane[span];
            trunks = new Trunk[span + 1];
        }

        boolean back() {
            return to.column <= from.column;
        }

        /** The channel a path is in before crossing its {@code k}-th column; channel c lies right of column c. */
        int channel(int k) {
            return back() ? from.column - k : from.column + k;
        }

        /** The height at which the route leaves the supplier's card, or its box for a card inside a grid. */
        double y0() {
            return exit != null ? exit[exit.length - 1][1] : from.rect.centerY() - OFFSET;
        }

        /** The height at which the route enters the customer's card, or its box for a card inside a grid. */
        double y1() {
            return entry != null ? entry[0][1] : to.rect.centerY() + OFFSET;
        }
    }

    private List<ChainGeometry.LinkRoute> routes(RegionMap map) {
        List<Rect> rects = new ArrayList<>();
        Map<String, List<End>> ends = ends(rects);
        List<Path> paths = new ArrayList<>();
        List<SupplyLink> stubLinks = new ArrayList<>();
        List<End> stubEnds = new ArrayList<>();
        List<Boolean> stubsIn = new ArrayList<>();
        boolean[] used = new boolean[4 * rects.size()];
        Set<String> seen = new HashSet<>();
        for (SupplyLink link : map.links()) {
            List<End> from = ends.get(link.from());
            List<End> to = ends.get(link.to());
            if (link.from().equals(link.to())
                    || (from == null && to == null)
                    || !seen.add(link.from() + "\n" + link.to())) {
                continue;
            }
            if (from == null || to == null) {
                End end = from == null ? to.get(0) : from.get(0);
                stubLinks.add(link);
                stubEnds.add(end);
                stubsIn.add(from == null);
                used[4 * end.id + (from == null ? BoxLegs.Role.STUB_IN : BoxLegs.Role.STUB_OUT).ordinal()] = true;
            } else {
                End[] pair = pick(from, to);
                paths.add(new Path(link.from(), link.to(), pair[0], pair[1]));
                used[4 * pair[0].id + BoxLegs.Role.EXIT.ordinal()] = true;
                used[4 * pair[1].id + BoxLegs.Role.ENTRY.ordinal()] = true;
            }
        }
        BoxLegs legs = new BoxLegs(geometry, space, rects, used);
        for (Path path : paths) {
            path.exit = legs.leg(path.from.id, BoxLegs.Role.EXIT);
            path.entry = legs.leg(path.to.id, BoxLegs.Role.ENTRY);
        }
        List<ChainGeometry.LinkRoute> stubs = new ArrayList<>();
        for (int i = 0; i < stubLinks.size(); i++) {
            stubs.add(stub(stubLinks.get(i), stubEnds.get(i), stubsIn.get(i), legs));
        }
        placeLanes(paths);
        placeTrunks(paths);
        List<ChainGeometry.LinkRoute> routes = new ArrayList<>(paths.size() + stubs.size());
        for (Path path : paths) {
            routes.add(new ChainGeometry.LinkRoute(
                    path.supplier,
                    path.customer,
                    points(path),
                    path.back() ? ChainGeometry.Kind.BACK : ChainGeometry.Kind.FORWARD));
        }
        routes.addAll(stubs);
        return routes;
    }

    /** The stub of {@code link}, whose firm in the chain is drawn at {@code end}: through its leg in a grid. */
    private ChainGeometry.LinkRoute stub(SupplyLink link, End end, boolean fromOutside, BoxLegs legs) {
        BoxLegs.Role role = fromOutside ? BoxLegs.Role.STUB_IN : BoxLegs.Role.STUB_OUT;
        double[][] leg = legs.leg(end.id, role);
        List<double[]> points = new ArrayList<>();
        if (fromOutside) {
            double y = leg != null ? leg[0][1] : end.rect.centerY() - OFFSET;
            points.add(new double[] {Math.max(0, space.left(end.column) - STUB), y});
            points.addAll(leg != null ? List.of(leg) : List.<double[]>of(new double[] {end.rect.x(), y}));
        } else {
            double y = leg != null ? leg[leg.length - 1][1] : end.rect.centerY() + OFFSET;
            points.addAll(leg != null ? List.of(leg) : List.<double[]>of(new double[] {end.rect.right(), y}));
            points.add(new double[] {Math.min(geometry.width(), space.right(end.column) + STUB), y});
        }
        return new ChainGeometry.LinkRoute(
                link.from(),
                link.to(),
                points,
                fromOutside ? ChainGeometry.Kind.FROM_OUTSIDE : ChainGeometry.Kind.TO_OUTSIDE);
    }

    /** Every firm's card, then its markers; {@code rects} gets each end's rectangle, by id. */
    private Map<String, List<End>> ends(List<Rect> rects) {
        Map<String, List<End>> ends = new HashMap<>();
        int id = 0;
        for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
            ends.computeIfAbsent(card.getKey(), key -> new ArrayList<>(1))
                    .add(new End(id++, card.getValue(), space.columnOf(card.getValue())));
            rects.add(card.getValue());
        }
        for (ChainGeometry.Marker marker : geometry.markers()) {
            ends.computeIfAbsent(marker.firm(), key -> new ArrayList<>(1))
                    .add(new End(id++, marker.bounds(), space.columnOf(marker.bounds())));
            rects.add(marker.bounds());
        }
        return ends;
    }

    /** The pair of ends that runs forward over the fewest columns, else back over the fewest; the first on ties. */
    private static End[] pick(List<End> from, List<End> to) {
        End[] best = null;
        int bestScore = Integer.MAX_VALUE;
        for (End a : from) {
            for (End b : to) {
                int score = b.column > a.column ? b.column - a.column : 1000 + a.column - b.column;
                if (score < bestScore) {
                    bestScore = score;
                    best = new End[] {a, b};
                }
            }
        }
        return best;
    }

    /** Chooses each crossing's gap (the one nearest the supplier's height), then the lanes' heights. */
    private void placeLanes(List<Path> paths) {
        Map<LaneKey, Lane> byKey = new HashMap<>();
        List<Lane> lanes = new ArrayList<>();
        for (Path path : paths) {
            for (int k = 0; k < path.crossed.length; k++) {
                int column = path.crossed[k];
                double ideal = path.y0();
                int gap = space.nearestGap(column, ideal);
                Lane lane = byKey.computeIfAbsent(new LaneKey(path.from.id, column, gap, path.back()), key -> {
                    Lane created = new Lane(column, gap);
                    lanes.add(created);
                    return created;
                });
                lane.idealSum += ideal;
                lane.count++;
                path.lanes[k] = lane;
            }
        }
        lanes.sort(Comparator.comparingInt((Lane lane) -> lane.column)
                .thenComparingInt(lane -> lane.gap)
                .thenComparingDouble(lane -> lane.idealSum / lane.count));
        for (int first = 0; first < lanes.size(); ) {
            int end = first;
            while (end < lanes.size()
                    && lanes.get(end).column == lanes.get(first).column
                    && lanes.get(end).gap == lanes.get(first).gap) {
                end++;
            }
            double[] gap = space.gap(lanes.get(first).column, lanes.get(first).gap);
            double[] ys = new double[end - first];
            for (int i = first; i < end; i++) {
                ys[i - first] = lanes.get(i).idealSum / lanes.get(i).count;
            }
            FreeSpace.settle(ys, gap[0], gap[1], LANE_SPACING);
            for (int i = first; i < end; i++) {
                lanes.get(i).y = ys[i - first];
            }
            first = end;
        }
    }

    /** Gathers the trunks of each channel and gives them tracks. */
    private void placeTrunks(List<Path> paths) {
        Map<TrunkKey, Trunk> byKey = new HashMap<>();
        List<List<Trunk>> channels = new ArrayList<>();
        for (int c = 0; c <= space.columns(); c++) {
            channels.add(new ArrayList<>());
        }
        Map<Long, Integer> outgoing = new HashMap<>();
        Map<Long, Integer> incoming = new HashMap<>();
        for (Path path : paths) {
            outgoing.merge(endInChannel(path.from.id, path.channel(0)), 1, Integer::sum);
            incoming.merge(endInChannel(path.to.id, path.channel(path.lanes.length)), 1, Integer::sum);
        }
        for (Path path : paths) {
            int last = path.lanes.length;
            for (int k = 0; k <= last; k++) {
                double in = k == 0 ? path.y0() : path.lanes[k - 1].y;
                double out = k == last ? path.y1() : path.lanes[k].y;
                int channel = path.channel(k);
                boolean customer = k == last
                        && (last > 0
                                || incoming.get(endInChannel(path.to.id, channel))
                                        > outgoing.get(endInChannel(path.from.id, channel)));
                TrunkKey key = customer
                        ? new TrunkKey(path.to.id, channel, out, true)
                        : new TrunkKey(path.from.id, channel, in, false);
                Trunk trunk = byKey.computeIfAbsent(key, unused -> {
                    Trunk created = new Trunk(channel, key.anchor());
                    channels.get(channel + 1).add(created);
                    return created;
                });
                double other = customer ? in : out;
                trunk.top = Math.min(trunk.top, other);
                trunk.bottom = Math.max(trunk.bottom, other);
                path.trunks[k] = trunk;
            }
        }
        for (int c = -1; c < space.columns(); c++) {
            List<Trunk> down = new ArrayList<>();
            List<Trunk> up = new ArrayList<>();
            double left = space.channelLeft(c);
            double right = space.channelRight(c);
            double middle = (left + right) / 2;
            for (Trunk trunk : channels.get(c + 1)) {
                if (trunk.bottom - trunk.top < 1e-9) {
                    trunk.x = middle;
                } else {
                    (trunk.down() ? down : up).add(trunk);
                }
            }
            int ups = pack(up, true);
            int downs = pack(down, false);
            double margin = Math.min(TRACK_MARGIN, (right - left) / 4);
            double[] xs = FreeSpace.spread(ups + downs, middle, left + margin, right - margin, TRACK_SPACING);
            for (Trunk trunk : up) {
                trunk.x = xs[ups - 1 - trunk.track];
            }
            for (Trunk trunk : down) {
                trunk.x = xs[ups + downs - 1 - trunk.track];
            }
        }
    }

    /** One key for an end and a channel (from -1), without a list of two boxed numbers per look-up. */
    private static long endInChannel(int end, int channel) {
        return ((long) end << 32) | (channel & 0xffffffffL);
    }

    /**
     * Gives each trunk a track so that trunks on one track keep apart, with as few tracks as the deepest overlap
     * needs: trunks taken by where they start (the top going down, the bottom going up), each on the lowest free
     * track. Track 0 is the rightmost of its group, so a trunk that starts earlier stands right of those that
     * start later while it runs: the order in which two trunks of one direction do not cross.
     *
     * @return the number of tracks
     */
    private static int pack(List<Trunk> trunks, boolean up) {
        trunks.sort(Comparator.comparingDouble(trunk -> up ? -trunk.bottom : trunk.top));
        PriorityQueue<double[]> busy = new PriorityQueue<>(Comparator.comparingDouble(entry -> entry[0]));
        PriorityQueue<Integer> free = new PriorityQueue<>();
        int tracks = 0;
        for (Trunk trunk : trunks) {
            double start = up ? -trunk.bottom : trunk.top;
            double end = up ? -trunk.top : trunk.bottom;
            while (!busy.isEmpty() && busy.peek()[0] + SEPARATION <= start) {
                free.add((int) busy.poll()[1]);
            }
            trunk.track = free.isEmpty() ? tracks++ : free.poll();
            busy.add(new double[] {end, trunk.track});
        }
        return tracks;
    }

    private static List<double[]> points(Path path) {
        List<double[]> points = new ArrayList<>(2 * path.trunks.length + 8);
        if (path.exit != null) {
            points.addAll(List.of(path.exit));
        } else {
            points.add(new double[] {path.from.rect.right(), path.y0()});
        }
        double y = path.y0();
        for (int k = 0; k < path.trunks.length; k++) {
            double x = path.trunks[k].x;
            double next = k == path.lanes.length ? path.y1() : path.lanes[k].y;
            add(points, x, y);
            add(points, x, next);
            y = next;
        }
        if (path.entry != null) {
            for (double[] point : path.entry) {
                add(points, point[0], point[1]);
            }
        } else {
            add(points, path.to.rect.x(), path.y1());
        }
        return points;
    }

    private static void add(List<double[]> points, double x, double y) {
        double[] last = points.get(points.size() - 1);
        if (last[0] != x || last[1] != y) {
            points.add(new double[] {x, y});
        }
    }
}
