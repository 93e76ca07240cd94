package org.chainmap.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.chainmap.model.Certainty;
import org.chainmap.model.Citation;
import org.chainmap.model.ElementKind;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Origin;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.Provenance;
import org.chainmap.model.Role;
import org.chainmap.model.SupplyLink;

/**
 * Reads the records of a map file's two large arrays, a firm and a link, from their JSON objects, with every
 * problem (see {@link FieldReader}); and the parts other records share with them, an origin and a provenance. The
 * way every element can be read: {@link DirectRecords} reads a plain element faster, straight from the parser, and
 * leaves the rest to this class.
 */
final class BulkRecords {

    private final ObjectMapper mapper;
    private final SnapshotReader issue19;

    /** Reads with {@code mapper} (for unknown fields) and {@code issue19} (for the planned status). */
    BulkRecords(ObjectMapper mapper, SnapshotReader issue19) {
        this.mapper = mapper;
        this.issue19 = issue19;
    }

    Enterprise enterprise(FieldReader fields) {
        String id = fields.requiredText("id");
        String name = fields.requiredText("name");
        String creditCode = fields.text("creditCode");
        boolean local = fields.requiredBoolean("local");
        Origin origin = origin(fields.object("origin"));
        String county = fields.text("county");
        String park = fields.text("park");
        List<String> segments = fields.texts("segments");
        Role role = fields.keyword("role", Role.class);
        List<String> tags = fields.texts("tags");
        Long revenue = fields.whole("revenue");
        Integer revenueYear = fields.integer("revenueYear");
        List<String> products = fields.texts("products");
        String industryCode = fields.text("industryCode");
        PlanStatus planned = issue19.planned(fields, ElementKind.ENTERPRISE, id);
        String verified = fields.text("verified");
        Provenance provenance = provenance(fields);
        if (id == null) {
            return null;
        }
        return new Enterprise(
                id,
                MapReader.orEmpty(name),
                creditCode,
                local,
                origin,
                county,
                park,
                segments,
                role,
                tags,
                revenue,
                revenueYear,
                products,
                verified,
                provenance,
                fields.extras(mapper),
                planned,
                industryCode);
    }

    SupplyLink link(FieldReader fields) {
        String id = fields.text("id");
        String from = fields.requiredText("from");
        String to = fields.requiredText("to");
        String product = fields.text("product");
        Long value = fields.whole("value");
        PlanStatus planned = issue19.planned(fields, ElementKind.LINK, () -> id == null ? from + "→" + to : id);
        Provenance provenance = provenance(fields);
        if (from == null || to == null) {
            return null;
        }
        return new SupplyLink(id, from, to, product, value, provenance, fields.extras(mapper), planned);
    }

    Origin origin(FieldReader fields) {
        if (fields == null) {
            return null;
        }
        return new Origin(fields.text("province"), fields.text("city"), fields.extras(mapper));
    }

    Provenance provenance(FieldReader fields) {
        Certainty certainty = fields.keyword("certainty", Certainty.class);
        String source = fields.text("source");
        List<Citation> cites = fields.objects("cites", this::citation);
        String note = fields.text("note");
        if (certainty == null && source == null && note == null && cites.isEmpty()) {
            return Provenance.NONE;
        }
        return new Provenance(certainty, source, note, cites);
    }

    Citation citation(FieldReader fields) {
        String source = fields.requiredText("source");
        String checked = fields.text("checked");
        if (source == null) {
            return null;
        }
        return new Citation(source, checked, fields.extras(mapper));
    }
}
