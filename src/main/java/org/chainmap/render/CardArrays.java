package org.chainmap.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ProvisionalPlacement;
import org.chainmap.layout.Rect;
import org.chainmap.model.Enterprise;

/**
 * The cards of a chain's drawing as arrays in the geometry's order: each card's firm id, its hash, its firm ({@code
 * null} where the map has none), its rectangle, and its x, y, width, height in one array. A frame reads the bounds
 * of every card in order; a painter made from the one before after an edit finds the edited cards' rows from the
 * hashes and copies the kept rows in runs, without a look-up per card (issue 17 item 9). Never changed once made.
 *
 * @param ids the cards' firm ids
 * @param hashes the ids' hashes
 * @param firms the cards' firms
 * @param rects the cards' rectangles
 * @param bounds the cards' x, y, width, height, four numbers a card
 */
record CardArrays(String[] ids, int[] hashes, Enterprise[] firms, Rect[] rects, double[] bounds) {

    /** The cards of {@code geometry}, whose drawn firms are {@code firms}. */
    static CardArrays of(ChainGeometry geometry, Map<String, Enterprise> firms) {
        CardArrays cards = empty(geometry.cards().size());
        int i = 0;
        for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
            cards.set(i++, card.getKey(), firms.get(card.getKey()), card.getValue());
        }
        return cards;
    }

    private static CardArrays empty(int size) {
        return new CardArrays(
                new String[size], new int[size], new Enterprise[size], new Rect[size], new double[4 * size]);
    }

    private void set(int i, String id, Enterprise firm, Rect r) {
        ids[i] = id;
        hashes[i] = id.hashCode();
        firms[i] = firm;
        rects[i] = r;
        bounds[4 * i] = r.x();
        bounds[4 * i + 1] = r.y();
        bounds[4 * i + 2] = r.width();
        bounds[4 * i + 3] = r.height();
    }

    int size() {
        return ids.length;
    }

    /** The rows, in order, of the cards of the firms {@code sought}: one pass over the hashes. */
    int[] rowsOf(Collection<String> sought) {
        if (sought.isEmpty()) {
            return new int[0];
        }
        Collection<String> among = sought.size() > 8 ? new java.util.HashSet<>(sought) : sought;
        int[] wanted = sought.stream().mapToInt(String::hashCode).sorted().toArray();
        int one = wanted[0];
        boolean single = wanted.length == 1;
        int[] rows = new int[sought.size()];
        int found = 0;
        for (int i = 0; i < hashes.length && found < rows.length; i++) {
            int h = hashes[i];
            if ((single ? h == one : Arrays.binarySearch(wanted, h) >= 0) && among.contains(ids[i])) {
                rows[found++] = i;
            }
        }
        return Arrays.copyOf(rows, found);
    }

    /** These cards with the firms of the cards of {@code changed} (ids) as {@code firms} has them. */
    CardArrays withFirms(Collection<String> changed, Map<String, Enterprise> drawn) {
        int[] rows = rowsOf(changed);
        if (rows.length == 0) {
            return this;
        }
        Enterprise[] newFirms = firms.clone();
        for (int row : rows) {
            newFirms[row] = drawn.get(ids[row]);
        }
        return new CardArrays(ids, hashes, newFirms, rects, bounds);
    }

    /**
     * The cards of {@code placed.geometry()}, these being those of {@code placed.from()}: the rows of the cards the
     * placement kept copied in runs (the firms of those among {@code touched} looked up in {@code drawn}, the drawn
     * firms after the edit), the moved cards' rows left out, the new cards (at the end) added.
     */
    CardArrays placed(ProvisionalPlacement placed, Map<String, Enterprise> drawn, Collection<String> touched) {
        Set<String> moved = placed.moved();
        Map<String, Rect> was = placed.from().cards();
        Map<String, Rect> now = placed.geometry().cards();
        List<String> sought = new ArrayList<>();
        for (String id : touched) {
            if (was.containsKey(id)) {
                sought.add(id);
            }
        }
        int[] rows = rowsOf(sought);
        int gone = 0;
        for (int row : rows) {
            gone += moved.contains(ids[row]) ? 1 : 0;
        }
        int kept = size() - gone;
        CardArrays cards = empty(now.size());
        int at = 0;
        int from = 0;
        for (int row : rows) {
            at = cards.copy(this, from, row, at);
            from = row;
            if (moved.contains(ids[row])) {
                from++;
            } else {
                at = cards.copy(this, row, row + 1, at);
                cards.firms[at - 1] = drawn.get(ids[row]);
                from++;
            }
        }
        cards.copy(this, from, size(), at);
        for (String id : added(placed, kept)) {
            cards.set(kept++, id, drawn.get(id), now.get(id));
        }
        return cards;
    }

    /** Copies the rows {@code start} to {@code end} of {@code other} to this from row {@code at}; the next row. */
    private int copy(CardArrays other, int start, int end, int at) {
        int n = end - start;
        System.arraycopy(other.ids, start, ids, at, n);
        System.arraycopy(other.hashes, start, hashes, at, n);
        System.arraycopy(other.firms, start, firms, at, n);
        System.arraycopy(other.rects, start, rects, at, n);
        System.arraycopy(other.bounds, 4 * start, bounds, 4 * at, 4 * n);
        return at + n;
    }

    /**
     * The ids of the cards {@code placed} added after the {@code kept} ones, in their order: the moved firm's when
     * one has a card, else read from the geometry's cards after the kept ones.
     */
    private static List<String> added(ProvisionalPlacement placed, int kept) {
        Map<String, Rect> now = placed.geometry().cards();
        int count = now.size() - kept;
        List<String> added = new ArrayList<>(Math.max(count, 0));
        if (count <= 0) {
            return added;
        }
        for (String id : placed.moved()) {
            if (now.containsKey(id)) {
                added.add(id);
            }
        }
        if (added.size() == 1 && count == 1) {
            return added; // one card moved: its place in the order is the last
        }
        added.clear();
        int i = 0;
        for (String id : now.keySet()) {
            if (i++ >= kept) {
                added.add(id);
            }
        }
        return added;
    }
}
