package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chainmap.cli.RegionEvolution;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast read path (firms and links streamed, their objects in {@link FewFields}, their strings from a {@link
 * TextPool}, repeated fields found without the parser's sets) gives what reading the whole file as one tree gives:
 * the same map, and for a broken file the same problems at the same places in the same words.
 */
class StreamedReadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> described(LoadResult result) {
        return result.problems().stream()
                .map(p -> p.severity() + " " + p.line() + ":" + p.column() + " " + p.path() + " "
                        + p.message(Locale.ENGLISH))
                .toList();
    }

    private static void sameAsTree(byte[] bytes) {
        LoadResult tree = MapReader.readAsTree(bytes);
        for (LoadResult streamed : List.of(MapReader.read(bytes), MapReader.readWithElementTrees(bytes))) {
            assertThat(described(streamed)).isEqualTo(described(tree));
            assertThat(streamed.map()).isEqualTo(tree.map());
            if (streamed.map().isPresent()) {
                assertThat(MapWriter.toBytes(streamed.map().get()))
                        .isEqualTo(MapWriter.toBytes(tree.map().get()));
            }
        }
    }

    /**
     * One firm or link of a good file broken at a time (a wrong type, a missing or blank field, a repeated or unknown
     * field, a null, an odd number, an element that is not an object): the direct read gives it up, and the file
     * reads with the trees' problems at the trees' places.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": \"yes\"}",
                "{\"id\": \"b\", \"name\": \"乙\"}",
                "{\"id\": \"b\", \"name\": \"  \", \"local\": true}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"county\": null}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"odd\": [1, {\"k\": 2.50}]}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"segments\": [\"power.grid\", 3]}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"revenue\": 12.5, \"role\": \"king\"}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"revenueYear\": 1e10}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"origin\": {\"town\": \"x\"}}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"cites\": [{\"checked\": \"x\"}]}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"planned\": \"soon\"}",
                "{\"id\": \"b\", \"name\": \"乙\", \"local\": true, \"name\": \"丙\"}",
                "\"b\"",
                "LINK{\"from\": \"a\", \"to\": 2}",
                "LINK{\"from\": \"a\"}",
                "LINK{\"from\": \"a\", \"to\": \"b\", \"value\": -0.0, \"planned\": \"x\"}",
                "LINK{\"from\": \"a\", \"to\": \"b\", \"extra\": {\"n\": null}}",
                "LINK{\"from\": \"a\", \"to\": \"b\", \"from\": \"b\"}",
                "LINK[1, 2]"
            })
    void oneBrokenFirmOrLinkGivesTheTreesProblemsAtTheTreesPlaces(String broken) {
        boolean link = broken.startsWith("LINK");
        String element = link ? broken.substring(4) : broken;
        String firm = link ? "{\"id\": \"b\", \"name\": \"乙\", \"local\": true}" : element;
        String text =
                """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [{"id": "power", "name": "电力", "segments": [
                   {"id": "power.grid", "name": "电网", "stage": "downstream"}]}],
                 "enterprises": [
                   {"id": "a", "name": "甲", "local": true, "segments": ["power.grid"], "revenue": 5,
                    "origin": {"city": "x"}, "cites": [{"source": "s"}], "certainty": "likely"},
                   %s],
                 "links": [{"from": "a", "to": "b", "value": 3},
                   %s]}
                """
                        .formatted(firm, link ? element : "{\"from\": \"b\", \"to\": \"a\"}");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sameAsTree(bytes);
        assertThat(described(MapReader.read(bytes))).isNotEmpty();
    }

    @Test
    void theShippedMapReadsAsTheTreeReadsIt() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("maps/hengyang.json"));
        sameAsTree(bytes);
        assertThat(MapReader.read(bytes).map()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void generatedMapsAndTheirLaterVersionsReadAsTheTreeReadsThem(long seed) {
        RegionMap generated = RegionGenerator.generate(1500, seed);
        for (RegionMap map : List.of(generated, RegionEvolution.evolve(generated, seed))) {
            byte[] bytes = MapWriter.toBytes(map);
            sameAsTree(bytes);
            RegionMap read = MapReader.read(bytes).map().orElseThrow();
            assertThat(read).isEqualTo(map);
            assertThat(MapWriter.toBytes(read)).isEqualTo(bytes);
        }
    }

    @Test
    void repeatedFieldsInFirmsAndLinksAreFoundWhereTheParserFoundThem() {
        String head =
                """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [{"id": "power", "name": "电力", "segments": [
                   {"id": "power.grid", "name": "电网", "stage": "downstream", "origin": {"city": "x"}}]}],
                """;
        List<String> bodies = List.of(
                "\"enterprises\": [{\"id\": \"a\", \"name\": \"甲\", \"id\" : \"b\", \"local\": true}], \"links\": []}",
                "\"enterprises\": [{\"id\": \"a\", \"name\": \"甲\", \"local\": true,"
                        + " \"origin\": {\"city\": \"x\", \"city\": \"y\"}}]}",
                "\"enterprises\": [{\"id\": \"a\", \"name\": \"甲\", \"local\": true,"
                        + " \"odd\": [{\"k\": 1, \"k\": 2}]}]}",
                "\"enterprises\": [{\"id\": \"a\", \"name\": \"甲\", \"local\": true}],"
                        + " \"links\": [{\"from\": \"a\", \"to\": \"a\",\n\"to\": \"b\"}]}",
                "\"enterprises\": [{\"id\": \"a\", \"name\": \"甲\", \"local\": true}],"
                        + " \"targets\": [{\"id\": \"t\", \"segment\": \"power.grid\","
                        + " \"name\": \"n\", \"name\": \"m\"}]}",
                "\"enterprises\": [{\"id\": \"a\", \"name\": \"甲\", \"local\": true}], \"enterprises\": []}",
                "\"enterprises\": [{\"id\": \"a\", \"name\": \"甲\", \"local\": true, \"\\u006eame\": \"乙\"}]}");
        for (String body : bodies) {
            byte[] bytes = (head + body).getBytes(StandardCharsets.UTF_8);
            sameAsTree(bytes);
            assertThat(described(MapReader.read(bytes)))
                    .singleElement()
                    .asString()
                    .contains("ERROR", "appears twice in the same object");
        }
    }

    /**
     * A generated map broken in many small ways at once, as a hand-edited file is: fields of the wrong type, nulls,
     * unknown fields, numbers written oddly, elements that are not objects, repeated ids, empty names.
     */
    @ParameterizedTest
    @ValueSource(longs = {3, 11, 19, 23, 31, 57})
    void brokenFirmsAndLinksGiveTheTreesProblemsAtTheTreesPlaces(long seed) throws Exception {
        Random random = new Random(seed);
        RegionMap map = RegionGenerator.generate(300, seed);
        ObjectNode root = (ObjectNode) JSON.readTree(MapWriter.toBytes(map));
        for (String array : List.of("enterprises", "links")) {
            ArrayNode elements = (ArrayNode) root.get(array);
            for (int i = 0; i < 40; i++) {
                int at = random.nextInt(elements.size());
                JsonNode element = elements.get(at);
                if (random.nextInt(12) == 0) {
                    elements.set(at, oddValue(random));
                } else if (element instanceof ObjectNode object) {
                    breakField(object, random, elements);
                }
            }
        }
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        text = text.replace("\"revenueYear\" : 2024", "\"revenueYear\" : 2024.0")
                .replaceFirst("\"value\" : (\\d+)", "\"value\" : $1e0")
                .replaceFirst("\"value\" : (\\d+)", "\"value\" : -0");
        List<String> problems = described(MapReader.read(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(problems).hasSizeGreaterThan(20);
        sameAsTree(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void breakField(ObjectNode object, Random random, ArrayNode elements) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(7)) {
            case 0 -> object.set(name, oddValue(random));
            case 1 -> object.remove(name);
            case 2 -> object.putNull(name);
            case 3 -> object.set("extra" + random.nextInt(3), oddValue(random));
            case 4 -> object.put(name, "");
            case 5 -> object.set(
                    name, elements.get(random.nextInt(elements.size())).get(name));
            default -> object.put("planned", random.nextBoolean() ? "signed" : "soon");
        }
    }

    private static JsonNode oddValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> JSON.getNodeFactory().numberNode(random.nextInt(100) - 50);
            case 1 -> JSON.getNodeFactory().textNode("x" + random.nextInt(5));
            case 2 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 3 -> JSON.getNodeFactory().nullNode();
            case 4 -> JSON.createArrayNode().add("a").add(1).addNull();
            case 5 -> JSON.createObjectNode()
                    .put("k", 1.5)
                    .set("n", JSON.createArrayNode().add("z"));
            case 6 -> JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400"));
            default -> JSON.getNodeFactory().numberNode(Long.MAX_VALUE).deepCopy();
        };
    }

    @Test
    void aLinksEndsAreTheVeryStringsOfTheFirmsIds() {
        RegionMap map = MapReader.read(
                        """
                        {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"}, "chains": [],
                         "enterprises": [{"id": "a", "name": "甲", "local": true, "county": "雁峰区"},
                                         {"id": "b", "name": "乙", "local": true, "county": "雁峰区"}],
                         "links": [{"from": "a", "to": "b"}]}
                        """
                                .getBytes(StandardCharsets.UTF_8))
                .map()
                .orElseThrow();
        assertThat(map.links().get(0).from()).isSameAs(map.enterprises().get(0).id());
        assertThat(map.links().get(0).to()).isSameAs(map.enterprises().get(1).id());
        assertThat(map.enterprises().get(1).county())
                .isSameAs(map.enterprises().get(0).county());
    }
}
