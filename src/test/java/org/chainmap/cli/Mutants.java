package org.chainmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damaged and hostile inputs made from good ones, for {@link FuzzTest}: maps changed byte by byte or in their
 * structure (repeated ids, values of the wrong type, numbers no type holds, deep nesting, strings with control
 * characters, formulas, markup and ten thousand characters), and CSV ledgers changed cell by cell. Each mutant
 * says what was done to it, so that a failure can be read and replayed from its seed.
 */
final class Mutants {

    /** A mutated input and what was done to it. */
    record Mutant(byte[] bytes, String how) {}

    /** Strings that have broken programs: formulas, escapes, markup, paths, format patterns, long text. */
    static final List<String> HOSTILE = List.of(
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1+1",
            "-2+3",
            "@SUM(A1:A2)",
            "\tindented",
            "\rreturn",
            "\u001b[31mred\u001b[0m\u001b]0;title\u0007",
            "nul\u0000byte",
            "line\nbreak",
            "<script>alert(1)</script>",
            "[x](javascript:alert(1))",
            "<img src=x onerror=alert(1)>",
            "&#27;&#0;&amp;",
            "\u202eevil\u202c",
            "\ufeffbom",
            "{0} {1} %s %n '' \"",
            "\\",
            "../../etc/passwd",
            "a:b",
            "panorama",
            "CON",
            " ",
            "",
            "名".repeat(5000),
            "x".repeat(10_240));

    /** Texts that are not JSON values of any field's type, written as they are. */
    private static final List<String> RAW = List.of(
            "1e400",
            "-1e400",
            "1e-400",
            "12345678901234567890123456789012345",
            "0.0000000000000000000000000000000001234",
            "9223372036854775808",
            "-9223372036854775809",
            "-0",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "[" + "1,".repeat(2000) + "1]");

    private static final String PLACEHOLDER = "@@raw@@";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;

    Mutants(long seed) {
        random = new Random(seed);
    }

    /** {@code map} (a map file's bytes) changed in one to three ways. */
    Mutant map(byte[] map) throws IOException {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return flip(map);
        }
        if (kind == 1) {
            return truncate(map);
        }
        JsonNode root = JSON.readTree(map);
        List<String> how = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        boolean gentle = random.nextInt(5) < 3;
        int count = 1 + random.nextInt(gentle ? 5 : 3);
        for (int i = 0; i < count; i++) {
            how.add(gentle ? gentle(root) : mutate(root, raw));
        }
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        for (String value : raw) {
            text = text.replaceFirst("\"" + PLACEHOLDER + "\"", java.util.regex.Matcher.quoteReplacement(value));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(8) == 0) {
            Mutant flipped = flip(bytes);
            return new Mutant(flipped.bytes(), String.join("; ", how) + "; " + flipped.how());
        }
        return new Mutant(bytes, String.join("; ", how));
    }

    /** {@code input} with bytes changed or cut off. */
    Mutant bytes(byte[] input) {
        return random.nextBoolean() ? flip(input) : truncate(input);
    }

    private Mutant flip(byte[] input) {
        byte[] bytes = input.clone();
        StringBuilder how = new StringBuilder("bytes flipped at");
        for (int i = 0, n = 1 + random.nextInt(8); i < n && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = (byte) random.nextInt(256);
            how.append(' ').append(at);
        }
        return new Mutant(bytes, how.toString());
    }

    private Mutant truncate(byte[] input) {
        int length = input.length == 0 ? 0 : random.nextInt(input.length);
        return new Mutant(Arrays.copyOf(input, length), "cut after byte " + length);
    }

    /** One change somewhere in {@code root}; raw texts to put in for placeholders go to {@code raw}. */
    private String mutate(JsonNode root, List<String> raw) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "$", slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode value = slot.value();
        switch (random.nextInt(8)) {
            case 0 -> {
                if (value instanceof ArrayNode array && !array.isEmpty()) {
                    array.add(array.get(random.nextInt(array.size())).deepCopy());
                    return "element repeated in " + slot.path();
                }
                slot.set(JsonNodeFactory.instance
                        .arrayNode()
                        .add(value.deepCopy())
                        .add(value.deepCopy()));
                return "value doubled into an array at " + slot.path();
            }
            case 1 -> {
                JsonNode[] others = {
                    JsonNodeFactory.instance.numberNode(12),
                    JsonNodeFactory.instance.numberNode(-1),
                    JsonNodeFactory.instance.numberNode(3.5),
                    JsonNodeFactory.instance.booleanNode(true),
                    JsonNodeFactory.instance.nullNode(),
                    JsonNodeFactory.instance.textNode("x"),
                    JsonNodeFactory.instance.arrayNode(),
                    JsonNodeFactory.instance.objectNode(),
                    JsonNodeFactory.instance.arrayNode().add(1).add("a"),
                    JsonNodeFactory.instance.objectNode().put("a", 1)
                };
                JsonNode other = others[random.nextInt(others.length)];
                slot.set(other);
                return "wrong type " + other + " at " + slot.path();
            }
            case 2 -> {
                String text = RAW.get(random.nextInt(RAW.size()));
                raw.add(text);
                slot.set(JsonNodeFactory.instance.textNode(PLACEHOLDER));
                return "raw " + abbreviate(text) + " at " + slot.path();
            }
            case 3 -> {
                int depth = new int[] {64, 999, 1001, 5000, 100_000}[random.nextInt(5)];
                boolean arrays = random.nextBoolean();
                raw.add(
                        arrays
                                ? "[".repeat(depth) + "]".repeat(depth)
                                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
                slot.set(JsonNodeFactory.instance.textNode(PLACEHOLDER));
                return "nested " + depth + (arrays ? " arrays" : " objects") + " at " + slot.path();
            }
            case 4 -> {
                String text = HOSTILE.get(random.nextInt(HOSTILE.size()));
                slot.set(JsonNodeFactory.instance.textNode(text));
                return "string " + abbreviate(text) + " at " + slot.path();
            }
            case 5 -> {
                slot.remove();
                return "removed " + slot.path();
            }
            case 6 -> {
                List<Slot> ids = slots.stream()
                        .filter(s -> s.value().isTextual())
                        .filter(s -> s.path().endsWith(".id")
                                || s.path().endsWith(".from")
                                || s.path().endsWith(".to"))
                        .toList();
                if (ids.isEmpty()) {
                    return "no id to change";
                }
                Slot target = ids.get(random.nextInt(ids.size()));
                String other = ids.get(random.nextInt(ids.size())).value().asText();
                target.set(JsonNodeFactory.instance.textNode(other));
                return "id " + other + " at " + target.path();
            }
            default -> {
                if (value instanceof ArrayNode array) {
                    List<JsonNode> elements = new ArrayList<>();
                    array.forEach(elements::add);
                    java.util.Collections.shuffle(elements, random);
                    array.removeAll();
                    array.addAll(elements);
                    return "shuffled " + slot.path();
                }
                slot.set(JsonNodeFactory.instance.textNode(HOSTILE.get(random.nextInt(HOSTILE.size()))));
                return "string at " + slot.path();
            }
        }
    }

    /** Fields whose text is the user's own: names, notes, products and the like. */
    private static final java.util.Set<String> FREE_TEXT =
            java.util.Set.of("name", "nameEn", "note", "source", "reason", "title", "products", "tags", "product");

    /**
     * One change that a valid map may well survive, so that the commands after {@code validate} see hostile
     * content too: free text made hostile, values of 0 or near the largest, firms moved to other segments,
     * links between other firms, links repeated, firms made local or external.
     */
    private String gentle(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "$", slots);
        List<String> segments = new ArrayList<>();
        List<String> firms = new ArrayList<>();
        root.path("chains").forEach(chain -> chain.path("segments")
                .forEach(s -> segments.add(s.path("id").asText())));
        root.path("enterprises").forEach(firm -> firms.add(firm.path("id").asText()));
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                List<Slot> texts = slots.stream()
                        .filter(slot -> slot.value().isTextual())
                        .filter(slot -> slot.path().matches(".*\\.(" + String.join("|", FREE_TEXT) + ")(\\[\\d+])?"))
                        .toList();
                Slot slot = texts.get(random.nextInt(texts.size()));
                String text = HOSTILE.get(random.nextInt(HOSTILE.size()));
                slot.set(JsonNodeFactory.instance.textNode(text));
                return "text " + abbreviate(text) + " at " + slot.path();
            }
            case 2 -> {
                ArrayNode links = (ArrayNode) root.path("links");
                if (links.isEmpty()) {
                    return "no link to value";
                }
                ObjectNode link = (ObjectNode) links.get(random.nextInt(links.size()));
                long value = new long[] {0, 1, Long.MAX_VALUE / 4, 999_999_999_999L}[random.nextInt(4)];
                link.put("value", value);
                return "value " + value + " on link " + link.path("id").asText();
            }
            case 3 -> {
                ObjectNode firm = (ObjectNode) root.path("enterprises").get(random.nextInt(firms.size()));
                ArrayNode in = firm.putArray("segments");
                in.add(segments.get(random.nextInt(segments.size())));
                if (random.nextBoolean()) {
                    in.add(segments.get(random.nextInt(segments.size())));
                }
                return "firm " + firm.path("id").asText() + " in " + in;
            }
            case 4 -> {
                ArrayNode links = (ArrayNode) root.path("links");
                ObjectNode link = JsonNodeFactory.instance.objectNode();
                link.put("id", "fuzz-link-" + links.size());
                String from = firms.get(random.nextInt(firms.size()));
                String to = firms.get(random.nextInt(firms.size()));
                link.put("from", from);
                link.put("to", to);
                int copies = 1 + random.nextInt(3);
                for (int i = 0; i < copies; i++) {
                    links.add(link.deepCopy().put("id", "fuzz-link-" + links.size()));
                }
                return copies + " links " + from + " → " + to;
            }
            default -> {
                ObjectNode firm = (ObjectNode) root.path("enterprises").get(random.nextInt(firms.size()));
                firm.put("local", !firm.path("local").asBoolean());
                return "firm " + firm.path("id").asText() + " local " + firm.path("local");
            }
        }
    }

    /** A value inside the tree, by its parent and place, which can be replaced or removed. */
    private record Slot(JsonNode parent, String field, int index, String path, JsonNode value) {
        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(field, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(entry -> {
                String at = path + "." + entry.getKey();
                slots.add(new Slot(object, entry.getKey(), -1, at, entry.getValue()));
                collect(entry.getValue(), at, slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                slots.add(new Slot(array, null, i, at, array.get(i)));
                collect(array.get(i), at, slots);
            }
        }
    }

    /** {@code rows} of a CSV ledger changed in one to three ways, as bytes in {@code charset}. */
    Mutant csv(List<List<String>> rows, java.nio.charset.Charset charset) {
        List<List<String>> table = new ArrayList<>();
        rows.forEach(row -> table.add(new ArrayList<>(row)));
        List<String> how = new ArrayList<>();
        String separator = ",";
        String lineEnd = "\r\n";
        String prefix = "";
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            List<String> row = table.get(random.nextInt(table.size()));
            switch (random.nextInt(9)) {
                case 0, 1 -> {
                    int at = random.nextInt(row.size());
                    String text = HOSTILE.get(random.nextInt(HOSTILE.size()));
                    row.set(at, text);
                    how.add("cell " + at + " " + abbreviate(text));
                }
                case 2 -> {
                    int columns = new int[] {1, 30, 300, 3000}[random.nextInt(4)];
                    for (int c = 0; c < columns; c++) {
                        row.add(random.nextBoolean() ? "x" + c : "");
                    }
                    how.add(columns + " columns more in a row");
                }
                case 3 -> {
                    int copies = new int[] {1, 50, 500}[random.nextInt(3)];
                    for (int c = 0; c < copies; c++) {
                        table.add(new ArrayList<>(table.get(table.size() - 1)));
                    }
                    how.add(copies + " rows repeated");
                }
                case 4 -> {
                    row.subList(random.nextInt(row.size()), row.size()).clear();
                    how.add("row cut short");
                }
                case 5 -> {
                    separator = new String[] {";", "\t", "，", "|"}[random.nextInt(4)];
                    how.add("separator " + abbreviate(separator));
                }
                case 6 -> {
                    lineEnd = new String[] {"\n", "\r", "\u2028", "\n\n"}[random.nextInt(4)];
                    how.add("line end " + abbreviate(lineEnd));
                }
                case 7 -> {
                    prefix = new String[] {"\ufeff", "\ufeff\ufeff", "\u0000", "\"", "sep=;\r\n"}[random.nextInt(5)];
                    how.add("starts with " + abbreviate(prefix));
                }
                default -> {
                    int at = random.nextInt(row.size());
                    row.set(at, row.get(at) + "\"" + (random.nextBoolean() ? "" : "\n"));
                    how.add("stray quote in cell " + at);
                }
            }
        }
        StringBuilder text = new StringBuilder(prefix);
        for (List<String> row : table) {
            for (int c = 0; c < row.size(); c++) {
                text.append(c == 0 ? "" : separator).append(quoted(row.get(c), separator));
            }
            text.append(lineEnd);
        }
        byte[] bytes = text.toString().getBytes(charset);
        if (random.nextInt(5) == 0) {
            Mutant damaged = random.nextBoolean() ? flip(bytes) : truncate(bytes);
            how.add(damaged.how());
            bytes = damaged.bytes();
        }
        return new Mutant(bytes, String.join("; ", how) + " (" + charset + ")");
    }

    private String quoted(String cell, String separator) {
        boolean needs = cell.contains(separator) || cell.contains("\n") || cell.contains("\r");
        if (!needs && !cell.contains("\"")) {
            return cell;
        }
        // Sometimes left as it is, a quotation mark and all: a CSV that a careless script wrote.
        return random.nextInt(4) == 0 ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** {@code text} short enough for a failure message, control characters shown as escapes. */
    static String abbreviate(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
        StringBuilder shown = new StringBuilder("«");
        cut.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x202e || c == 0xfeff) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append('»').toString();
    }
}
