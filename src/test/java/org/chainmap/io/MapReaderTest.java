package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Problem;
import org.chainmap.model.Severity;
import org.junit.jupiter.api.Test;

/** One test per kind of bad input: each gives a clear problem at the right place, and no map. */
class MapReaderTest {

    private static final String VALID =
            """
            {
              "format": "chainmap",
              "version": 1,
              "region": {"name": "衡阳市", "code": "430400"},
              "chains": [
                {
                  "id": "power",
                  "name": "新型能源及电力装备产业链",
                  "segments": [
                    {"id": "power.transformer", "name": "变压器", "stage": "midstream", "feeds": ["power.grid"]},
                    {"id": "power.grid", "name": "电网工程", "stage": "downstream"}
                  ]
                }
              ],
              "enterprises": [
                {"id": "tbea-hy", "name": "特变电工衡阳变压器有限公司", "local": true,
                 "segments": ["power.transformer"], "tags": ["链主", "规上"]},
                {"id": "wk-copper", "name": "五矿铜业", "local": true, "segments": ["power.transformer"]}
              ],
              "links": [{"from": "wk-copper", "to": "tbea-hy", "product": "铜杆"}]
            }
            """;

    private static LoadResult read(String json) {
        return MapReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Each problem as "line:column severity path message" in English. */
    private static List<String> problems(String json) {
        return read(json).problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.severity() + " " + p.path() + " "
                        + p.message(Locale.ENGLISH))
                .toList();
    }

    @Test
    void readsTheCoreOfTheFormatAsTheIssueWritesIt() {
        LoadResult result = read(VALID);
        assertThat(result.problems()).isEmpty();
        var map = result.map().orElseThrow();
        assertThat(map.region().name()).isEqualTo("衡阳市");
        assertThat(map.chains()).hasSize(1);
        assertThat(map.segment("power.transformer").orElseThrow().feeds()).containsExactly("power.grid");
        assertThat(map.enterprise("tbea-hy").orElseThrow().tags()).containsExactly("链主", "规上");
        assertThat(map.links().get(0).product()).isEqualTo("铜杆");
    }

    @Test
    void pinsAreReadByIdAndAPinOffTheDrawingIsPlacedAtItsLine() {
        String pinned = VALID.replace(
                "\"stage\": \"downstream\"}\n      ]\n",
                "\"stage\": \"downstream\"}\n      ],\n"
                        + "      \"pins\": {\"segments\": {\"power.grid\": {\"y\": 120.5, \"x-by\": \"me\"}},\n"
                        + "               \"cards\": {\"wk-copper\": {\"slot\": 1}}}\n");
        var map = read(pinned).map().orElseThrow();
        var pins = map.chain("power").orElseThrow().pins();
        assertThat(pins.segments().get("power.grid").y()).isEqualTo(120.5);
        assertThat(pins.segments().get("power.grid").extra().fields()).containsEntry("x-by", "\"me\"");
        assertThat(pins.cards().get("wk-copper").slot()).isEqualTo(1);

        assertThat(problems(pinned.replace("120.5", "-3").replace("\"slot\": 1", "\"slot\": 1.5")))
                .containsExactly(
                        "13:49 ERROR $.chains[0].pins.segments['power.grid'].y pinned height -3.0 is not a place on"
                                + " the drawing: use a number of at least 0",
                        "13:61 NOTE $.chains[0].pins.segments['power.grid']['x-by'] unknown field \"x-by\": kept as"
                                + " it is (is it misspelt?)",
                        "14:48 ERROR $.chains[0].pins.cards['wk-copper'].slot \"slot\" must be a whole number,"
                                + " not 1.5");
    }

    @Test
    void thePresentationIsReadStepByStepAndAStaleStepIsAWarningAtItsLine() {
        String presented = VALID.replace(
                "\"product\": \"铜杆\"}]\n",
                "\"product\": \"铜杆\"}],\n"
                        + "  \"presentation\": {\"steps\": [\n"
                        + "    {\"step\": \"title\", \"chain\": \"power\", \"note\": \"链主\", \"x-by\": 1},\n"
                        + "    {\"step\": \"missing\", \"chain\": \"power\", \"segment\": \"power.grid\"},\n"
                        + "    {\"step\": \"summary\", \"chain\": \"auto\"}]}\n");
        var result = read(presented);
        var steps = result.map().orElseThrow().presentation().steps();
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).step()).isEqualTo(org.chainmap.model.StepKind.TITLE);
        assertThat(steps.get(0).note()).isEqualTo("链主");
        assertThat(steps.get(0).extra().fields()).containsEntry("x-by", "1");
        assertThat(steps.get(1).segment()).isEqualTo("power.grid");
        assertThat(problems(presented))
                .containsExactly(
                        "22:63 NOTE $.presentation.steps[0]['x-by'] unknown field \"x-by\": kept as it is (is it"
                                + " misspelt?)",
                        "24:34 WARNING $.presentation.steps[2].chain the presentation names chain \"auto\", which the"
                                + " map does not have: the step is skipped");
        assertThat(problems(presented.replace("\"title\"", "\"intro\"")))
                .contains("22:14 ERROR $.presentation.steps[0].step unknown presentation step \"intro\": use panorama,"
                        + " title, upstream, midstream, downstream, missing, weak, broken, chokepoint, summary,"
                        + " missing-table, weak-table, broken-table, chokepoint-table");
    }

    @Test
    void acceptsAByteOrderMark() {
        byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(MapReader.read(withBom).ok()).isTrue();
    }

    @Test
    void notJsonNamesTheLineAndColumnWhereParsingStopped() {
        String broken = VALID.replace(
                "\"local\": true,\n     \"segments\": [\"power.transformer\"], \"tags\"",
                "\"local\": true\n     \"segments\": [\"power.transformer\"], \"tags\"");
        List<String> found = problems(broken);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("17:6 ERROR $ not valid JSON: Unexpected character ('\"'");
        assertThat(read(broken).ok()).isFalse();
    }

    @Test
    void anEmptyFileIsNotAMap() {
        assertThat(problems("")).containsExactly("0:0 ERROR $ the file is empty");
        assertThat(problems("   \n")).containsExactly("0:0 ERROR $ the file is empty");
    }

    @Test
    void aWrongFormatIsRefused() {
        assertThat(problems("{\"format\": \"geojson\", \"version\": 1}"))
                .containsExactly("1:12 ERROR $.format not a ChainMap file: \"format\" is \"geojson\", it must be "
                        + "\"chainmap\"");
        assertThat(problems("[1, 2]")).containsExactly("1:1 ERROR $ \"$\" must be an object, not an array");
        assertThat(problems("{\"version\": 1}")).containsExactly("1:1 ERROR $.format \"format\" is required");
    }

    @Test
    void aNewerVersionIsRefusedWithoutReadingFurther() {
        String newer = VALID.replace("\"version\": 1", "\"version\": 2").replace("\"midstream\"", "\"sideways\"");
        assertThat(problems(newer))
                .containsExactly(
                        "3:14 ERROR $.version version 2 is newer than this program reads (up to 1): update ChainMap to "
                                + "open it");
        assertThat(problems(VALID.replace("\"version\": 1", "\"version\": \"1\"")))
                .containsExactly("3:14 ERROR $.version version \"1\" is not a format version (1, 2, ...)");
    }

    @Test
    void aMissingNameIsAnErrorAtItsObject() {
        String noName = VALID.replace("\"name\": \"变压器\", ", "");
        assertThat(problems(noName)).containsExactly("10:9 ERROR $.chains[0].segments[0].name \"name\" is required");
        String emptyRegion = VALID.replace("\"name\": \"衡阳市\"", "\"name\": \"  \"");
        assertThat(problems(emptyRegion)).containsExactly("4:22 ERROR $.region.name \"name\" must not be empty");
    }

    @Test
    void anUnknownStageNamesTheChoices() {
        String sideways = VALID.replace("\"stage\": \"downstream\"", "\"stage\": \"sideways\"");
        assertThat(problems(sideways))
                .containsExactly("11:55 ERROR $.chains[0].segments[1].stage unknown stage "
                        + "\"sideways\": use upstream, midstream, downstream");
    }

    @Test
    void aDuplicateIdNamesBothPlaces() {
        String twice = VALID.replace("\"id\": \"wk-copper\"", "\"id\": \"power.grid\"")
                .replace("\"from\": \"wk-copper\"", "\"from\": \"tbea-hy\"")
                .replace("\"to\": \"tbea-hy\"", "\"to\": \"power.grid\"");
        assertThat(problems(twice))
                .containsExactly(
                        "18:12 ERROR $.enterprises[1].id duplicate id \"power.grid\": "
                                + "already used at $.chains[0].segments[1]",
                        "20:39 ERROR $.links[0].to \"power.grid\" is the id of "
                                + "another kind of thing (segment); expected: "
                                + "enterprise");
    }

    @Test
    void referencesToNothingAreErrorsAtTheReference() {
        String dangling = VALID.replace("\"feeds\": [\"power.grid\"]", "\"feeds\": [\"power.grid\", \"chem.none\"]")
                .replace("\"segments\": [\"power.transformer\"], \"tags\"", "\"segments\": [\"power.gone\"], \"tags\"")
                .replace("\"from\": \"wk-copper\"", "\"from\": \"jx-copper\"");
        assertThat(problems(dangling))
                .containsExactly(
                        "10:98 ERROR $.chains[0].segments[0].feeds[1] \"chem.none\" "
                                + "refers to nothing: no segment has this id",
                        "17:19 ERROR $.enterprises[0].segments[0] \"power.gone\" "
                                + "refers to nothing: no segment has this id",
                        "20:22 ERROR $.links[0].from \"jx-copper\" refers to nothing: no enterprise has this id");
    }

    @Test
    void wrongTypesAreNamedWithWhatWasExpected() {
        String wrong = VALID.replace(
                        "\"local\": true,\n     \"segments\": [\"power.transformer\"], \"tags\"",
                        "\"local\": \"yes\",\n     \"segments\": [\"power.transformer\"], \"tags\"")
                .replace("\"tags\": [\"链主\", \"规上\"]", "\"tags\": [\"链主\", 7]");
        assertThat(problems(wrong))
                .containsExactly(
                        "16:57 ERROR $.enterprises[0].local \"local\" must be true or false, not a string",
                        "17:56 ERROR $.enterprises[0].tags[1] \"tags[1]\" must be a string, not a whole number");
    }

    @Test
    void everyProblemIsFoundInOneReading() {
        String many = VALID.replace("\"stage\": \"downstream\"", "\"stage\": \"sideways\"")
                .replace("\"from\": \"wk-copper\"", "\"from\": \"nobody\"")
                .replace("\"name\": \"五矿铜业\", ", "");
        assertThat(read(many).errors())
                .extracting(Problem::path)
                .containsExactly("$.chains[0].segments[1].stage", "$.enterprises[1].name", "$.links[0].from");
    }

    @Test
    void duplicateFieldsInOneObjectAreRefused() {
        String twice = VALID.replace("\"code\": \"430400\"", "\"code\": \"430400\", \"code\": \"430401\"");
        assertThat(problems(twice)).containsExactly("4:53 ERROR $ field \"code\" appears twice in the same object");
    }

    @Test
    void deepNestingStopsGracefully() {
        String deep = "{\"format\": \"chainmap\", \"version\": 1, \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        List<String> found = problems(deep);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isEqualTo("1:107 ERROR $ objects and arrays nested more than 64 deep");
    }

    @Test
    void hugeStringsStopGracefully() {
        String huge =
                "{\"format\": \"chainmap\", \"version\": 1, \"x\": \"" + "长".repeat(MapReader.MAX_STRING + 1) + "\"}";
        assertThat(problems(huge).get(0))
                .isEqualTo("1:43 ERROR $ a text of 1048577 characters; a map file's texts hold at most 1048576")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void filesAboveTheSizeLimitAreNotRead() {
        byte[] big = new byte[(int) MapReader.MAX_BYTES + 1];
        LoadResult result = MapReader.read(big);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems().get(0).message(Locale.ENGLISH))
                .isEqualTo("the file is 67,108,865 bytes; ChainMap opens files of at most 67,108,864 bytes");
    }

    @Test
    void unknownFieldsAreKeptAndNoted() {
        String extra = VALID.replace("\"code\": \"430400\"", "\"code\": \"430400\", \"x-owner\": {\"dept\": \"工信局\"}");
        LoadResult result = read(extra);
        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.NOTE);
            assertThat(problem.path()).isEqualTo("$.region.x-owner".replace(".x-owner", "['x-owner']"));
        });
        assertThat(result.map().orElseThrow().region().extra().fields()).containsEntry("x-owner", "{\"dept\":\"工信局\"}");
    }

    @Test
    void amountsMustBeWholeNonNegativeYuan() {
        String fraction = VALID.replace("\"product\": \"铜杆\"", "\"product\": \"铜杆\", \"value\": 12.5");
        assertThat(problems(fraction))
                .containsExactly("20:78 ERROR $.links[0].value \"value\" must be a whole " + "number, not 12.5");
        String exponent = VALID.replace("\"product\": \"铜杆\"", "\"product\": \"铜杆\", \"value\": 1.5e9");
        assertThat(read(exponent).map().orElseThrow().links().get(0).value()).isEqualTo(1_500_000_000L);
        String negative = VALID.replace("\"product\": \"铜杆\"", "\"product\": \"铜杆\", \"value\": -1");
        assertThat(problems(negative)).containsExactly("20:78 ERROR $.links[0].value amount -1 must not be negative");
    }

    @Test
    void nullOrEmptyRequiredValuesCountAsMissing() {
        assertThat(problems(VALID.replace("\"stage\": \"downstream\"", "\"stage\": null")))
                .containsExactly("11:55 ERROR $.chains[0].segments[1].stage \"stage\" is required");
        assertThat(problems(VALID.replace("\"stage\": \"downstream\"", "\"stage\": \"\"")))
                .containsExactly("11:55 ERROR $.chains[0].segments[1].stage unknown stage \"\": use upstream, "
                        + "midstream, downstream");
        assertThat(read(VALID.replace("\"chains\": [", "\"chains\": null, \"x\": ["))
                        .errors())
                .extracting(Problem::path)
                .startsWith("$.chains");
    }

    @Test
    void versionOnePointZeroIsVersionOne() {
        assertThat(read(VALID.replace("\"version\": 1", "\"version\": 1.0")).ok())
                .isTrue();
    }

    @Test
    void yearsMustBeYears() {
        String negative = VALID.replace(
                "\"local\": true, \"segments\": [\"power.transformer\"]}",
                "\"local\": true, \"segments\": [\"power.transformer\"], \"revenueYear\": -2023}");
        assertThat(read(negative).errors()).extracting(Problem::path).containsExactly("$.enterprises[1].revenueYear");
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        LoadResult result = MapReader.read(java.nio.file.Path.of("no/such/map.json"));
        assertThat(result.ok()).isFalse();
        assertThat(result.problems().get(0).message(Locale.ENGLISH)).isEqualTo("no such file");
    }
}
