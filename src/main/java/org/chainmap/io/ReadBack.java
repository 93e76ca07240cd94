package org.chainmap.io;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.chainmap.model.Extras;
import org.chainmap.model.Keyword;
import org.chainmap.model.Problem;
import org.chainmap.model.Provenance;
import org.chainmap.model.RegionMap;

/**
 * The check before a save: the bytes written for a map must read back as that very map. When they do not, it
 * names the first place that differs as a JSON path of the file ({@code $.enterprises[3].name}), or the
 * reason they cannot be read at all, so that the user knows which field keeps the map from being saved.
 *
 * <p>The document's records are compared part by part, in the order of their components, which is the order
 * of the file; a record's unknown fields ({@link Extras}) and its provenance stand in the file beside its own
 * fields, and their paths say so.
 */
final class ReadBack {

    private ReadBack() {}

    /** Where {@code bytes}, written for {@code map}, would not read back as {@code map}; empty when they do. */
    static Optional<String> firstDifference(RegionMap map, byte[] bytes) {
        LoadResult back = MapReader.readBack(bytes);
        if (back.map().isEmpty()) {
            Problem first = back.errors().isEmpty() ? null : back.errors().get(0);
            if (first == null) {
                return Optional.of(JsonPath.ROOT);
            }
            // A fault of the JSON has a line in bytes the user never sees: name the field, where it can be found.
            String at = first.key().equals("json.limit.string")
                    ? longText(JsonPath.ROOT, map).orElse(null)
                    : null;
            return Optional.of(at != null ? at + ": " + first.message(Locale.ENGLISH) : first.describe(Locale.ENGLISH));
        }
        RegionMap read = back.map().get();
        return map.equals(read) ? Optional.empty() : difference(JsonPath.ROOT, map, read);
    }

    /** The first place where {@code a} and {@code b} differ, the parts of {@code path}. */
    static Optional<String> difference(String path, Object a, Object b) {
        if (Objects.equals(a, b)) {
            return Optional.empty();
        }
        if (a == null || b == null) {
            return Optional.of(path);
        }
        if (a instanceof Optional<?> first) {
            return difference(path, first.orElse(null), ((Optional<?>) b).orElse(null));
        }
        if (a instanceof Extras first) {
            return difference(path, first.fields(), ((Extras) b).fields());
        }
        if (a instanceof List<?> first && b instanceof List<?> second) {
            for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
                Optional<String> found = difference(JsonPath.element(path, i), first.get(i), second.get(i));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.of(JsonPath.element(path, Math.min(first.size(), second.size())));
        }
        if (a instanceof Map<?, ?> first && b instanceof Map<?, ?> second) {
            Set<Object> keys = new LinkedHashSet<>(first.keySet());
            keys.addAll(second.keySet());
            for (Object key : keys) {
                String name = key instanceof Keyword keyword ? keyword.id() : String.valueOf(key);
                Optional<String> found = difference(JsonPath.field(path, name), first.get(key), second.get(key));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.of(path); // the same entries in another order
        }
        if (a.getClass() != b.getClass()) {
            return Optional.of(path);
        }
        if (a instanceof RegionMap first) {
            RegionMap second = (RegionMap) b;
            return firstOf(
                    () -> difference(JsonPath.field(path, "region"), first.region(), second.region()),
                    () -> difference(JsonPath.field(path, "analysis"), first.analysis(), second.analysis()),
                    () -> difference(JsonPath.field(path, "chains"), first.chains(), second.chains()),
                    () -> difference(JsonPath.field(path, "enterprises"), first.enterprises(), second.enterprises()),
                    () -> difference(JsonPath.field(path, "links"), first.links(), second.links()),
                    () -> difference(JsonPath.field(path, "targets"), first.targets(), second.targets()),
                    () -> difference(JsonPath.field(path, "presentation"), first.presentation(), second.presentation()),
                    () -> difference(path, first.extra(), second.extra()));
        }
        if (a instanceof Record) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                Object first = value(component, a);
                Object second = value(component, b);
                boolean besideOwnFields = first instanceof Extras || first instanceof Provenance;
                String at = besideOwnFields ? path : JsonPath.field(path, component.getName());
                Optional<String> found = difference(at, first, second);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.of(path);
        }
        return Optional.of(path);
    }

    /** The path of the first text in {@code value} longer than a map file may hold. */
    static Optional<String> longText(String path, Object value) {
        if (value instanceof String text) {
            return text.length() > MapReader.MAX_STRING ? Optional.of(path) : Optional.empty();
        }
        if (value instanceof Optional<?> optional) {
            return longText(path, optional.orElse(null));
        }
        if (value instanceof Extras extras) {
            return longText(path, extras.fields());
        }
        if (value instanceof RegionMap map) {
            return Stream.of(
                            longText(JsonPath.field(path, "region"), map.region()),
                            longText(JsonPath.field(path, "chains"), map.chains()),
                            longText(JsonPath.field(path, "enterprises"), map.enterprises()),
                            longText(JsonPath.field(path, "links"), map.links()),
                            longText(JsonPath.field(path, "targets"), map.targets()),
                            longText(JsonPath.field(path, "presentation"), map.presentation()),
                            longText(path, map.extra()))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        if (value instanceof Record) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object part = value(component, value);
                boolean besideOwnFields = part instanceof Extras || part instanceof Provenance;
                Optional<String> found =
                        longText(besideOwnFields ? path : JsonPath.field(path, component.getName()), part);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> found = longText(JsonPath.element(path, i), list.get(i));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = entry.getKey();
                String name = key instanceof Keyword keyword ? keyword.id() : String.valueOf(key);
                Optional<String> found = longText(JsonPath.field(path, name), entry.getValue());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's accessor cannot be called: " + component, e);
        }
    }

    @SafeVarargs
    private static Optional<String> firstOf(java.util.function.Supplier<Optional<String>>... parts) {
        List<java.util.function.Supplier<Optional<String>>> all = new ArrayList<>(List.of(parts));
        for (java.util.function.Supplier<Optional<String>> part : all) {
            Optional<String> found = part.get();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.of(JsonPath.ROOT);
    }
}
