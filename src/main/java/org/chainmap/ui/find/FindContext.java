package org.chainmap.ui.find;

import java.util.Optional;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.chainmap.ui.Selection;

/**
 * Where the map looks when Find goes to a hit: the hit in its context, not alone. A firm is shown with its
 * segment's box and the cards of its direct suppliers and customers in the chain; a segment with the boxes
 * it feeds and that feed it. The camera frames all of them with a margin, at a scale between
 * {@link #MIN_SCALE} (the cards' text still readable) and {@link #MAX_SCALE} (never one card filling the
 * view); when the context does not fit at the smallest, the hit stays in the middle.
 *
 * @param hit the card or box of what was found
 * @param context the bounds of the hit and its neighbours
 */
public record FindContext(Rect hit, Rect context) {

    /** The scale below which a card's text is too small to read. */
    static final double MIN_SCALE = 0.75;

    /** The scale above which the view shows too little around the hit: a card 270 pixels wide. */
    static final double MAX_SCALE = 1.5;

    /** The space left free round the context, in pixels of the view. */
    static final double MARGIN = 48;

    /** The framing of {@code selection} on {@code geometry}, a drawing of {@code map}'s chain; none when not drawn. */
    public static Optional<FindContext> of(ChainGeometry geometry, RegionMap map, Selection selection) {
        if (geometry == null || map == null || selection == null) {
            return Optional.empty();
        }
        if (selection instanceof Selection.OfEnterprise firm) {
            String id = firm.enterprise().id();
            Rect card = geometry.cards().get(id);
            if (card != null) {
                Rect context =
                        union(card, geometry.segments().get(selection.segment().id()));
                for (SupplyLink link : map.links()) {
                    if (link.from().equals(id)) {
                        context = union(context, geometry.cards().get(link.to()));
                    } else if (link.to().equals(id)) {
                        context = union(context, geometry.cards().get(link.from()));
                    }
                }
                return Optional.of(new FindContext(card, context));
            }
        }
        Segment segment = selection.segment();
        Rect box = geometry.segments().get(segment.id());
        if (box == null) {
            return Optional.empty();
        }
        Rect context = box;
        for (String fed : segment.feeds()) {
            context = union(context, geometry.segments().get(fed));
        }
        Optional<Chain> chain = map.chains().stream()
                .filter(each -> each.segments().contains(segment))
                .findFirst();
        if (chain.isPresent()) {
            for (Segment other : chain.get().segments()) {
                if (other.feeds().contains(segment.id())) {
                    context = union(context, geometry.segments().get(other.id()));
                }
            }
        }
        return Optional.of(new FindContext(box, context));
    }

    /** The scale that shows the context in a view {@code width} × {@code height}, within the readable range. */
    public double scale(double width, double height) {
        double fit = Math.min(
                (width - 2 * MARGIN) / Math.max(1, context.width()),
                (height - 2 * MARGIN) / Math.max(1, context.height()));
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, fit));
    }

    /**
     * The map point to put in the middle of a view {@code width} × {@code height} at {@link #scale}: the
     * context's centre when it fits, else the hit's.
     */
    public double[] centre(double width, double height) {
        double scale = scale(width, height);
        boolean fits = context.width() * scale <= width - MARGIN && context.height() * scale <= height - MARGIN;
        Rect shown = fits ? context : hit;
        return new double[] {shown.x() + shown.width() / 2, shown.y() + shown.height() / 2};
    }

    private static Rect union(Rect a, Rect b) {
        if (b == null) {
            return a;
        }
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Rect(x, y, Math.max(a.right(), b.right()) - x, Math.max(a.y() + a.height(), b.y() + b.height()) - y);
    }
}
