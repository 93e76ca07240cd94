package org.chainmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.model.Certainty;
import org.chainmap.model.Citation;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Keyword;
import org.chainmap.model.LinkEnds;
import org.chainmap.model.Origin;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.Provenance;
import org.chainmap.model.Role;
import org.chainmap.model.SupplyLink;

/**
 * Reads a plain firm or link straight from the parser into its record, without a tree of the element: the
 * hundreds of thousands of elements of a large map are read with no node, map or field reader each (decision
 * 0048).
 *
 * <p>Plain means that {@link BulkRecords} would read the element without a single problem: each field known, once,
 * of its type, not null, its value one the format allows (a required text not blank, a keyword known, a whole number
 * written as one and in range). Anything else throws {@link ExactJson.NotPlain} and the file is read again with a tree
 * per element, which finds and words every problem as it always has; so for a plain element this class must give
 * exactly the record {@link BulkRecords} gives (StreamedReadTest holds it to that).
 */
final class DirectRecords {

    private static final Role[] ROLES = Role.values();
    private static final Certainty[] CERTAINTIES = Certainty.values();
    private static final PlanStatus[] STATUSES = PlanStatus.values();

    /** The number of firms read so far; the next firm's number. */
    private int firmsRead;
    /** Whether the id of each firm read so far is kept in the pool, where a link's end finds its firm. */
    private boolean firmIdsKept = true;
    /** The firms read before the first link; -1 before it. */
    private int firmsBeforeLinks = -1;
    /** The firm numbers of each link's supplier and customer read so far. */
    private final LinkEnds.Builder ends = new LinkEnds.Builder();
    /** The fields of the firm and of the link being read: one each, emptied for every element (270,000 a map). */
    private final Firm firm = new Firm();

    private final Link link = new Link();

    /** The firm that starts at {@code token}. */
    Enterprise enterprise(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        start(token);
        Firm firm = this.firm.emptied();
        firm.number = firmsRead++;
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            firm.read(name(parser, next), parser, parser.nextToken(), pool);
        }
        firmIdsKept &= firm.idKept;
        if (firm.id == null || firm.name == null || firm.local == null) {
            throw new ExactJson.NotPlain("a firm without its id, name or local");
        }
        return new Enterprise(
                firm.id,
                firm.name,
                firm.creditCode,
                firm.local,
                firm.origin,
                firm.county,
                firm.park,
                firm.segments,
                firm.role,
                firm.tags,
                firm.revenue,
                firm.revenueYear,
                firm.products,
                firm.verified,
                provenance(firm.certainty, firm.source, firm.note, firm.cites),
                Extras.NONE,
                firm.planned,
                firm.industryCode);
    }

    /** The link that starts at {@code token}. */
    SupplyLink link(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        start(token);
        Link link = this.link.emptied();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            link.read(name(parser, next), parser, parser.nextToken(), pool);
        }
        if (link.from == null || link.to == null) {
            throw new ExactJson.NotPlain("a link without its ends");
        }
        if (firmsBeforeLinks < 0) {
            firmsBeforeLinks = firmsRead;
        }
        ends.add(link.supplier, link.customer);
        return new SupplyLink(
                link.id,
                link.from,
                link.to,
                link.product,
                link.value,
                provenance(link.certainty, link.source, link.note, link.cites),
                Extras.NONE,
                link.planned);
    }

    /**
     * The ends of the links read as firm numbers, for a map of {@code firms} firms and {@code links} links: known
     * when these are the firms and links this read, every firm was read before the first link, and each firm's id
     * is kept in the pool (then an end that found no firm there names none); {@code null} otherwise.
     */
    LinkEnds linkEnds(int firms, int links) {
        boolean whole = firms == firmsRead && links == ends.size() && firmIdsKept;
        if (!whole || (links > 0 && firmsBeforeLinks != firmsRead)) {
            return null;
        }
        return ends.build();
    }

    /** The fields of one element read so far, each at most once. */
    private abstract static class Fields {

        private int seen;

        /** Forgets the fields read (each may be read once again). */
        final void forget() {
            seen = 0;
        }

        /** {@code value}, of field number {@code bit}, which must not have been read before. */
        final <T> T once(int bit, T value) throws IOException {
            if ((seen & (1 << bit)) != 0) {
                throw new ExactJson.NotPlain("a field twice");
            }
            seen |= 1 << bit;
            return value;
        }

        /** Reads field {@code field}, whose value starts at {@code at}. */
        abstract void read(String field, JsonParser parser, JsonToken at, TextPool pool) throws IOException;
    }

    /** A firm's fields, as {@link BulkRecords#enterprise} reads them. */
    private static final class Firm extends Fields {
        int number;
        boolean idKept;
        String id;
        String name;
        String creditCode;
        Boolean local;
        Origin origin;
        String county;
        String park;
        List<String> segments = List.of();
        Role role;
        List<String> tags = List.of();
        Long revenue;
        Integer revenueYear;
        List<String> products = List.of();
        String industryCode;
        PlanStatus planned;
        String verified;
        Certainty certainty;
        String source;
        String note;
        List<Citation> cites = List.of();

        /** This, without the fields of the firm read before. */
        Firm emptied() {
            forget();
            idKept = false;
            id = null;
            name = null;
            creditCode = null;
            local = null;
            origin = null;
            county = null;
            park = null;
            segments = List.of();
            role = null;
            tags = List.of();
            revenue = null;
            revenueYear = null;
            products = List.of();
            industryCode = null;
            planned = null;
            verified = null;
            certainty = null;
            source = null;
            note = null;
            cites = List.of();
            return this;
        }

        @Override
        void read(String field, JsonParser parser, JsonToken at, TextPool pool) throws IOException {
            switch (field) {
                case "id" -> {
                    id = once(0, required(parser, at, pool));
                    idKept = pool.firmIdRead(number);
                }
                    // a firm's name and credit code are its own: kept out of the pool, which they would only fill
                case "name" -> name = once(1, required(parser, at, null));
                case "creditCode" -> creditCode = once(2, text(parser, at, null));
                case "local" -> local = once(3, bool(at));
                case "origin" -> origin = once(4, origin(parser, at, pool));
                case "county" -> county = once(5, text(parser, at, pool));
                case "park" -> park = once(6, text(parser, at, pool));
                case "segments" -> segments = once(7, texts(parser, at, pool));
                case "role" -> role = once(8, keyword(parser, at, pool, ROLES));
                case "tags" -> tags = once(9, texts(parser, at, pool));
                case "revenue" -> revenue = once(10, whole(parser, at));
                case "revenueYear" -> revenueYear = once(11, integer(parser, at));
                case "products" -> products = once(12, texts(parser, at, pool));
                case "industryCode" -> industryCode = once(13, text(parser, at, pool));
                case "planned" -> planned = once(14, planned(parser, at, pool));
                case "verified" -> verified = once(15, text(parser, at, pool));
                case "certainty" -> certainty = once(16, keyword(parser, at, pool, CERTAINTIES));
                case "source" -> source = once(17, text(parser, at, pool));
                case "note" -> note = once(18, text(parser, at, pool));
                case "cites" -> cites = once(19, cites(parser, at, pool));
                default -> throw new ExactJson.NotPlain("the field " + field);
            }
        }
    }

    /** A link's fields, as {@link BulkRecords#link} reads them. */
    private static final class Link extends Fields {
        String id;
        String from;
        String to;
        // the numbers of the firms from and to name, as the pool knows them; -1 for none
        int supplier = -1;
        int customer = -1;
        String product;
        Long value;
        PlanStatus planned;
        Certainty certainty;
        String source;
        String note;
        List<Citation> cites = List.of();

        /** This, without the fields of the link read before. */
        Link emptied() {
            forget();
            id = null;
            from = null;
            to = null;
            supplier = -1;
            customer = -1;
            product = null;
            value = null;
            planned = null;
            certainty = null;
            source = null;
            note = null;
            cites = List.of();
            return this;
        }

        @Override
        void read(String field, JsonParser parser, JsonToken at, TextPool pool) throws IOException {
            switch (field) {
                case "id" -> id = once(0, text(parser, at, pool));
                case "from" -> {
                    from = once(1, required(parser, at, pool));
                    supplier = pool.firmOfLast();
                }
                case "to" -> {
                    to = once(2, required(parser, at, pool));
                    customer = pool.firmOfLast();
                }
                case "product" -> product = once(3, text(parser, at, pool));
                case "value" -> value = once(4, whole(parser, at));
                case "planned" -> planned = once(5, planned(parser, at, pool));
                case "certainty" -> certainty = once(6, keyword(parser, at, pool, CERTAINTIES));
                case "source" -> source = once(7, text(parser, at, pool));
                case "note" -> note = once(8, text(parser, at, pool));
                case "cites" -> cites = once(9, cites(parser, at, pool));
                default -> throw new ExactJson.NotPlain("the field " + field);
            }
        }
    }

    private static void start(JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new ExactJson.NotPlain("an element that is not an object");
        }
    }

    /** The name of the field at {@code token}, which the file must not end before. */
    private static String name(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.FIELD_NAME) {
            throw new ExactJson.NotPlain("the end of the file");
        }
        return parser.currentName();
    }

    /** A required text: a string that is not blank. */
    private static String required(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        String text = string(parser, token, pool);
        if (text.isBlank()) {
            throw new ExactJson.NotPlain("a blank text");
        }
        return text;
    }

    /** An optional text as {@link FieldReader#text} gives it: an empty string reads as none. */
    private static String text(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        String text = string(parser, token, pool);
        return text.isEmpty() ? null : text;
    }

    /** The string the parser stands on: the pool's, or a new one when {@code pool} is {@code null}. */
    private static String string(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new ExactJson.NotPlain("a value that is not a string");
        }
        return pool == null ? parser.getText() : pool.text(parser).textValue();
    }

    private static boolean bool(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw new ExactJson.NotPlain("a value that is not a boolean");
    }

    /** A whole number written as one, within a long; a number written otherwise is left to the trees. */
    private static Long whole(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new ExactJson.NotPlain("a value that is not a whole number");
        }
        JsonParser.NumberType type = parser.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw new ExactJson.NotPlain("a number beyond a long");
        }
        return parser.getLongValue();
    }

    private static Integer integer(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw new ExactJson.NotPlain("a value that is not a whole number within an int");
        }
        return parser.getIntValue();
    }

    private static <E extends Enum<E> & Keyword> E keyword(
            JsonParser parser, JsonToken token, TextPool pool, E[] constants) throws IOException {
        return keyword(string(parser, token, pool), constants);
    }

    private static <E extends Enum<E> & Keyword> E keyword(String word, E[] constants) throws IOException {
        for (E constant : constants) {
            if (constant.id().equals(word)) {
                return constant;
            }
        }
        throw new ExactJson.NotPlain("an unknown keyword");
    }

    private static PlanStatus planned(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        String word = text(parser, token, pool);
        return word == null ? null : keyword(word, STATUSES);
    }

    private static List<String> texts(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new ExactJson.NotPlain("a value that is not an array");
        }
        List<String> values = new ArrayList<>(4);
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            values.add(string(parser, next, pool));
        }
        return values;
    }

    private static Origin origin(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        start(token);
        Place place = new Place();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
            place.read(name(parser, next), parser, parser.nextToken(), pool);
        }
        return new Origin(place.province, place.city, Extras.NONE);
    }

    /** An origin's fields, as {@link BulkRecords#origin} reads them. */
    private static final class Place extends Fields {
        String province;
        String city;

        @Override
        void read(String field, JsonParser parser, JsonToken at, TextPool pool) throws IOException {
            switch (field) {
                case "province" -> province = once(0, text(parser, at, pool));
                case "city" -> city = once(1, text(parser, at, pool));
                default -> throw new ExactJson.NotPlain("the field origin." + field);
            }
        }
    }

    private static Provenance provenance(Certainty certainty, String source, String note, List<Citation> cites) {
        if (certainty == null && source == null && note == null && cites.isEmpty()) {
            return Provenance.NONE;
        }
        return new Provenance(certainty, source, note, cites);
    }

    private static List<Citation> cites(JsonParser parser, JsonToken token, TextPool pool) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new ExactJson.NotPlain("a value that is not an array");
        }
        List<Citation> cites = new ArrayList<>(2);
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            start(next);
            Cited cited = new Cited();
            for (JsonToken field = parser.nextToken(); field != JsonToken.END_OBJECT; field = parser.nextToken()) {
                cited.read(name(parser, field), parser, parser.nextToken(), pool);
            }
            if (cited.source == null) {
                throw new ExactJson.NotPlain("a citation without its source");
            }
            cites.add(new Citation(cited.source, cited.checked, Extras.NONE));
        }
        return cites;
    }

    /** A citation's fields, as {@link BulkRecords#citation} reads them. */
    private static final class Cited extends Fields {
        String source;
        String checked;

        @Override
        void read(String field, JsonParser parser, JsonToken at, TextPool pool) throws IOException {
            switch (field) {
                case "source" -> source = once(0, required(parser, at, pool));
                case "checked" -> checked = once(1, text(parser, at, pool));
                default -> throw new ExactJson.NotPlain("the field cites." + field);
            }
        }
    }
}
