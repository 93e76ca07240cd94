package org.chainmap.render;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.chainmap.model.Enterprise;

/**
 * The drawn firms of a painter made from the one before after edits, by id: the map of the painter made whole, shared,
 * under a small layer of the firms the edits since changed ({@code null}: no longer drawn). An edit costs its few
 * firms, not a copy of every drawn firm (28,216 cards and their markers on the largest chain of 100,000 firms, issue
 * 17 item 9); past {@link #FLATTEN} changed firms the layer is folded into a new map. Immutable, read-only.
 */
final class DrawnFirms extends AbstractMap<String, Enterprise> {

    /** Beyond this many firms in the layer, a new map of all of them is made. */
    static final int FLATTEN = 512;

    private final Map<String, Enterprise> base;
    private final Map<String, Enterprise> layer;
    private int size = -1;

    private DrawnFirms(Map<String, Enterprise> base, Map<String, Enterprise> layer) {
        this.base = base;
        this.layer = layer;
    }

    /**
     * {@code before} (a map never changed after it was made) with the firms {@code changes} gives, by id, drawn as
     * they are, or no longer drawn where {@code null}; {@code before} itself when nothing changed.
     */
    static Map<String, Enterprise> with(Map<String, Enterprise> before, Map<String, Enterprise> changes) {
        boolean same = true;
        for (Map.Entry<String, Enterprise> change : changes.entrySet()) {
            same &= before.get(change.getKey()) == change.getValue();
        }
        if (same) {
            return before;
        }
        Map<String, Enterprise> base = before instanceof DrawnFirms drawn ? drawn.base : before;
        Map<String, Enterprise> layer =
                before instanceof DrawnFirms drawn ? new HashMap<>(drawn.layer) : new HashMap<>();
        layer.putAll(changes);
        if (layer.size() <= FLATTEN) {
            return new DrawnFirms(base, layer);
        }
        Map<String, Enterprise> flat = new HashMap<>(base);
        layer.forEach((id, firm) -> {
            if (firm == null) {
                flat.remove(id);
            } else {
                flat.put(id, firm);
            }
        });
        return flat;
    }

    @Override
    public Enterprise get(Object id) {
        Enterprise firm = layer.get(id);
        return firm != null || layer.containsKey(id) ? firm : base.get(id);
    }

    @Override
    public boolean containsKey(Object id) {
        return get(id) != null;
    }

    @Override
    public int size() {
        if (size < 0) {
            int n = base.size();
            for (Map.Entry<String, Enterprise> change : layer.entrySet()) {
                boolean was = base.containsKey(change.getKey());
                n += change.getValue() != null && !was ? 1 : change.getValue() == null && was ? -1 : 0;
            }
            size = n;
        }
        return size;
    }

    @Override
    public Set<Map.Entry<String, Enterprise>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return DrawnFirms.this.size();
            }

            @Override
            public Iterator<Map.Entry<String, Enterprise>> iterator() {
                return new Entries();
            }
        };
    }

    /** The base's entries the layer does not change, then the layer's drawn firms. */
    private final class Entries implements Iterator<Map.Entry<String, Enterprise>> {
        private final Iterator<Map.Entry<String, Enterprise>> ofBase =
                base.entrySet().iterator();
        private final Iterator<Map.Entry<String, Enterprise>> ofLayer =
                layer.entrySet().iterator();
        private Map.Entry<String, Enterprise> next = advance();

        private Map.Entry<String, Enterprise> advance() {
            while (ofBase.hasNext()) {
                Map.Entry<String, Enterprise> entry = ofBase.next();
                if (!layer.containsKey(entry.getKey())) {
                    return Map.entry(entry.getKey(), entry.getValue());
                }
            }
            while (ofLayer.hasNext()) {
                Map.Entry<String, Enterprise> entry = ofLayer.next();
                if (entry.getValue() != null) {
                    return Map.entry(entry.getKey(), entry.getValue());
                }
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<String, Enterprise> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Map.Entry<String, Enterprise> entry = next;
            next = advance();
            return entry;
        }
    }
}
