package org.chainmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chainmap.model.Problem;

/**
 * One of a map file's large root arrays (the firms, the links), read as a stream: each element becomes its
 * record as soon as the parser has it ({@link ExactJson.ElementSink}), so that the file is never a tree of
 * every firm and link at once. The records, and the problems found in the elements, wait here until the map
 * reader comes to the field in its own order; they are then exactly what {@link FieldReader#objects} would have
 * given from the tree. With a direct reader, each element is read straight from the parser instead, without a
 * tree, as long as it is plain ({@link DirectRecords}).
 *
 * @param <T> the record of one element
 */
final class BulkArray<T> implements ExactJson.ElementSink {

    private final String name;
    private final String arrayPath;
    private final Function<FieldReader, T> reader;
    private final DirectReader<T> direct;
    private final List<T> values = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private boolean streamed;

    /** Reads one plain element straight from a parser. */
    interface DirectReader<T> {
        /**
         * The record of the element that starts at {@code token}, its strings from {@code pool}.
         *
         * @throws ExactJson.NotPlain when the element is not plain: then the file is to be read with trees
         */
        T read(JsonParser parser, JsonToken token, TextPool pool) throws IOException;
    }

    /** The root array field {@code name}, each object of which {@code reader} reads. */
    BulkArray(String name, Function<FieldReader, T> reader) {
        this(name, reader, null);
    }

    /**
     * The root array field {@code name}, each plain element of which {@code direct} reads if not {@code null},
     * and each object {@code reader} reads otherwise.
     */
    BulkArray(String name, Function<FieldReader, T> reader, DirectReader<T> direct) {
        this.name = name;
        this.arrayPath = JsonPath.field(JsonPath.ROOT, name);
        this.reader = reader;
        this.direct = direct;
    }

    @Override
    public boolean element(JsonParser parser, JsonToken token, int index, TextPool pool) throws IOException {
        if (direct == null) {
            return false;
        }
        streamed = true;
        values.add(direct.read(parser, token, pool));
        return true;
    }

    @Override
    public void element(JsonNode element, int index) {
        streamed = true;
        T value = FieldReader.element(name, arrayPath, element, index, problems, reader);
        if (value != null) {
            values.add(value);
        }
    }

    /**
     * The records of the field of {@code root}: those read as a stream (their problems added to {@code into}),
     * or, when the field was not an array read so (absent, empty, of another type), what {@code root} reads.
     */
    List<T> read(FieldReader root, List<Problem> into) {
        if (!streamed) {
            return root.objects(name, reader);
        }
        root.markRead(name);
        into.addAll(problems);
        return values;
    }
}
