package org.chainmap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.chainmap.model.Extras;
import org.chainmap.model.Keyword;
import org.chainmap.model.Localizable;
import org.chainmap.model.Problem;

/**
 * Reads the fields of one JSON object of a map file, checking their types and recording a problem for
 * each that is wrong; remembers which fields it read so that the rest can be kept as {@link Extras}.
 *
 * <p>Getters never throw: a missing required field or a value of the wrong type is recorded and the
 * getter returns {@code null} (or the default), so that reading goes on and finds every problem at once.
 *
 * <p>Built once per object of a file (hundreds of thousands for a large region), so it is kept light: the
 * names read are a small array, and the path of an array element is made only when something needs it
 * (almost always a problem).
 */
final class FieldReader {

    private final JsonNode object;
    private final List<Problem> problems;
    /** The path of this object, or {@code null} until asked for when it is element {@link #index} of an array. */
    private String path;

    private final String arrayPath;
    private final int index;
    /** The names of the fields read so far: the first {@link #readCount} elements. */
    private String[] read = new String[FIELDS];

    private int readCount;
    /** How many of the names read are fields of the object: when all of them are, there are no extras. */
    private int readPresent;

    /** The room made at first for the names read: a firm's reader asks for about twenty. */
    private static final int FIELDS = 24;

    /** The kinds of JSON value, as problem messages name them. */
    enum ValueType implements Localizable {
        OBJECT,
        ARRAY,
        STRING,
        BOOLEAN,
        INTEGER,
        NUMBER,
        NULL;

        @Override
        public String messageKey() {
            return "type." + name().toLowerCase(java.util.Locale.ROOT);
        }

        static ValueType of(JsonNode node) {
            JsonNodeType type = node.getNodeType();
            return switch (type) {
                case OBJECT, POJO -> OBJECT;
                case ARRAY -> ARRAY;
                case BOOLEAN -> BOOLEAN;
                case NUMBER -> node.isIntegralNumber() ? INTEGER : NUMBER;
                case NULL, MISSING -> NULL;
                default -> STRING;
            };
        }
    }

    FieldReader(JsonNode object, String path, List<Problem> problems) {
        this(object, path, null, -1, problems);
    }

    private FieldReader(JsonNode object, String path, String arrayPath, int index, List<Problem> problems) {
        this.object = object;
        this.path = path;
        this.arrayPath = arrayPath;
        this.index = index;
        this.problems = problems;
    }

    /** The path of this object. */
    String path() {
        if (path == null) {
            path = JsonPath.element(arrayPath, index);
        }
        return path;
    }

    /** The path of one of this object's fields. */
    String pathOf(String name) {
        return JsonPath.field(path(), name);
    }

    /** A text field that must be present and not empty; {@code null} (recorded) when it is not. */
    String requiredText(String name) {
        JsonNode node = take(name);
        if (node == null) {
            problems.add(Problem.error(pathOf(name), "field.required", name));
            return null;
        }
        if (!isType(node, name, ValueType.STRING)) {
            return null;
        }
        if (node.textValue().isBlank()) {
            problems.add(Problem.error(pathOf(name), "field.empty", name));
        }
        return node.textValue();
    }

    /** An optional text field; {@code null} when absent, empty or of the wrong type (recorded). */
    String text(String name) {
        JsonNode node = take(name);
        if (node == null || !isType(node, name, ValueType.STRING)) {
            return null;
        }
        return node.textValue().isEmpty() ? null : node.textValue();
    }

    /** An optional text field as written, "" included; {@code null} when absent or not a string (recorded). */
    String textAsWritten(String name) {
        JsonNode node = take(name);
        if (node == null || !isType(node, name, ValueType.STRING)) {
            return null;
        }
        return node.textValue();
    }

    /** A required boolean field; {@code false} (recorded) when absent or of the wrong type. */
    boolean requiredBoolean(String name) {
        JsonNode node = take(name);
        if (node == null) {
            problems.add(Problem.error(pathOf(name), "field.required", name));
            return false;
        }
        return isType(node, name, ValueType.BOOLEAN) && node.booleanValue();
    }

    /** An optional boolean field. */
    boolean bool(String name, boolean absent) {
        JsonNode node = take(name);
        if (node == null || !isType(node, name, ValueType.BOOLEAN)) {
            return absent;
        }
        return node.booleanValue();
    }

    /** An optional whole number; {@code null} when absent or not a whole number within long range (recorded). */
    Long whole(String name) {
        JsonNode node = take(name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(Problem.error(pathOf(name), "field.type", name, ValueType.INTEGER, ValueType.of(node)));
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue(); // what the general way below gives, without a BigDecimal
        }
        BigDecimal value = node.decimalValue();
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            boolean fraction = value.stripTrailingZeros().scale() > 0;
            problems.add(Problem.error(pathOf(name), fraction ? "number.whole" : "number.range", name, node.asText()));
            return null;
        }
    }

    /** An optional whole number that fits an int; {@code null} when absent or wrong (recorded). */
    Integer integer(String name) {
        JsonNode node = object.get(name);
        Long value = whole(name);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            problems.add(Problem.error(pathOf(name), "number.range", name, node.asText()));
            return null;
        }
        return value.intValue();
    }

    /**
     * A number that must be present, whole or not; {@code null} (recorded) when absent or not a number. A
     * number too large for a double reads as an infinity, for the validator to report.
     */
    Double requiredNumber(String name) {
        JsonNode node = take(name);
        if (node == null) {
            problems.add(Problem.error(pathOf(name), "field.required", name));
            return null;
        }
        if (!node.isNumber()) {
            problems.add(Problem.error(pathOf(name), "field.type", name, ValueType.NUMBER, ValueType.of(node)));
            return null;
        }
        return node.doubleValue();
    }

    /** An optional number, whole or not; {@code null} when absent or not a number (recorded). */
    Double number(String name) {
        JsonNode node = take(name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(Problem.error(pathOf(name), "field.type", name, ValueType.NUMBER, ValueType.of(node)));
            return null;
        }
        return node.doubleValue();
    }

    /** A whole number that must be present and fit an int; {@code null} (recorded) when absent or wrong. */
    Integer requiredInteger(String name) {
        if (!present(name)) {
            take(name);
            problems.add(Problem.error(pathOf(name), "field.required", name));
            return null;
        }
        return integer(name);
    }

    /** An optional keyword such as a role; {@code null} when absent or unknown (recorded). */
    <E extends Enum<E> & Keyword> E keyword(String name, Class<E> type) {
        JsonNode node = take(name);
        if (node == null || !isType(node, name, ValueType.STRING)) {
            return null;
        }
        Optional<E> value = Keyword.parse(type, node.textValue());
        if (value.isEmpty()) {
            Localizable what = () -> "keyword." + name;
            problems.add(Problem.error(pathOf(name), "keyword.unknown", what, node.textValue(), Keyword.choices(type)));
            return null;
        }
        return value.get();
    }

    /** A keyword that must be present; {@code null} when absent (recorded) or unknown (recorded). */
    <E extends Enum<E> & Keyword> E requiredKeyword(String name, Class<E> type) {
        if (!present(name)) {
            take(name);
            problems.add(Problem.error(pathOf(name), "field.required", name));
            return null;
        }
        return keyword(name, type);
    }

    /** An array field that must be present (it may be empty). */
    void requireArray(String name) {
        if (!present(name)) {
            problems.add(Problem.error(pathOf(name), "field.required", name));
        }
    }

    /** An optional array of strings; empty when absent, wrong elements skipped (recorded). */
    List<String> texts(String name) {
        List<String> values = new ArrayList<>();
        forEachElement(name, ValueType.STRING, (element, arrayPath, i) -> values.add(element.textValue()));
        return values;
    }

    /** An optional object field, or {@code null} when absent or not an object (recorded). */
    FieldReader object(String name) {
        JsonNode node = take(name);
        if (node == null || !isType(node, name, ValueType.OBJECT)) {
            return null;
        }
        return new FieldReader(node, pathOf(name), problems);
    }

    /**
     * Reads each object of an array field with {@code reader}; elements that are not objects, or for which
     * {@code reader} returns {@code null}, are left out (their problems recorded).
     */
    <T> List<T> objects(String name, Function<FieldReader, T> reader) {
        List<T> values = new ArrayList<>();
        forEachElement(name, ValueType.OBJECT, (element, arrayPath, i) -> {
            T value = reader.apply(new FieldReader(element, null, arrayPath, i, problems));
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }

    /**
     * Reads element {@code index} of the array field {@code name} at {@code arrayPath} as {@link #objects} reads
     * each: with {@code reader} when it is an object, else recording that it is not. For an array read as a
     * stream, one element at a time ({@link BulkArray}).
     *
     * @return what {@code reader} gave, or {@code null} when the element is not an object
     */
    static <T> T element(
            String name,
            String arrayPath,
            JsonNode element,
            int index,
            List<Problem> problems,
            Function<FieldReader, T> reader) {
        if (ValueType.of(element) != ValueType.OBJECT) {
            problems.add(Problem.error(
                    JsonPath.element(arrayPath, index),
                    "field.type",
                    name + "[" + index + "]",
                    ValueType.OBJECT,
                    ValueType.of(element)));
            return null;
        }
        return reader.apply(new FieldReader(element, null, arrayPath, index, problems));
    }

    /**
     * Reads an object field whose own fields are keyed by id, each value an object read with {@code reader},
     * in file order; values that are not objects, or for which {@code reader} returns {@code null}, are left
     * out (their problems recorded). Empty when the field is absent or not an object (recorded).
     */
    <T> Map<String, T> entries(String name, Function<FieldReader, T> reader) {
        Map<String, T> values = new LinkedHashMap<>();
        FieldReader map = object(name);
        if (map == null) {
            return values;
        }
        for (Map.Entry<String, JsonNode> entry : map.object.properties()) {
            map.markRead(entry.getKey());
            if (ValueType.of(entry.getValue()) != ValueType.OBJECT) {
                problems.add(Problem.error(
                        map.pathOf(entry.getKey()),
                        "field.type",
                        entry.getKey(),
                        ValueType.OBJECT,
                        ValueType.of(entry.getValue())));
                continue;
            }
            T value = reader.apply(new FieldReader(entry.getValue(), map.pathOf(entry.getKey()), problems));
            if (value != null) {
                values.put(entry.getKey(), value);
            }
        }
        return values;
    }

    /**
     * An optional object whose fields are whole numbers that fit an int (counts by name), in file order; empty
     * when absent, wrong values left out (recorded).
     */
    Map<String, Integer> integers(String name) {
        Map<String, Integer> values = new LinkedHashMap<>();
        FieldReader map = object(name);
        if (map == null) {
            return values;
        }
        for (Map.Entry<String, JsonNode> entry : map.object.properties()) {
            Integer value = map.integer(entry.getKey());
            if (value != null) {
                values.put(entry.getKey(), value);
            }
        }
        return values;
    }

    /** Marks a field as read by the caller, so that it is not kept as unknown. */
    void markRead(String name) {
        markRead(name, object.get(name));
    }

    /** Marks field {@code name}, whose value is {@code node} ({@code null} when absent), as read. */
    private void markRead(String name, JsonNode node) {
        if (!wasRead(name)) {
            if (readCount == read.length) {
                read = Arrays.copyOf(read, readCount * 2);
            }
            read[readCount++] = name;
            if (node != null) {
                readPresent++;
            }
        }
    }

    private boolean wasRead(String name) {
        for (int i = 0; i < readCount; i++) {
            if (read[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the object has a field of this name whose value is not null. */
    boolean present(String name) {
        JsonNode node = object.get(name);
        return node != null && !node.isNull();
    }

    /** The fields not read so far, kept as compact JSON; each noted as unknown. */
    Extras extras(ObjectMapper mapper) {
        if (readPresent == object.size()) {
            return Extras.NONE; // every field was read: the usual case, seen without going through them
        }
        Map<String, String> extra = null;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!wasRead(field.getKey())) {
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
                extra.put(field.getKey(), compact(mapper, field.getValue()));
                problems.add(Problem.note(pathOf(field.getKey()), "field.unknown", field.getKey()));
            }
        }
        return extra == null ? Extras.NONE : Extras.of(extra);
    }

    private interface ElementVisitor {
        /** Visits element {@code index} of the array at {@code arrayPath}. */
        void visit(JsonNode element, String arrayPath, int index);
    }

    private void forEachElement(String name, ValueType elementType, ElementVisitor visitor) {
        JsonNode node = take(name);
        if (node == null || !isType(node, name, ValueType.ARRAY)) {
            return;
        }
        String arrayPath = null;
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (ValueType.of(element) != elementType) {
                arrayPath = arrayPath == null ? pathOf(name) : arrayPath;
                problems.add(Problem.error(
                        JsonPath.element(arrayPath, i),
                        "field.type",
                        name + "[" + i + "]",
                        elementType,
                        ValueType.of(element)));
            } else {
                if (arrayPath == null && elementType == ValueType.OBJECT) {
                    arrayPath = pathOf(name);
                }
                visitor.visit(element, arrayPath, i);
            }
        }
    }

    /** The field's value, marked as read; {@code null} when absent or JSON null. */
    private JsonNode take(String name) {
        JsonNode node = object.get(name);
        markRead(name, node);
        return node == null || node.isNull() ? null : node;
    }

    private boolean isType(JsonNode node, String name, ValueType expected) {
        if (ValueType.of(node) == expected) {
            return true;
        }
        problems.add(Problem.error(pathOf(name), "field.type", name, expected, ValueType.of(node)));
        return false;
    }

    private static String compact(ObjectMapper mapper, JsonNode value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON value cannot be written back", e);
        }
    }
}
