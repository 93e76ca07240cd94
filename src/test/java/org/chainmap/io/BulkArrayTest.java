package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The firms and links of a map are read as a stream, one element at a time, and give what the tree gave: the same
 * records, the same problems at the same places, in the map reader's own order.
 */
class BulkArrayTest {

    private static final String HEAD =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [{"id": "power", "name": "电力", "segments": [
               {"id": "power.grid", "name": "电网", "stage": "downstream"}]}],
            """;

    private static List<String> problems(String json) {
        return MapReader.read(json.getBytes(StandardCharsets.UTF_8)).problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.path() + " " + p.message(Locale.ENGLISH))
                .toList();
    }

    @Test
    void eachElementGoesToItsSinkAsItIsReadAndTheTreeKeepsAnEmptyArray() throws Exception {
        List<String> seen = new ArrayList<>();
        JsonNode root = ExactJson.read(
                new JsonFactory(),
                "{\"a\": [{\"x\": 1}, 2, \"three\"], \"b\": [4], \"c\": {\"d\": [5]}}".getBytes(StandardCharsets.UTF_8),
                Map.of(
                        "a",
                        (element, index) -> seen.add(index + "=" + element),
                        "c",
                        (element, index) -> seen.add("c")));
        assertThat(seen).containsExactly("0={\"x\":1}", "1=2", "2=\"three\"");
        assertThat(root.toString()).isEqualTo("{\"a\":[],\"b\":[4],\"c\":{\"d\":[5]}}");
    }

    @Test
    void streamedFirmsAndLinksReadAsTheTreeReadThem() {
        var map = MapReader.read((HEAD
                                + """
                                 "enterprises": [{"id": "a", "name": "甲", "local": true, "segments": ["power.grid"],
                                                  "revenue": 12, "odd": {"kept": [1.50]}},
                                                 {"id": "b", "name": "乙", "local": false}],
                                 "links": [{"from": "a", "to": "b", "value": 3}]}
                                """)
                        .getBytes(StandardCharsets.UTF_8))
                .map()
                .orElseThrow();
        assertThat(map.enterprises()).extracting(firm -> firm.id()).containsExactly("a", "b");
        assertThat(map.enterprise("a").orElseThrow().revenue()).isEqualTo(12L);
        assertThat(map.enterprise("a").orElseThrow().extra().fields()).containsEntry("odd", "{\"kept\":[1.50]}");
        assertThat(map.links()).hasSize(1);
        assertThat(map.links().get(0).value()).isEqualTo(3L);
    }

    @Test
    void aBadElementOfAStreamedArrayIsPlacedAsBefore() {
        assertThat(
                        problems(
                                HEAD
                                        + """
                         "enterprises": [{"id": "a", "name": "甲", "local": true}, 7, {"name": "乙", "local": "yes"}],
                         "links": [{"from": "a"}]}
                        """))
                .containsExactly(
                        "4:18 $.enterprises[0] \"甲\" works in no segment: it appears on no chain and counts in no gap",
                        "4:59 $.enterprises[1] \"enterprises[1]\" must be an object, not a whole number",
                        "4:62 $.enterprises[2].id \"id\" is required",
                        "4:85 $.enterprises[2].local \"local\" must be true or false, not a string",
                        "5:12 $.links[0].to \"to\" is required");
    }

    @Test
    void firmsThatAreNotAnArrayAreReportedFromTheTree() {
        assertThat(problems(HEAD + " \"enterprises\": {\"a\": 1}, \"links\": null}"))
                .containsExactly("4:17 $.enterprises \"enterprises\" must be an array, not an object");
    }

    @Test
    void aFileThatIsNoMapSaysOnlyThatThoughItsFirmsAreBad() {
        assertThat(problems("{\"format\": \"x\", \"enterprises\": [7]}"))
                .containsExactly("1:12 $.format not a ChainMap file: \"format\" is \"x\", it must be \"chainmap\"");
    }

    @Test
    void repeatedIdsAndDanglingReferencesOfFirmsAndLinksAreFoundWherever() {
        String firmsAndLinks =
                """
                "enterprises": [{'id': 'a', 'name': '甲', 'local': true, 'segments': ['power.grid']}, \
                {'id': 'a', 'name': '乙', 'local': true, 'segments': ['nope']}], \
                "links": [{'from': 'a', 'to': 'zz'}, {'id': 'a', 'from': 'a', 'to': 'a'}]}"""
                        .replace('\'', '"');
        assertThat(problems(HEAD + firmsAndLinks))
                .containsExactly(
                        "4:93 $.enterprises[1].id duplicate id \"a\": already used at $.enterprises[0]",
                        "4:139 $.enterprises[1].segments[0] \"nope\" refers to nothing: no segment has this id",
                        "4:180 $.links[0].to \"zz\" refers to nothing: no enterprise has this id",
                        "4:194 $.links[1].id duplicate id \"a\": already used at $.enterprises[0]",
                        "4:218 $.links[1].to \"a\" cannot supply itself");
    }
}
