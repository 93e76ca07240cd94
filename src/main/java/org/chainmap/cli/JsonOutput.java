package org.chainmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/** JSON results of commands: UTF-8 (Chinese unescaped), indented, written to standard output. */
final class JsonOutput {

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonOutput() {}

    /** Writes the {@code region} object that every JSON result starts with: name, and code when known. */
    static void writeRegion(JsonGenerator gen, org.chainmap.model.Region region) throws IOException {
        gen.writeObjectFieldStart("region");
        gen.writeStringField("name", region.name());
        if (region.code() != null) {
            gen.writeStringField("code", region.code());
        }
        gen.writeEndObject();
    }

    /** A generator on {@code out}; closing it flushes but leaves {@code out} open. */
    static JsonGenerator open(PrintStream out) throws IOException {
        return open(out, 0);
    }

    /**
     * A generator on {@code out} that indents as if {@code levels} objects were open around what it writes (an
     * array adds no level), so that a value it writes is, byte for byte, that value as a generator of {@link
     * #open(PrintStream)} writes it at that depth; closing it flushes but leaves {@code out} open.
     */
    static JsonGenerator open(OutputStream out, int levels) throws IOException {
        JsonGenerator gen = FACTORY.createGenerator(out);
        gen.setPrettyPrinter(new Indented(levels));
        return gen;
    }

    /** Jackson's default indentation, starting {@code levels} objects in. */
    private static final class Indented extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Indented(int levels) {
            _nesting = levels;
        }
    }
}
