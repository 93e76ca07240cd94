package org.chainmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a file object that ChainMap does not know, kept so that they survive a round trip.
 *
 * <p>Each value is held as compact JSON text: the model does not interpret it, and the {@code io}
 * package writes it back where it came from. Fields keep their order.
 */
public final class Extras {

    /** No unknown fields. */
    public static final Extras NONE = new Extras(Map.of());

    private final Map<String, String> fields;

    private Extras(Map<String, String> fields) {
        this.fields = fields;
    }

    /** Extras holding {@code fields} (name to compact JSON text), in the map's iteration order. */
    public static Extras of(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return NONE;
        }
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((name, json) -> copy.put(Objects.requireNonNull(name), Objects.requireNonNull(json)));
        return new Extras(Collections.unmodifiableMap(copy));
    }

    /** Field name to compact JSON text, in file order. */
    public Map<String, String> fields() {
        return fields;
    }

    /** Whether there are no unknown fields. */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Extras extras && fields.equals(extras.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "Extras" + fields;
    }
}
