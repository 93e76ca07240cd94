package org.chainmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout of written map files: two-space indentation, LF line ends, {@code "name": value}, one field
 * or array element per line, except that arrays of plain values ({@code "tags": ["链主", "规上"]}) that the
 * writer announces with {@link #inlineNextArray()} stay on one line, and so do the small objects in such an
 * array ({@code "cites": [{"source": "S12", "checked": "2026-11-30"}]}) and everything inside them, as do the
 * objects announced with {@link #inlineNextObject()} (a snapshot's figures of one chain).
 *
 * <p>Stateful: one instance serves one generator.
 */
final class MapPrettyPrinter implements PrettyPrinter {

    private int depth;
    private boolean nextArrayInline;
    /** For each open array: whether it is written on one line. */
    private final Deque<Boolean> inlineArrays = new ArrayDeque<>();
    /** How many arrays or objects written on one line are open: inside one, everything stays on the line. */
    private int inlineOpen;

    private boolean nextObjectInline;
    /** For each open object: whether it began a line of its own ({@link #inlineNextObject()}). */
    private final Deque<Boolean> inlineObjects = new ArrayDeque<>();

    /** Writes the next array on one line. */
    void inlineNextArray() {
        nextArrayInline = true;
    }

    /** Writes the next object, and everything in it, on one line. */
    void inlineNextObject() {
        nextObjectInline = true;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator gen) throws IOException {
        boolean inline = nextObjectInline && inlineOpen == 0;
        nextObjectInline = false;
        inlineObjects.push(inline);
        if (inline) {
            inlineOpen++;
        }
        gen.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator gen) throws IOException {
        if (inlineOpen == 0) {
            newLine(gen);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(',');
        if (inlineOpen > 0) {
            gen.writeRaw(' ');
        } else {
            newLine(gen);
        }
    }

    @Override
    public void writeEndObject(JsonGenerator gen, int entries) throws IOException {
        depth--;
        if (entries > 0 && inlineOpen == 0) {
            newLine(gen);
        }
        gen.writeRaw('}');
        if (inlineObjects.pop()) {
            inlineOpen--;
        }
    }

    @Override
    public void writeStartArray(JsonGenerator gen) throws IOException {
        boolean inline = nextArrayInline || inlineOpen > 0;
        inlineArrays.push(inline);
        if (inline) {
            inlineOpen++;
        }
        nextArrayInline = false;
        gen.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator gen) throws IOException {
        if (!inlineArrays.isEmpty() && !inlineArrays.peek()) {
            newLine(gen);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(',');
        if (inlineArrays.peek()) {
            gen.writeRaw(' ');
        } else {
            newLine(gen);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator gen, int values) throws IOException {
        depth--;
        boolean inline = inlineArrays.pop();
        if (inline) {
            inlineOpen--;
        }
        if (!inline && values > 0) {
            newLine(gen);
        }
        gen.writeRaw(']');
    }

    private void newLine(JsonGenerator gen) throws IOException {
        gen.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            gen.writeRaw("  ");
        }
    }
}
