package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.cli.RegionEvolution;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain firm or link read straight from the parser is the record the field reader makes of its tree; anything
 * the field reader would report, or keep as unknown, is not plain, and reading the whole map then gives what the
 * trees give (StreamedReadTest compares the three ways on whole files).
 */
class DirectRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private static Object direct(String element, boolean firm) throws Exception {
        try (JsonParser parser = FACTORY.createParser(element.getBytes(StandardCharsets.UTF_8))) {
            TextPool pool = new TextPool(0);
            DirectRecords records = new DirectRecords();
            return firm
                    ? records.enterprise(parser, parser.nextToken(), pool)
                    : records.link(parser, parser.nextToken(), pool);
        }
    }

    private static Object fromTree(String element, boolean firm, List<Problem> problems) throws Exception {
        JsonNode node = ExactJson.read(FACTORY, element.getBytes(StandardCharsets.UTF_8));
        BulkRecords records = new BulkRecords(JSON, new SnapshotReader(JSON, problems));
        FieldReader fields = new FieldReader(node, "$.x", problems);
        return firm ? records.enterprise(fields) : records.link(fields);
    }

    private static void sameAsTree(String element, boolean firm) throws Exception {
        List<Problem> problems = new ArrayList<>();
        Object tree = fromTree(element, firm, problems);
        assertThat(problems).as(element).isEmpty();
        assertThat(direct(element, firm)).as(element).isEqualTo(tree);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2026})
    void everyFirmAndLinkOfGeneratedMapsReadsAsItsTree(long seed) throws Exception {
        RegionMap generated = RegionGenerator.generate(600, seed);
        for (RegionMap map : List.of(generated, RegionEvolution.evolve(generated, seed))) {
            JsonNode root = JSON.readTree(MapWriter.toBytes(map));
            for (JsonNode firm : root.get("enterprises")) {
                sameAsTree(firm.toString(), true);
            }
            for (JsonNode link : root.get("links")) {
                sameAsTree(link.toString(), false);
            }
        }
    }

    @Test
    void everyFieldTheFormatGivesAFirmOrALinkReadsAsItsTree() throws Exception {
        sameAsTree(
                """
                {"id": "f1", "name": "甲", "creditCode": "91430400", "local": false,
                 "origin": {"province": "广东省", "city": ""}, "county": "", "park": "园", "segments": ["a.b", ""],
                 "role": "supplier", "tags": [], "revenue": -0, "revenueYear": 2024, "products": ["钢"],
                 "industryCode": "C3821", "planned": "signed", "verified": "2026-01", "certainty": "likely",
                 "source": "年报", "note": "注", "cites": [{"source": "s1", "checked": "2026"}, {"source": "s2"}]}
                """,
                true);
        sameAsTree("{\"id\": \"f2\", \"name\": \"乙\", \"local\": true, \"origin\": {}, \"planned\": \"\"}", true);
        sameAsTree(
                """
                {"id": "l1", "from": "f1", "to": "f2", "product": "", "value": 9007199254740993,
                 "planned": "building", "certainty": "verified", "source": "s", "note": "n", "cites": []}
                """,
                false);
    }

    @Test
    void whatTheFieldReaderWouldReportOrKeepIsNotPlain() throws Exception {
        List<String> firms = List.of(
                "{\"id\": \"f\", \"name\": \"甲\"}",
                "{\"id\": \"f\", \"name\": \" \", \"local\": true}",
                "{\"id\": 1, \"name\": \"甲\", \"local\": true}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": \"yes\"}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"county\": null}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"odd\": 1}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"id\": \"g\"}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"origin\": {\"city\": \"a\", \"city\": \"b\"}}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"origin\": {\"town\": \"a\"}}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"segments\": [\"a\", 2]}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"role\": \"king\"}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"revenue\": 1.0}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"revenue\": 99999999999999999999}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"revenueYear\": 3000000000}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"planned\": \"soon\"}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"cites\": [{\"checked\": \"x\"}]}",
                "{\"id\": \"f\", \"name\": \"甲\", \"local\": true, \"cites\": [\"s\"]}",
                "[\"f\"]");
        for (String firm : firms) {
            assertThatThrownBy(() -> direct(firm, true)).as(firm).isInstanceOf(ExactJson.NotPlain.class);
        }
        List<String> links = List.of(
                "{\"from\": \"a\"}",
                "{\"from\": \"a\", \"to\": \"\"}",
                "{\"from\": \"a\", \"to\": \"b\", \"to\": \"c\"}",
                "{\"from\": \"a\", \"to\": \"b\", \"value\": \"3\"}",
                "{\"from\": \"a\", \"to\": \"b\", \"kind\": \"x\"}",
                "{\"from\": \"a\", \"to\": \"b\", \"id\": null}",
                "7");
        for (String link : links) {
            assertThatThrownBy(() -> direct(link, false)).as(link).isInstanceOf(ExactJson.NotPlain.class);
        }
    }
}
