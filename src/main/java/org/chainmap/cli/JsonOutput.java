package org.chainmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
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
        JsonGenerator gen = FACTORY.createGenerator(out);
        gen.setPrettyPrinter(new DefaultPrettyPrinter());
        return gen;
    }
}
