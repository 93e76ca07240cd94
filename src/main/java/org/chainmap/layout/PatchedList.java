package org.chainmap.layout;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An unmodifiable list made from a flat one in time proportional to an edit (issue 17 item 9, decision 0071): the
 * flat list's elements but those at some positions, in their order, then a few appended. Made again from itself, it
 * stays one patch on the same flat list, merged, until the patch passes {@link #BOUND} elements: then it is copied
 * flat once, so that {@link #get} stays a binary search over at most that many positions and the memory bounded.
 *
 * <p>The flat list is indexed by up to a few keys of its elements ({@code keys}: for a route its supplier and its
 * customer, for a marker its firm and its segment), made once per flat list, when first asked or by {@link
 * #indexed()}; {@link #positions} answers from it and a pass over the appended elements only. Equal to, and hashed as,
 * any list of the same elements in the same order.
 *
 * @param <E> the elements
 */
final class PatchedList<E> extends AbstractList<E> implements RandomAccess {

    /** The most removed positions and appended elements a patch holds before the list is copied flat. */
    static final int BOUND = 64;

    private final Flat<E> flat;
    /** Positions in the flat list left out, ascending. */
    private final int[] removed;

    private final List<E> appended;

    private PatchedList(Flat<E> flat, int[] removed, List<E> appended) {
        this.flat = flat;
        this.removed = removed;
        this.appended = appended;
    }

    /** {@code items} as a flat list (copied), indexed by {@code keys} when first asked. */
    static <E> PatchedList<E> flat(List<? extends E> items, List<Function<? super E, String>> keys) {
        return new PatchedList<>(new Flat<>(items.toArray(), keys), new int[0], List.of());
    }

    /** This list, with the index of its flat list made now (not when first asked). */
    PatchedList<E> indexed() {
        flat.index();
        return this;
    }

    /** Whether the two lists are one patch on the same flat list (the index shared). */
    boolean sharesIndexWith(PatchedList<?> other) {
        return flat == other.flat;
    }

    @Override
    public E get(int index) {
        int kept = flat.items.length - removed.length;
        if (index < 0 || index >= kept + appended.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return index < kept ? flat.item(toFlat(removed, index)) : appended.get(index - kept);
    }

    @Override
    public int size() {
        return flat.items.length - removed.length + appended.size();
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int next; // in the flat list, then past it in the appended ones
            private int skip; // the next removed position not passed

            @Override
            public boolean hasNext() {
                settle();
                return next < flat.items.length + appended.size();
            }

            @Override
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int at = next++;
                return at < flat.items.length ? flat.item(at) : appended.get(at - flat.items.length);
            }

            private void settle() {
                while (skip < removed.length && removed[skip] == next) {
                    skip++;
                    next++;
                }
            }
        };
    }

    /**
     * The positions, ascending, of the elements whose key number {@code key} (of those given to {@link #flat}) is
     * {@code value}.
     */
    int[] positions(int key, String value) {
        int[] inFlat = flat.index().get(key).getOrDefault(value, NONE);
        int kept = flat.items.length - removed.length;
        int[] found = new int[inFlat.length + appended.size()];
        int n = 0;
        for (int position : inFlat) {
            if (removed.length == 0) {
                found[n++] = position;
            } else if (Arrays.binarySearch(removed, position) < 0) {
                found[n++] = toView(removed, position);
            }
        }
        Function<? super E, String> of = flat.keys.get(key);
        for (int i = 0; i < appended.size(); i++) {
            if (value.equals(of.apply(appended.get(i)))) {
                found[n++] = kept + i;
            }
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    /**
     * This list without the elements at {@code gone} (positions in this list, ascending, no repeats) and with {@code
     * more} appended; flat, and indexed when first asked, if the patch would pass {@link #BOUND}.
     */
    PatchedList<E> patched(int[] gone, List<? extends E> more) {
        int kept = flat.items.length - removed.length;
        int split = 0;
        while (split < gone.length && gone[split] < kept) {
            split++;
        }
        int[] inFlat = new int[split];
        for (int i = 0; i < split; i++) {
            inFlat[i] = toFlat(removed, gone[i]);
        }
        int[] allRemoved = union(removed, inFlat);
        List<E> nowAppended = new ArrayList<>(appended.size() - (gone.length - split) + more.size());
        for (int i = 0, g = split; i < appended.size(); i++) {
            if (g < gone.length && gone[g] - kept == i) {
                g++;
            } else {
                nowAppended.add(appended.get(i));
            }
        }
        nowAppended.addAll(more);
        PatchedList<E> patched = new PatchedList<>(flat, allRemoved, List.copyOf(nowAppended));
        if (allRemoved.length + nowAppended.size() > BOUND) {
            return new PatchedList<>(new Flat<>(patched.toArray(), flat.keys), new int[0], List.of());
        }
        return patched;
    }

    /** The flat position of the {@code index}-th element not removed. */
    static int toFlat(int[] removed, int index) {
        int low = 0;
        int high = removed.length;
        while (low < high) { // how many removed positions lie before it: those with removed[t] - t <= index
            int middle = (low + high) >>> 1;
            if (removed[middle] - middle <= index) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return index + low;
    }

    /** The position among the elements not removed of the one at flat position {@code position}, not removed. */
    static int toView(int[] removed, int position) {
        int before = Arrays.binarySearch(removed, position);
        return position - (before < 0 ? -before - 1 : before);
    }

    /** The union of two ascending arrays, ascending, without repeats. */
    static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++];
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        return n == merged.length ? merged : Arrays.copyOf(merged, n);
    }

    private static final int[] NONE = new int[0];

    /** The positions of one key's value, counted, then filled. */
    private static final class Slot {
        int[] positions;
        int filled;
    }

    /** The flat list and its index, shared by every patch on it. */
    private static final class Flat<E> {
        final Object[] items;
        final List<Function<? super E, String>> keys;
        private volatile List<Map<String, int[]>> index;

        Flat(Object[] items, List<Function<? super E, String>> keys) {
            this.items = items;
            this.keys = List.copyOf(keys);
        }

        @SuppressWarnings("unchecked")
        E item(int position) {
            return (E) items[position];
        }

        List<Map<String, int[]>> index() {
            List<Map<String, int[]>> made = index;
            if (made == null) {
                synchronized (this) {
                    made = index;
                    if (made == null) {
                        made = make();
                        index = made;
                    }
                }
            }
            return made;
        }

        private List<Map<String, int[]>> make() {
            List<Map<String, int[]>> made = new ArrayList<>();
            for (Function<? super E, String> key : keys) {
                Map<String, Slot> slots = new HashMap<>();
                for (int i = 0; i < items.length; i++) {
                    slots.computeIfAbsent(key.apply(item(i)), value -> new Slot()).filled++;
                }
                Map<String, int[]> positions = new HashMap<>(slots.size() * 2);
                slots.forEach((value, slot) -> {
                    slot.positions = new int[slot.filled];
                    slot.filled = 0;
                    positions.put(value, slot.positions);
                });
                for (int i = 0; i < items.length; i++) {
                    Slot slot = slots.get(key.apply(item(i)));
                    slot.positions[slot.filled++] = i;
                }
                made.add(positions);
            }
            return made;
        }
    }
}
