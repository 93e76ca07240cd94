package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chainmap.model.AnalysisSettings;
import org.chainmap.model.Certainty;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainFigures;
import org.chainmap.model.ChainLists;
import org.chainmap.model.Citation;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Origin;
import org.chainmap.model.Pins;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.Presentation;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Reliability;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.chainmap.model.Snapshot;
import org.chainmap.model.Snapshots;
import org.chainmap.model.Source;
import org.chainmap.model.Stage;
import org.chainmap.model.StepKind;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.chainmap.model.TargetStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/chainmap.schema.json} in step with the reader and the writer: the shipped map and the
 * writer's output pass it, broken documents fail it (and the reader alike), and every field the writer can
 * emit is described in it.
 */
class SchemaTest {

    private static final Path SCHEMA_FILE = Path.of("docs/chainmap.schema.json");
    private static final Path HENGYANG = Path.of("maps/hengyang.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A small valid document; each invalid case breaks one thing in a copy of it. */
    private static final String BASE =
            """
            {
              "format": "chainmap",
              "version": 1,
              "region": {"name": "衡阳市", "code": "430400", "date": "2024-05"},
              "chains": [
                {
                  "id": "power",
                  "name": "新型能源及电力装备产业链",
                  "color": "#1565C0",
                  "segments": [
                    {"id": "power.transformer", "name": "变压器", "stage": "midstream", "feeds": ["power.grid"]},
                    {"id": "power.grid", "name": "电网工程", "stage": "downstream"}
                  ],
                  "lists": {"goals": [{"id": "power.goal-1", "title": "千亿产业", "amount": 100000000000, "year": 2027}]},
                  "pins": {"segments": {"power.grid": {"y": 120.5}}, "cards": {"tbea-hy": {"slot": 0}}}
                }
              ],
              "enterprises": [
                {"id": "tbea-hy", "name": "特变电工衡阳变压器有限公司", "local": true,
                 "segments": ["power.transformer"], "role": "leader", "tags": ["链主", "规上"], "revenue": 1500000000},
                {"id": "wk-copper", "name": "五矿铜业", "local": true, "segments": ["power.transformer"]}
              ],
              "links": [{"from": "wk-copper", "to": "tbea-hy", "product": "铜杆", "certainty": "likely"}],
              "targets": [{"id": "t1", "segment": "power.grid", "name": "某电网公司", "status": "contacted"}],
              "presentation": {"steps": [
                {"step": "panorama"},
                {"step": "title", "chain": "power", "note": "链主：特变电工"},
                {"step": "missing", "chain": "power", "segment": "power.grid"},
                {"step": "broken", "chain": "power", "from": "power.transformer", "to": "power.grid"}
              ]}
            }
            """;

    private static JsonNode schemaNode;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaNode = JSON.readTree(Files.readAllBytes(SCHEMA_FILE));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaNode);
    }

    private static List<String> errors(JsonNode document) {
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    private static List<String> errors(byte[] document) throws IOException {
        return errors(JSON.readTree(document));
    }

    @Test
    void schemaIsAValidDraft202012Schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.path("$id").asText()).isEqualTo("https://chainmap.org/schema/chainmap-1.schema.json");
    }

    @Test
    void shippedHengyangMapPasses() throws IOException {
        assertThat(errors(Files.readAllBytes(HENGYANG))).isEmpty();
    }

    @Test
    void writerOutputOfHengyangPasses() throws IOException {
        RegionMap map = MapReader.read(HENGYANG).map().orElseThrow();
        assertThat(errors(MapWriter.toBytes(map))).isEmpty();
    }

    @Test
    void baseDocumentPassesBothSchemaAndReader() throws IOException {
        assertThat(errors(JSON.readTree(BASE))).isEmpty();
        assertThat(MapReader.read(BASE.getBytes(StandardCharsets.UTF_8)).errors())
                .isEmpty();
    }

    @Test
    void unknownFieldsAndIdsInAnyScriptAreAllowed() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(BASE);
        doc.put("x-script", "kept");
        ((ObjectNode) doc.at("/region")).putObject("x-meta").put("by", "script");
        ((ObjectNode) doc.at("/chains/0/segments/0")).put("x-weight", 3);
        ((ObjectNode) doc.at("/chains/0/lists")).putArray("x-other");
        ((ObjectNode) doc.at("/enterprises/0")).put("id", "特变电工_衡阳:1");
        ((ObjectNode) doc.at("/links/0")).put("from", "wk-copper").put("to", "特变电工_衡阳:1");
        assertThat(errors(doc)).isEmpty();
        assertThat(MapReader.read(JSON.writeValueAsBytes(doc)).errors()).isEmpty();
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("unknown stage", "/chains/0/segments/0/stage", "sidestream"),
                Arguments.of("missing region name", "/region/name", null),
                Arguments.of("blank region name", "/region/name", "  "),
                Arguments.of("bad colour", "/chains/0/color", "#12345"),
                Arguments.of("colour name", "/chains/0/color", "blue"),
                Arguments.of("version 2", "/version", 2),
                Arguments.of("version as text", "/version", "1"),
                Arguments.of("format other", "/format", "other"),
                Arguments.of("missing format", "/format", null),
                Arguments.of("missing chains", "/chains", null),
                Arguments.of("missing region", "/region", null),
                Arguments.of("id with a space", "/chains/0/id", "po wer"),
                Arguments.of("id too long", "/chains/0/id", "p".repeat(101)),
                Arguments.of("missing segment stage", "/chains/0/segments/1/stage", null),
                Arguments.of("missing segment name", "/chains/0/segments/1/name", null),
                Arguments.of("missing enterprise local", "/enterprises/1/local", null),
                Arguments.of("local as text", "/enterprises/1/local", "yes"),
                Arguments.of("unknown role", "/enterprises/0/role", "boss"),
                Arguments.of("negative revenue", "/enterprises/0/revenue", -1),
                Arguments.of("fractional amount", "/chains/0/lists/goals/0/amount", 1.5),
                Arguments.of("missing list item title", "/chains/0/lists/goals/0/title", null),
                Arguments.of("bad region date", "/region/date", "2024-13"),
                Arguments.of("bad region code", "/region/code", "43040"),
                Arguments.of("unknown certainty", "/links/0/certainty", "sure"),
                Arguments.of("missing link from", "/links/0/from", null),
                Arguments.of("unknown target status", "/targets/0/status", "won"),
                Arguments.of("missing target segment", "/targets/0/segment", null),
                Arguments.of("weakBelow 0", "/analysis", JSON.createObjectNode().put("weakBelow", 0)),
                Arguments.of("segments not an array", "/chains/0/segments", "power.transformer"),
                Arguments.of("negative pinned y", "/chains/0/pins/segments/power.grid/y", -1),
                Arguments.of("pinned y as text", "/chains/0/pins/segments/power.grid/y", "120"),
                Arguments.of("missing pinned y", "/chains/0/pins/segments/power.grid/y", null),
                Arguments.of("negative card slot", "/chains/0/pins/cards/tbea-hy/slot", -1),
                Arguments.of("fractional card slot", "/chains/0/pins/cards/tbea-hy/slot", 0.5),
                Arguments.of("pin not an object", "/chains/0/pins/cards/tbea-hy", 3),
                Arguments.of("unknown step", "/presentation/steps/1/step", "intro"),
                Arguments.of("missing step", "/presentation/steps/0/step", null),
                Arguments.of("title without chain", "/presentation/steps/1/chain", null),
                Arguments.of("missing without segment", "/presentation/steps/2/segment", null),
                Arguments.of("broken without from", "/presentation/steps/3/from", null),
                Arguments.of("steps not an array", "/presentation/steps", "all"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void invalidDocumentsAreRejectedBySchemaAndReader(String what, String pointer, Object value) throws IOException {
        JsonNode doc = change(JSON.readTree(BASE), pointer, value);
        String place = value == null ? JsonPointer.compile(pointer).head().toString() : pointer;
        assertThat(schema.validate(doc))
                .as("schema errors for %s", what)
                .isNotEmpty()
                .allSatisfy(error ->
                        assertThat(error.getInstanceLocation().toString()).startsWith(place));
        assertThat(MapReader.read(JSON.writeValueAsBytes(doc)).ok())
                .as("reader accepts %s", what)
                .isFalse();
    }

    /** Sets (or, for a null value, removes) the field at {@code pointer}. */
    private static JsonNode change(JsonNode doc, String pointer, Object value) {
        JsonPointer at = JsonPointer.compile(pointer);
        ObjectNode parent = (ObjectNode) doc.at(at.head());
        String name = at.last().getMatchingProperty();
        if (value == null) {
            parent.remove(name);
        } else {
            parent.set(name, JSON.valueToTree(value));
        }
        return doc;
    }

    /** A map using every field the model holds, each with a non-default value. */
    static RegionMap fullMap() {
        Provenance provenance =
                new Provenance(Certainty.VERIFIED, "衡阳市人民政府网", "备注", List.of(Citation.of("S1", "2026-11-30")));
        Segment up = new Segment(
                "c.up",
                "取向硅钢",
                "Silicon steel",
                Stage.UPSTREAM,
                2,
                List.of("C3130"),
                List.of("取向硅钢片"),
                true,
                List.of("c.down"),
                provenance,
                Extras.NONE);
        Segment down = Segment.of("c.down", "变压器", Stage.DOWNSTREAM).withPlanned(PlanStatus.ATTRACT);
        Map<ListKind, List<ListItem>> items = new LinkedHashMap<>();
        for (ListKind kind : ListKind.values()) {
            items.put(
                    kind,
                    List.of(new ListItem(
                            "c." + kind.id(), "条目", "在建", 1_500_000_000L, 2024, "c.up", provenance, Extras.NONE)));
        }
        Chain chain = new Chain(
                "c",
                "新型能源及电力装备产业链",
                "New Energy",
                "#1565C0",
                "市领导",
                "推进办公室",
                "松木经开区",
                List.of(up, down),
                new ChainLists(items, Extras.NONE),
                Pins.NONE.withSegment("c.down", 120.5).withCard("e2", 0),
                provenance,
                Extras.NONE);
        Enterprise external = new Enterprise(
                        "e1",
                        "某外地企业",
                        "91430400MA4L0000X0",
                        false,
                        Origin.of("广东省", "深圳市"),
                        "珠晖区",
                        "白沙洲工业园",
                        List.of("c.up", "c.down"),
                        Role.LEADER,
                        List.of("规上", "高新"),
                        2_000_000_000L,
                        2023,
                        List.of("变压器"),
                        "2024-05-31",
                        provenance,
                        Extras.NONE)
                .withIndustryCode("C3821");
        Enterprise local =
                Enterprise.of("e2", "某本地企业", true, List.of("c.down"), "规上").withPlanned(PlanStatus.BUILDING);
        SupplyLink link = new SupplyLink("l1", "e1", "e2", "铜杆", 30_000_000L, provenance, Extras.NONE)
                .withPlanned(PlanStatus.SIGNED);
        Target target = new Target(
                "t1",
                "c.down",
                "某目标企业",
                "e1",
                Origin.of("江西省", "鹰潭市"),
                "补链",
                TargetStatus.NEGOTIATING,
                provenance,
                Extras.NONE);
        Presentation presentation = Presentation.of(List.of(
                Presentation.Step.panorama(),
                Presentation.Step.segment(StepKind.MISSING, "c", "c.up").withNote("重点招引"),
                Presentation.Step.feed(StepKind.BROKEN, "c", "c.up", "c.down")));
        return new RegionMap(
                new Region("衡阳市", "430400", "衡阳市产业链图谱", "2024-05", "公开报道", Extras.NONE),
                new AnalysisSettings(3, "高新", org.chainmap.model.ScaleRule.TAG, 50_000_000L, Extras.NONE),
                List.of(chain),
                List.of(external, local),
                List.of(link),
                List.of(target),
                List.of(new Source(
                        "S1",
                        "衡阳市发出提升产业链现代化水平动员令",
                        "中国衡阳新闻网",
                        "2020-09-29",
                        "http://www.e0734.com/content/2020/0929/31_399773.html",
                        Reliability.NEWSPAPER,
                        "14条产业链",
                        Extras.NONE)),
                presentation,
                new Snapshots(
                        true,
                        List.of(new Snapshot(
                                "2026-12-06",
                                "四季度",
                                List.of(new ChainFigures(
                                        "c", 2, 1, 0.25, 1, 1, 2_000_000_000L, Map.of("missing", 1), Extras.NONE)),
                                Extras.NONE)),
                        Extras.NONE),
                Extras.NONE);
    }

    @Test
    void everyFieldTheWriterEmitsIsDescribedInTheSchema() throws IOException {
        JsonNode written = JSON.readTree(MapWriter.toBytes(fullMap()));
        assertThat(errors(written)).isEmpty();

        Map<String, Set<String>> emitted = new LinkedHashMap<>();
        List<String> undeclared = new ArrayList<>();
        walk(written, schemaNode, "#", "$", emitted, undeclared);
        assertThat(undeclared)
                .as("fields the writer emits that the schema does not declare")
                .isEmpty();

        // The other way round: every declared field of every object $def is one the writer can emit,
        // so the schema documents nothing the program does not know (and fullMap() really is full).
        assertThat(emitted.keySet())
                .as("object definitions reached by the writer's output")
                .containsExactlyInAnyOrderElementsOf(objectDefinitions());
        emitted.forEach((definition, names) -> assertThat(names)
                .as("fields of %s emitted by the writer", definition)
                .containsExactlyInAnyOrderElementsOf(declaredProperties(definitionNode(definition))));
    }

    @Test
    void everyDeclaredFieldHasADescription() {
        List<String> missing = new ArrayList<>();
        for (String definition : objectDefinitions()) {
            JsonNode properties = definitionNode(definition).path("properties");
            properties.fieldNames().forEachRemaining(name -> {
                JsonNode property = properties.get(name);
                JsonNode described = property.has("$ref") && !property.has("description")
                        ? resolve(property.get("$ref").asText())
                        : property;
                if (!described.hasNonNull("description")) {
                    missing.add(definition + "." + name);
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Walks an instance alongside its schema, following {@code $ref}, {@code properties} and {@code items}:
     * records which fields appear in the objects of each definition, and every field not declared.
     */
    private static void walk(
            JsonNode instance,
            JsonNode schemaAt,
            String definition,
            String path,
            Map<String, Set<String>> emitted,
            List<String> undeclared) {
        while (schemaAt.has("$ref")) {
            definition = schemaAt.get("$ref").asText();
            schemaAt = resolve(definition);
        }
        if (instance.isObject()
                && !schemaAt.has("properties")
                && schemaAt.path("additionalProperties").isObject()) {
            // An object keyed by ids (pins): its names are data, each value an object of the given schema.
            for (Iterator<String> it = instance.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                walk(
                        instance.get(name),
                        schemaAt.get("additionalProperties"),
                        definition,
                        path + "['" + name + "']",
                        emitted,
                        undeclared);
            }
        } else if (instance.isObject()) {
            Set<String> names = emitted.computeIfAbsent(definition, key -> new TreeSet<>());
            JsonNode properties = schemaAt.path("properties");
            for (Iterator<String> it = instance.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                names.add(name);
                if (!properties.has(name)) {
                    undeclared.add(path + "." + name + " (in " + definition + ")");
                } else {
                    walk(instance.get(name), properties.get(name), definition, path + "." + name, emitted, undeclared);
                }
            }
        } else if (instance.isArray()) {
            ArrayNode array = (ArrayNode) instance;
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), schemaAt.path("items"), definition, path + "[" + i + "]", emitted, undeclared);
            }
        }
    }

    private static JsonNode resolve(String ref) {
        assertThat(ref).startsWith("#");
        JsonNode target = schemaNode.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("$ref %s resolves", ref).isFalse();
        return target;
    }

    private static JsonNode definitionNode(String definition) {
        return definition.equals("#") ? schemaNode : resolve(definition);
    }

    /** The root ("#") and every $def that declares properties, as $ref strings. */
    private static List<String> objectDefinitions() {
        List<String> definitions = new ArrayList<>(List.of("#"));
        schemaNode.path("$defs").fields().forEachRemaining(def -> {
            if (def.getValue().has("properties")) {
                definitions.add("#/$defs/" + def.getKey());
            }
        });
        return definitions;
    }

    private static List<String> declaredProperties(JsonNode definition) {
        List<String> names = new ArrayList<>();
        definition.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
