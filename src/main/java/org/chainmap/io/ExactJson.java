package org.chainmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * JSON read as a tree in which every number keeps the text it was written with: {@code 1e-400}, a 34-digit
 * decimal or {@code -0} write back as they were read, where a tree of doubles would round them (and a map
 * holding one in a field ChainMap does not know could then never be saved: its bytes would not read back the
 * same). Numbers ChainMap reads itself are taken from the same nodes, exactly.
 */
final class ExactJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ExactJson() {}

    /** A number node that writes the text it was read from, and gives its value exactly. */
    static final class ExactNumber extends NumericNode {

        private static final long serialVersionUID = 1L;

        private final BigDecimal value;
        private final String text;

        ExactNumber(BigDecimal value, String text) {
            this.value = value;
            this.text = text;
        }

        @Override
        public JsonToken asToken() {
            return JsonToken.VALUE_NUMBER_FLOAT;
        }

        @Override
        public JsonParser.NumberType numberType() {
            return JsonParser.NumberType.BIG_DECIMAL;
        }

        @Override
        public boolean isFloatingPointNumber() {
            return true;
        }

        @Override
        public boolean isBigDecimal() {
            return true;
        }

        @Override
        public Number numberValue() {
            return value;
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public BigDecimal decimalValue() {
            return value;
        }

        @Override
        public BigInteger bigIntegerValue() {
            return value.toBigInteger();
        }

        @Override
        public boolean canConvertToInt() {
            return value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                    && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
        }

        @Override
        public boolean canConvertToLong() {
            return value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
                    && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        }

        @Override
        public String asText() {
            return text;
        }

        @Override
        public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(text);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExactNumber number && text.equals(number.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    /**
     * The one JSON value in {@code bytes}; {@code null} when there is none (empty or blank input).
     *
     * @throws IOException if the bytes are not one JSON value, or break a limit of {@code factory}
     */
    static JsonNode read(JsonFactory factory, byte[] bytes) throws IOException {
        try (JsonParser parser = factory.createParser(bytes)) {
            return read(parser);
        }
    }

    /** What is done with each element of an array that is read as a stream rather than kept in the tree. */
    interface ElementSink {
        /** Takes element {@code index} of the array, once it is whole. */
        void element(JsonNode element, int index);

        /**
         * Reads element {@code index} of the array, which starts at {@code token}, straight from the parser,
         * its strings from {@code pool}; or returns {@code false} at once, having read nothing, for the element to
         * be made a tree and given to {@link #element(JsonNode, int)}.
         *
         * @throws NotPlain when the element cannot be read so (the file is then to be read with trees)
         */
        default boolean element(JsonParser parser, JsonToken token, int index, TextPool pool) throws IOException {
            return false;
        }
    }

    /**
     * An element of a streamed array that its sink does not read straight from the parser (a field of the wrong
     * type, unknown or repeated, a value the reader would report): the file is to be read again with a tree per
     * element, which finds what is wrong with it, if anything, and says it as always.
     */
    static final class NotPlain extends IOException {

        private static final long serialVersionUID = 1L;

        /** What is not plain, for a reader of the code. */
        NotPlain(String what) {
            super(what);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a signal, not a fault: no trace to make
        }
    }

    /**
     * The one JSON value in {@code bytes}, as {@link #read(JsonFactory, byte[])} gives it, except that the
     * elements of each array field of the root object named in {@code streamed} go to its sink one by one as
     * soon as each is read, and the tree holds an empty array in that field's place. A large map's firms and
     * links are then never a tree all at once: each element's tree is garbage as soon as its record is made,
     * which is most of what reading a large map allocated and kept (docs/decisions/0030-start-and-read-path.md).
     *
     * @throws IOException if the bytes are not one JSON value, or break a limit of {@code factory}
     */
    static JsonNode read(JsonFactory factory, byte[] bytes, Map<String, ElementSink> streamed) throws IOException {
        try (JsonParser parser = factory.createParser(bytes)) {
            return read(parser, streamed, bytes.length);
        } catch (RepeatedField e) {
            // A streamed element repeats a field: the whole file read as a tree fails on it with the parser's own
            // words and place, those of every other repeated field.
            read(factory, bytes);
            throw new JsonParseException((JsonParser) null, "Duplicate field '" + e.name + "'", e.where);
        }
    }

    /**
     * A field repeated within an element of a streamed array, which the parser was not asked to find there
     * ({@link #quiet}); found by {@link #tree} instead.
     */
    private static final class RepeatedField extends IOException {

        private static final long serialVersionUID = 1L;

        private final String name;
        private final transient JsonLocation where;

        RepeatedField(String name, JsonLocation where) {
            super("Duplicate field '" + name + "'");
            this.name = name;
            this.where = where;
        }
    }

    /** The one JSON value in {@code text}; {@code null} when there is none. */
    static JsonNode read(JsonFactory factory, String text) throws IOException {
        try (JsonParser parser = factory.createParser(text)) {
            return read(parser);
        }
    }

    private static JsonNode read(JsonParser parser) throws IOException {
        return read(parser, Map.of(), 0);
    }

    private static JsonNode read(JsonParser parser, Map<String, ElementSink> streamed, int bytes) throws IOException {
        try {
            return readValue(parser, streamed, bytes);
        } catch (StreamConstraintsException e) {
            // The parser gives a limit no place: it is where the parser stands, or the value it was reading.
            JsonToken at = parser.currentToken();
            JsonLocation where =
                    at != null && at.isScalarValue() ? parser.currentTokenLocation() : parser.currentLocation();
            throw new StreamConstraintsException(e.getOriginalMessage(), where);
        }
    }

    private static JsonNode readValue(JsonParser parser, Map<String, ElementSink> streamed, int bytes)
            throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        JsonNode root = token == JsonToken.START_OBJECT && !streamed.isEmpty()
                ? streamedObject(parser, streamed, bytes)
                : tree(parser, token, null);
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after value");
        }
        return root;
    }

    /**
     * The object whose start the parser has just read, with the elements of the array fields named in
     * {@code streamed} handed to their sinks instead of kept.
     */
    private static JsonNode streamedObject(JsonParser parser, Map<String, ElementSink> streamed, int bytes)
            throws IOException {
        ObjectNode object = NODES.objectNode();
        TextPool pool = new TextPool(bytes);
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            if (next == null) {
                throw new JsonParseException(parser, "Unexpected end-of-input: the file ends inside a value");
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == null) {
                throw new JsonParseException(parser, "Unexpected end-of-input: the file ends inside a value");
            }
            ElementSink sink = streamed.get(name);
            if (sink == null || value != JsonToken.START_ARRAY) {
                object.set(name, tree(parser, value, null));
                continue;
            }
            boolean repeats = parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
            int index = 0;
            for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                if (element == null) {
                    throw new JsonParseException(parser, "Unexpected end-of-input: the file ends inside a value");
                }
                JsonReadContext quiet = repeats && element == JsonToken.START_OBJECT ? quiet(parser) : null;
                DupDetector detector = quiet == null ? null : quiet.getDupDetector();
                if (quiet != null) {
                    quiet.withDupDetector(null);
                }
                if (!sink.element(parser, element, index, pool)) {
                    sink.element(tree(parser, element, pool, repeats), index);
                }
                index++;
                if (quiet != null) {
                    quiet.withDupDetector(detector); // the parser reuses the context for later objects
                }
            }
            object.set(name, NODES.arrayNode());
        }
        return object;
    }

    /**
     * The value that starts at {@code token}, built without recursion (the parser limits the depth anyway). With a
     * {@code pool}, the element of a streamed array: its strings are the pool's, and its objects keep their fields
     * in {@link FewFields}; the tree is the same JSON either way.
     */
    private static JsonNode tree(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        return tree(parser, token, pool, false);
    }

    /**
     * The context of the object the parser has just started, to read without the parser's own search for repeated
     * fields: a set of names for each of a hundred thousand small objects, where {@link FewFields} finds a repeat
     * by the way. {@code null} when the parser keeps its contexts otherwise.
     */
    private static JsonReadContext quiet(JsonParser parser) {
        return parser.getParsingContext() instanceof JsonReadContext context ? context : null;
    }

    /** {@link #tree(JsonParser, JsonToken, TextPool)}, failing on a repeated field when {@code repeats}. */
    private static JsonNode tree(JsonParser parser, JsonToken token, TextPool pool, boolean repeats)
            throws IOException {
        if (!token.isStructStart()) {
            return scalar(parser, token, pool);
        }
        Deque<JsonNode> open = new ArrayDeque<>(8);
        JsonNode root = token == JsonToken.START_OBJECT ? object(pool) : NODES.arrayNode();
        open.push(root);
        while (!open.isEmpty()) {
            JsonToken next = parser.nextToken();
            if (next == null) {
                throw new JsonParseException(parser, "Unexpected end-of-input: the file ends inside a value");
            }
            if (next.isStructEnd()) {
                open.pop();
                continue;
            }
            String name = null;
            if (next == JsonToken.FIELD_NAME) {
                name = parser.currentName();
                next = parser.nextToken();
            }
            JsonNode value = next == JsonToken.START_OBJECT
                    ? object(pool)
                    : next == JsonToken.START_ARRAY ? NODES.arrayNode() : scalar(parser, next, pool);
            JsonNode parent = open.peek();
            if (parent instanceof ObjectNode object) {
                if (repeats && object.has(name)) {
                    throw new RepeatedField(name, parser.currentLocation());
                }
                object.set(name, value);
            } else {
                ((ArrayNode) parent).add(value);
            }
            if (next.isStructStart()) {
                open.push(value);
            }
        }
        return root;
    }

    private static ObjectNode object(TextPool pool) {
        return pool == null ? NODES.objectNode() : new ObjectNode(NODES, new FewFields());
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        return switch (token) {
            case VALUE_STRING -> pool == null ? NODES.textNode(parser.getText()) : pool.text(parser);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> new ExactNumber(parser.getDecimalValue(), parser.getText());
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> {
                int value = parser.getIntValue();
                yield value == 0 && parser.getTextLength() != 1
                        ? new ExactNumber(BigDecimal.ZERO, parser.getText())
                        : NODES.numberNode(value);
            }
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }
}
