package org.chainmap.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of one small JSON object, in file order, as two short arrays: what an {@code ObjectNode} of a firm
 * or a link holds instead of a {@link LinkedHashMap} (an entry, a hash table and its resizes for a dozen fields,
 * a hundred thousand times over). A map like any other: looked up by comparing names (those of a parser are
 * interned, so mostly by identity), and past {@link #MOST} fields it moves into a {@link LinkedHashMap} so
 * that a large object is not searched field by field.
 */
final class FewFields extends AbstractMap<String, JsonNode> {

    /** The most fields kept in the arrays. */
    static final int MOST = 16;

    private String[] names = new String[8];
    private JsonNode[] values = new JsonNode[8];
    private int size;
    /** The fields once there are more than {@link #MOST}; {@code null} until then. */
    private Map<String, JsonNode> large;

    @Override
    public int size() {
        return large != null ? large.size() : size;
    }

    @Override
    public JsonNode get(Object name) {
        if (large != null) {
            return large.get(name);
        }
        int at = indexOf(name);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object name) {
        return large != null ? large.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        if (large != null) {
            return large.put(name, value);
        }
        int at = indexOf(name);
        if (at >= 0) {
            JsonNode before = values[at];
            values[at] = value;
            return before;
        }
        if (size == MOST) {
            large = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                large.put(names[i], values[i]);
            }
            large.put(name, value);
            names = null;
            values = null;
            return null;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        if (large != null) {
            return large.remove(name);
        }
        int at = indexOf(name);
        if (at < 0) {
            return null;
        }
        JsonNode before = values[at];
        removeAt(at);
        return before;
    }

    @Override
    public void clear() {
        if (large != null) {
            large.clear();
            return;
        }
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return large != null ? large.entrySet() : new Entries();
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int at) {
        System.arraycopy(names, at + 1, names, at, size - at - 1);
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
        names[size] = null;
        values[size] = null;
    }

    /** The fields as entries, in file order; each entry writes through. */
    private final class Entries extends AbstractSet<Map.Entry<String, JsonNode>> {

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Map.Entry<String, JsonNode>> iterator() {
            return new Iterator<>() {
                private int next;
                private boolean removable;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Map.Entry<String, JsonNode> next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    removable = true;
                    return new Field(next++);
                }

                @Override
                public void remove() {
                    if (!removable) {
                        throw new IllegalStateException();
                    }
                    removable = false;
                    removeAt(--next);
                }
            };
        }
    }

    /** Field {@code at}: its name and value as they are now. */
    private final class Field implements Map.Entry<String, JsonNode> {

        private final int at;

        Field(int at) {
            this.at = at;
        }

        @Override
        public String getKey() {
            return names[at];
        }

        @Override
        public JsonNode getValue() {
            return values[at];
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            JsonNode before = values[at];
            values[at] = value;
            return before;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Map.Entry<?, ?> entry
                    && getKey().equals(entry.getKey())
                    && Objects.equals(getValue(), entry.getValue());
        }

        @Override
        public int hashCode() {
            return getKey().hashCode() ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
