package org.chainmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.chainmap.model.AnalysisSettings;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainLists;
import org.chainmap.model.ElementKind;
import org.chainmap.model.Enterprise;
import org.chainmap.model.LinkEnds;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Origin;
import org.chainmap.model.Pins;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.Presentation;
import org.chainmap.model.Problem;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Reliability;
import org.chainmap.model.ScaleRule;
import org.chainmap.model.Segment;
import org.chainmap.model.Snapshots;
import org.chainmap.model.Source;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.chainmap.model.TargetStatus;

/**
 * Reads a map file (version {@value #VERSION}, see docs/format.md) into a {@link RegionMap}, with every problem.
 *
 * <p>Reading never throws for bad input: a file that is not JSON, not a map, too large, too deep, or
 * breaks a rule of the format gives a {@link LoadResult} without a map and with one problem per fault,
 * each placed at its line and column. Reading goes on past a fault (a missing name reads as empty, an
 * unknown stage as midstream) so that later faults are found too; such stand-ins never reach a user,
 * because any error withholds the map.
 */
public final class MapReader {

    /** The newest format version this program reads and the one it writes. */
    public static final int VERSION = 1;

    /** The largest file read: 64 MiB, far above a real region's map (10k firms take about 5 MiB). */
    public static final long MAX_BYTES = 64L << 20;

    /** The deepest nesting of objects and arrays read; a map needs 6. */
    public static final int MAX_DEPTH = 64;

    /** The longest string read: 1 MiB. */
    public static final int MAX_STRING = 1 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final List<Problem> problems = new ArrayList<>();
    private final SnapshotReader issue19 = new SnapshotReader(MAPPER, problems);
    private final BulkRecords records = new BulkRecords(MAPPER, issue19);
    private final BulkArray<Enterprise> enterprises;
    private final BulkArray<SupplyLink> links;
    /** The root arrays read as a stream, each element made its record at once. */
    private final Map<String, ExactJson.ElementSink> streamed;
    /** The direct reader of plain firms and links, which finds each link's firms as it reads it; or {@code null}. */
    private final DirectRecords plain;

    /** A reader for one file; with {@code direct}, plain firms and links are read straight from the parser. */
    private MapReader(boolean direct) {
        plain = direct ? new DirectRecords() : null;
        enterprises = new BulkArray<>("enterprises", records::enterprise, plain == null ? null : plain::enterprise);
        links = new BulkArray<>("links", records::link, plain == null ? null : plain::link);
        streamed = Map.of("enterprises", enterprises, "links", links);
    }

    /**
     * Does nothing but set the reader up (the JSON machinery, made when the class is first used) on the calling
     * thread, so that a later read does not pay for it where it is waited on (the window's start).
     */
    public static void warmUp() {
        // the class's initialisation is the whole work
    }

    /**
     * Reads the map file at {@code file}: never more than {@link #MAX_BYTES} bytes, whatever size the file
     * claims (a device or a pipe claims none). The result carries the stamp of the bytes read.
     */
    public static LoadResult read(Path file) {
        return read(file, map -> {});
    }

    /**
     * Reads the map file at {@code file} as {@link #read(Path)} does, and gives {@code beforeValidation} the map
     * the file holds, if it holds one, before validating it: a command may start its own work on the map in
     * another thread, to use a second core while the map is validated, and drop that work if the map has
     * errors.
     */
    public static LoadResult read(Path file, Consumer<RegionMap> beforeValidation) {
        return MapFileRead.read(file, beforeValidation, true);
    }

    /**
     * Reads the map file at {@code file} as {@link #read(Path, Consumer)} does, without its stamp: for a map
     * that is only read (the commands validate, gaps, info, export, report, compare, slides), never written
     * back, so that nothing needs to tell later whether someone else changed the file. Its SHA-256 costs
     * about 0.2 s of a core per 48 MB. The window and the commands that save keep {@link #read(Path)}.
     */
    public static LoadResult readWithoutStamp(Path file, Consumer<RegionMap> beforeValidation) {
        return MapFileRead.read(file, beforeValidation, false);
    }

    /** {@link #readWithoutStamp(Path, Consumer)} with nothing before validation. */
    public static LoadResult readWithoutStamp(Path file) {
        return readWithoutStamp(file, map -> {});
    }

    /** Reads a map from the bytes of a file (UTF-8, with or without a byte-order mark). */
    public static LoadResult read(byte[] bytes) {
        return read(bytes, map -> {});
    }

    /** Reads a map from {@code bytes} as {@link #read(Path, Consumer)} does after reading them from the file. */
    static LoadResult read(byte[] bytes, Consumer<RegionMap> beforeValidation) {
        return read(bytes, beforeValidation, Way.DIRECT);
    }

    /**
     * The map in {@code bytes} read as one whole tree, the firms and links too: the way every file was read before
     * they were streamed (decision 0030), kept so that tests can hold the stream to it.
     */
    static LoadResult readAsTree(byte[] bytes) {
        return read(bytes, map -> {}, Way.TREE);
    }

    /**
     * The map in {@code bytes} with its firms and links streamed but each element made a small tree first: the way
     * of decisions 0030 and 0042, which a file that is not plain is read with; kept so that tests can hold the
     * direct way to it.
     */
    static LoadResult readWithElementTrees(byte[] bytes) {
        return read(bytes, map -> {}, Way.ELEMENT_TREES);
    }

    /** How the firms and links of a file are read. */
    private enum Way {
        /** Within the whole file's tree. */
        TREE,
        /** As a stream, each element a small tree read by {@link BulkRecords}. */
        ELEMENT_TREES,
        /**
         * As a stream, each plain element straight from the parser ({@link DirectRecords}); a file with any element
         * that is not plain is read again {@link #ELEMENT_TREES}.
         */
        DIRECT
    }

    /** The map in {@code bytes}, validated and its problems placed unless {@code beforeValidation} is null. */
    private static LoadResult read(byte[] bytes, Consumer<RegionMap> beforeValidation, Way way) {
        if (bytes.length > MAX_BYTES) {
            return LoadResult.failed(Problem.error(JsonPath.ROOT, "file.tooLarge", (long) bytes.length, MAX_BYTES));
        }
        MapReader reader = new MapReader(way == Way.DIRECT);
        JsonNode root;
        try {
            root = reader.parse(bytes, way);
        } catch (IOException e) {
            if (way != Way.DIRECT) {
                return failure(e, bytes);
            }
            // Not plain, or not JSON: the way that reads every file finds which, and all that is wrong with it.
            reader = new MapReader(false);
            try {
                root = reader.parse(bytes, Way.ELEMENT_TREES);
            } catch (IOException fault) {
                return failure(fault, bytes);
            }
        }
        if (root == null || root.isMissingNode()) {
            return LoadResult.failed(Problem.error(JsonPath.ROOT, "json.empty"));
        }
        RegionMap map = reader.readRoot(root);
        if (map != null && reader.plain != null) {
            LinkEnds ends =
                    reader.plain.linkEnds(map.enterprises().size(), map.links().size());
            map = ends == null ? map : map.givenLinkEnds(ends);
        }
        root = null; // the tree is garbage from here on: let a collection during validation free it
        if (beforeValidation == null) {
            return LoadResult.of(map, reader.problems);
        }
        List<Problem> all = new ArrayList<>(reader.problems);
        if (map != null) {
            beforeValidation.accept(map);
            Set<String> flagged = new HashSet<>();
            reader.problems.stream().filter(Problem::isError).forEach(problem -> flagged.add(problem.path()));
            MapValidator.validate(map).stream()
                    .filter(problem -> !flagged.contains(problem.path()))
                    .forEach(all::add);
        }
        return LoadResult.of(map, SourceLocator.place(FACTORY, bytes, all));
    }

    private JsonNode parse(byte[] bytes, Way way) throws IOException {
        return way == Way.TREE ? ExactJson.read(FACTORY, bytes) : ExactJson.read(FACTORY, bytes, streamed);
    }

    private static LoadResult failure(IOException e, byte[] bytes) {
        if (e instanceof JsonProcessingException json) {
            return LoadResult.failed(MapInput.problem(json, bytes));
        }
        return LoadResult.failed(Problem.error(JsonPath.ROOT, "file.unreadable", String.valueOf(e.getMessage())));
    }

    /**
     * The map in bytes that {@link MapWriter} has just written, for {@link MapFile#save} to compare with the
     * map it saves: what {@link #read(byte[])} gives, but without validating the map (the caller validated
     * the map it compares with, and an equal map has the same problems) or placing problems other than a
     * fault of the JSON itself.
     */
    static LoadResult readBack(byte[] bytes) {
        return read(bytes, null, Way.DIRECT);
    }

    private RegionMap readRoot(JsonNode root) {
        FieldReader fields = new FieldReader(root, JsonPath.ROOT, problems);
        if (!root.isObject()) {
            problems.add(Problem.error(
                    JsonPath.ROOT, "field.type", "$", FieldReader.ValueType.OBJECT, FieldReader.ValueType.of(root)));
            return null;
        }
        JsonNode format = root.get("format");
        if (format == null) {
            problems.add(Problem.error(fields.pathOf("format"), "field.required", "format"));
            return null;
        }
        if (!"chainmap".equals(format.textValue())) {
            problems.add(Problem.error(fields.pathOf("format"), "format.wrong", format.toString()));
            return null;
        }
        fields.markRead("format");
        if (!checkVersion(root.get("version"), fields)) {
            return null;
        }
        Region region = readRegion(fields.object("region"), fields);
        AnalysisSettings analysis = readAnalysis(fields.object("analysis"));
        fields.requireArray("chains");
        List<Chain> chains = fields.objects("chains", this::readChain);
        List<Enterprise> enterprises = this.enterprises.read(fields, problems);
        List<SupplyLink> links = this.links.read(fields, problems);
        List<Target> targets = fields.objects("targets", this::readTarget);
        List<Source> sources = fields.objects("sources", this::readSource);
        Presentation presentation = new PresentationReader(MAPPER).read(fields.object("presentation"));
        Snapshots snapshots = issue19.read(fields.object("snapshots"));
        return new RegionMap(
                region,
                analysis,
                chains,
                enterprises,
                links,
                targets,
                sources,
                presentation,
                snapshots,
                fields.extras(MAPPER));
    }

    private boolean checkVersion(JsonNode version, FieldReader fields) {
        fields.markRead("version");
        if (version == null) {
            problems.add(Problem.error(fields.pathOf("version"), "field.required", "version"));
            return false;
        }
        if (!isWholeNumber(version) || version.asLong() < 1) {
            problems.add(Problem.error(fields.pathOf("version"), "version.invalid", version.toString()));
            return false;
        }
        if (version.asLong() > VERSION) {
            problems.add(Problem.error(fields.pathOf("version"), "version.newer", version.asLong(), VERSION));
            return false;
        }
        return true;
    }

    private Region readRegion(FieldReader fields, FieldReader root) {
        if (fields == null) {
            if (!root.present("region")) {
                problems.add(Problem.error(root.pathOf("region"), "field.required", "region"));
            }
            return Region.of("", null);
        }
        String name = fields.requiredText("name");
        return new Region(
                orEmpty(name),
                fields.text("code"),
                fields.text("title"),
                fields.text("date"),
                fields.text("source"),
                fields.extras(MAPPER));
    }

    private AnalysisSettings readAnalysis(FieldReader fields) {
        if (fields == null) {
            return AnalysisSettings.DEFAULTS;
        }
        Integer weakBelow = fields.integer("weakBelow");
        String scaleTag = fields.textAsWritten("scaleTag");
        ScaleRule scale = fields.keyword("scale", ScaleRule.class);
        Long scaleRevenue = fields.whole("scaleRevenue");
        return new AnalysisSettings(
                weakBelow == null ? AnalysisSettings.DEFAULT_WEAK_BELOW : weakBelow,
                scaleTag,
                scale,
                scaleRevenue == null ? AnalysisSettings.DEFAULT_SCALE_REVENUE : scaleRevenue,
                fields.extras(MAPPER));
    }

    private Chain readChain(FieldReader fields) {
        String id = fields.requiredText("id");
        String name = fields.requiredText("name");
        String nameEn = fields.text("nameEn");
        String color = fields.text("color");
        String chief = fields.text("chief");
        String leadOffice = fields.text("leadOffice");
        String hostPark = fields.text("hostPark");
        Provenance provenance = records.provenance(fields);
        List<Segment> segments = fields.objects("segments", this::readSegment);
        ChainLists lists = readLists(fields.object("lists"));
        Pins pins = PinsReader.read(fields.object("pins"), MAPPER);
        if (id == null) {
            return null;
        }
        return new Chain(
                id,
                orEmpty(name),
                nameEn,
                color,
                chief,
                leadOffice,
                hostPark,
                segments,
                lists,
                pins,
                provenance,
                fields.extras(MAPPER));
    }

    private Segment readSegment(FieldReader fields) {
        String id = fields.requiredText("id");
        String name = fields.requiredText("name");
        String nameEn = fields.text("nameEn");
        Stage stage = fields.requiredKeyword("stage", Stage.class);
        Integer order = fields.integer("order");
        List<String> codes = fields.texts("industryCodes");
        List<String> products = fields.texts("products");
        boolean core = fields.bool("core", false);
        List<String> feeds = fields.texts("feeds");
        PlanStatus planned = issue19.planned(fields, ElementKind.SEGMENT, id);
        Provenance provenance = records.provenance(fields);
        if (id == null) {
            return null;
        }
        return new Segment(
                id,
                orEmpty(name),
                nameEn,
                stage == null ? Stage.MIDSTREAM : stage,
                order == null ? 0 : order,
                codes,
                products,
                core,
                feeds,
                provenance,
                fields.extras(MAPPER),
                planned);
    }

    private ChainLists readLists(FieldReader fields) {
        if (fields == null) {
            return ChainLists.EMPTY;
        }
        Map<ListKind, List<ListItem>> items = new EnumMap<>(ListKind.class);
        for (ListKind kind : ListKind.values()) {
            items.put(kind, fields.objects(kind.id(), this::readListItem));
        }
        return new ChainLists(items, fields.extras(MAPPER));
    }

    private ListItem readListItem(FieldReader fields) {
        String id = fields.requiredText("id");
        String title = fields.requiredText("title");
        String status = fields.text("status");
        Long amount = fields.whole("amount");
        Integer year = fields.integer("year");
        String segment = fields.text("segment");
        Provenance provenance = records.provenance(fields);
        if (id == null) {
            return null;
        }
        return new ListItem(id, orEmpty(title), status, amount, year, segment, provenance, fields.extras(MAPPER));
    }

    private Target readTarget(FieldReader fields) {
        String id = fields.requiredText("id");
        String segment = fields.requiredText("segment");
        String name = fields.requiredText("name");
        String enterprise = fields.text("enterprise");
        Origin origin = records.origin(fields.object("origin"));
        String reason = fields.text("reason");
        TargetStatus status = fields.keyword("status", TargetStatus.class);
        Provenance provenance = records.provenance(fields);
        if (id == null || segment == null) {
            return null;
        }
        return new Target(
                id, segment, orEmpty(name), enterprise, origin, reason, status, provenance, fields.extras(MAPPER));
    }

    private Source readSource(FieldReader fields) {
        String id = fields.requiredText("id");
        String title = fields.requiredText("title");
        String publisher = fields.text("publisher");
        String date = fields.text("date");
        String url = fields.text("url");
        Reliability reliability = fields.keyword("reliability", Reliability.class);
        String note = fields.text("note");
        if (id == null) {
            return null;
        }
        return new Source(id, orEmpty(title), publisher, date, url, reliability, note, fields.extras(MAPPER));
    }

    private static boolean isWholeNumber(JsonNode node) {
        return node.isIntegralNumber()
                || (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
