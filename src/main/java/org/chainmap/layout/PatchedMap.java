package org.chainmap.layout;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * An unmodifiable ordered map made from a flat one in time proportional to an edit (issue 17 item 9, decision 0071):
 * the flat map's entries but some keys, in their order, then a few entries put after them. Made again from itself it
 * stays one patch on the same flat entries, merged, until the patch passes {@link PatchedList#BOUND} keys: then it is
 * copied flat once, so that a look-up stays two hash look-ups and the memory bounded. Equal to, and hashed as, any
 * map of the same entries; iterates in the order described.
 *
 * @param <K> the keys
 * @param <V> the values
 */
final class PatchedMap<K, V> extends AbstractMap<K, V> {

    private final Flat<K, V> flat;
    /** Positions in the flat entries left out, ascending. */
    private final int[] removed;
    /** The entries put after the flat ones, in their order; none of their keys is a kept flat key. */
    private final Map<K, V> added;

    private PatchedMap(Flat<K, V> flat, int[] removed, Map<K, V> added) {
        this.flat = flat;
        this.removed = removed;
        this.added = added;
    }

    /** The entries of {@code entries}, in its order, as a flat map (copied). */
    static <K, V> PatchedMap<K, V> flat(Map<? extends K, ? extends V> entries) {
        return new PatchedMap<>(new Flat<>(entries), new int[0], Map.of());
    }

    /** Whether the two maps are patches on the same flat entries (sharing what is worked out from them). */
    boolean sharesFlatWith(PatchedMap<?, ?> other) {
        return flat == other.flat;
    }

    @Override
    public V get(Object key) {
        Flat.Slot<V> slot = flat.slots.get(key);
        if (slot != null && (removed.length == 0 || Arrays.binarySearch(removed, slot.at()) < 0)) {
            return slot.value();
        }
        return added.isEmpty() ? null : added.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return flatPosition(key) >= 0 || !added.isEmpty() && added.containsKey(key);
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int at = 0, skip = 0; at < flat.keys.length; at++) {
            if (skip < removed.length && removed[skip] == at) {
                skip++;
            } else {
                action.accept(flat.key(at), flat.value(at));
            }
        }
        added.forEach(action);
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return new Walk<>(flat::key, (key, value) -> key);
            }

            @Override
            public int size() {
                return PatchedMap.this.size();
            }

            @Override
            public boolean contains(Object key) {
                return containsKey(key);
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new Walk<>(flat::value, (key, value) -> value);
            }

            @Override
            public int size() {
                return PatchedMap.this.size();
            }
        };
    }

    @Override
    public int size() {
        return flat.keys.length - removed.length + added.size();
    }

    /** The key's position in this map's order, or -1. */
    int positionOf(Object key) {
        int at = flatPosition(key);
        if (at >= 0) {
            return removed.length == 0 ? at : PatchedList.toView(removed, at);
        }
        if (!added.containsKey(key)) {
            return -1;
        }
        int position = flat.keys.length - removed.length;
        for (K put : added.keySet()) {
            if (put.equals(key)) {
                return position;
            }
            position++;
        }
        throw new IllegalStateException();
    }

    /** The flat position of a kept key, or -1. */
    private int flatPosition(Object key) {
        Flat.Slot<V> slot = flat.slots.get(key);
        return slot == null || removed.length > 0 && Arrays.binarySearch(removed, slot.at()) >= 0 ? -1 : slot.at();
    }

    /**
     * This map without the keys {@code gone} (those it has not are ignored) and with the entries {@code more} put
     * after the others, in their order; flat if the patch would pass {@link PatchedList#BOUND} keys.
     *
     * @throws IllegalArgumentException if a key of {@code more} is still in the map
     */
    PatchedMap<K, V> patched(Collection<?> gone, Map<? extends K, ? extends V> more) {
        int[] inFlat = new int[gone.size()];
        int n = 0;
        for (Object key : gone) {
            int at = flatPosition(key);
            if (at >= 0) {
                inFlat[n++] = at;
            }
        }
        inFlat = Arrays.copyOf(inFlat, n);
        Arrays.sort(inFlat);
        int[] allRemoved = PatchedList.union(removed, inFlat);
        Map<K, V> nowAdded = new LinkedHashMap<>();
        added.forEach((key, value) -> {
            if (!gone.contains(key)) {
                nowAdded.put(key, value);
            }
        });
        for (Map.Entry<? extends K, ? extends V> entry : more.entrySet()) {
            Flat.Slot<V> slot = flat.slots.get(entry.getKey());
            boolean kept = slot != null && Arrays.binarySearch(allRemoved, slot.at()) < 0;
            if (kept || nowAdded.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("still in the map: " + entry.getKey());
            }
            nowAdded.put(entry.getKey(), entry.getValue());
        }
        PatchedMap<K, V> patched = new PatchedMap<>(flat, allRemoved, nowAdded);
        if (allRemoved.length + nowAdded.size() > PatchedList.BOUND) {
            return flat(patched);
        }
        return patched;
    }

    /**
     * What {@code maker} works out from the flat entries (this map without its patch, as a flat map), once per flat
     * entries and {@code kind}: shared by every patch on them.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(Object kind, Function<PatchedMap<K, V>, T> maker) {
        return (T) flat.derived.computeIfAbsent(kind, key -> maker.apply(new PatchedMap<>(flat, new int[0], Map.of())));
    }

    /** The entries put after the flat ones (a view). */
    Map<K, V> added() {
        return added;
    }

    /** Whether the key, kept in this map, comes from the flat entries (not put after them). */
    boolean isFlat(Object key) {
        return flatPosition(key) >= 0;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return entries();
            }

            @Override
            public int size() {
                return PatchedMap.this.size();
            }
        };
    }

    private Iterator<Map.Entry<K, V>> entries() {
        return new Walk<>(at -> new SimpleImmutableEntry<>(flat.key(at), flat.value(at)), SimpleImmutableEntry::new);
    }

    /**
     * A walk over the entries in order, giving for each what {@code ofFlat} makes of a flat position or {@code
     * ofAdded} of an entry put after them.
     */
    private final class Walk<T> implements Iterator<T> {
        private final IntFunction<T> ofFlat;
        private final BiFunction<K, V, T> ofAdded;
        private final Iterator<Map.Entry<K, V>> later = added.entrySet().iterator();
        private int next;
        private int skip;

        Walk(IntFunction<T> ofFlat, BiFunction<K, V, T> ofAdded) {
            this.ofFlat = ofFlat;
            this.ofAdded = ofAdded;
        }

        @Override
        public boolean hasNext() {
            while (skip < removed.length && removed[skip] == next) {
                skip++;
                next++;
            }
            return next < flat.keys.length || later.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (next < flat.keys.length) {
                return ofFlat.apply(next++);
            }
            Map.Entry<K, V> entry = later.next();
            return ofAdded.apply(entry.getKey(), entry.getValue());
        }
    }

    /** The flat entries, their keys' positions and what is worked out from them, shared by every patch on them. */
    private static final class Flat<K, V> {
        final Object[] keys;
        final Object[] values;
        /** Each key's position and value: a look-up is one hash look-up, no boxed position. */
        final Map<Object, Slot<V>> slots;

        final Map<Object, Object> derived = new ConcurrentHashMap<>();

        Flat(Map<? extends K, ? extends V> entries) {
            keys = new Object[entries.size()];
            values = new Object[entries.size()];
            slots = new HashMap<>(entries.size() * 2);
            int i = 0;
            for (Map.Entry<? extends K, ? extends V> entry : entries.entrySet()) {
                keys[i] = entry.getKey();
                values[i] = entry.getValue();
                slots.put(entry.getKey(), new Slot<>(i++, entry.getValue()));
            }
        }

        /** A key's position among the flat entries, and its value. */
        record Slot<V>(int at, V value) {}

        @SuppressWarnings("unchecked")
        K key(int at) {
            return (K) keys[at];
        }

        @SuppressWarnings("unchecked")
        V value(int at) {
            return (V) values[at];
        }
    }
}
