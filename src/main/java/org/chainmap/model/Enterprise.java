package org.chainmap.model;

import java.util.List;
import java.util.Objects;

/**
 * An enterprise (企业), in the region or outside it, working in one or more segments.
 *
 * @param id unique in the whole map
 * @param name the registered name
 * @param creditCode unified social credit code (统一社会信用代码); {@code null} when unknown
 * @param local whether the firm is in the region
 * @param origin where an external firm is; {@code null} when unknown or local
 * @param county county or district of a local firm; {@code null} when unknown
 * @param park industrial park; {@code null} when unknown
 * @param segments ids of the segments it works in; the first is its main segment
 * @param role chain leader, supplier or service; {@code null} when not said
 * @param tags 规上, 高新, 专精特新, 单项冠军, 上市 and free tags
 * @param revenue revenue or output value in yuan; {@code null} when unknown
 * @param revenueYear the year of {@code revenue}; {@code null} when unknown
 * @param products main products
 * @param verified date the data was last verified (ISO); {@code null} when never
 * @param provenance certainty, data source and note
 * @param extra fields this program does not know, kept as they are
 * @param planned how far the firm has got when it is part of the target map only (to attract, signed,
 *     under construction); {@code null} for a firm that exists today
 * @param industryCode its industry under GB/T 4754 (国民经济行业分类) as a ledger gives it, the section letter
 *     and 2 to 4 digits ({@code C3821}); {@code null} when unknown
 */
public record Enterprise(
        String id,
        String name,
        String creditCode,
        boolean local,
        Origin origin,
        String county,
        String park,
        List<String> segments,
        Role role,
        List<String> tags,
        Long revenue,
        Integer revenueYear,
        List<String> products,
        String verified,
        Provenance provenance,
        Extras extra,
        PlanStatus planned,
        String industryCode) {

    /** Checks the required fields and makes the lists immutable. */
    public Enterprise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        segments = List.copyOf(segments == null ? List.of() : segments);
        tags = List.copyOf(tags == null ? List.of() : tags);
        products = List.copyOf(products == null ? List.of() : products);
        provenance = provenance == null ? Provenance.NONE : provenance;
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A firm of no known industry code. */
    public Enterprise(
            String id,
            String name,
            String creditCode,
            boolean local,
            Origin origin,
            String county,
            String park,
            List<String> segments,
            Role role,
            List<String> tags,
            Long revenue,
            Integer revenueYear,
            List<String> products,
            String verified,
            Provenance provenance,
            Extras extra,
            PlanStatus planned) {
        this(
                id,
                name,
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
                extra,
                planned,
                null);
    }

    /** A firm that exists today (not planned), of no known industry code. */
    public Enterprise(
            String id,
            String name,
            String creditCode,
            boolean local,
            Origin origin,
            String county,
            String park,
            List<String> segments,
            Role role,
            List<String> tags,
            Long revenue,
            Integer revenueYear,
            List<String> products,
            String verified,
            Provenance provenance,
            Extras extra) {
        this(
                id,
                name,
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
                extra,
                null);
    }

    /** Whether the firm is part of the target map only. */
    public boolean isPlanned() {
        return planned != null;
    }

    /** This firm with the plan status {@code status}; {@code null} for a firm that exists today. */
    public Enterprise withPlanned(PlanStatus status) {
        return new Enterprise(
                id,
                name,
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
                extra,
                status,
                industryCode);
    }

    /** A firm with only the fields a script must write. */
    public static Enterprise of(String id, String name, boolean local, List<String> segments, String... tags) {
        return new Enterprise(
                id,
                name,
                null,
                local,
                null,
                null,
                null,
                segments,
                null,
                List.of(tags),
                null,
                null,
                List.of(),
                null,
                Provenance.NONE,
                Extras.NONE);
    }

    /** The main segment's id, or {@code null} when the firm is in no segment. */
    public String mainSegment() {
        return segments.isEmpty() ? null : segments.get(0);
    }

    /** Whether the firm carries {@code tag}. */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** This firm working in {@code newSegments} instead. */
    public Enterprise withSegments(List<String> newSegments) {
        return new Enterprise(
                id,
                name,
                creditCode,
                local,
                origin,
                county,
                park,
                newSegments,
                role,
                tags,
                revenue,
                revenueYear,
                products,
                verified,
                provenance,
                extra,
                planned,
                industryCode);
    }

    /** This firm under the name {@code newName}. */
    public Enterprise withName(String newName) {
        return new Enterprise(
                id,
                newName,
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
                extra,
                planned,
                industryCode);
    }

    /** This firm, local to the region or not; an external firm keeps its origin, a local one has none. */
    public Enterprise withLocal(boolean isLocal) {
        return new Enterprise(
                id,
                name,
                creditCode,
                isLocal,
                isLocal ? null : origin,
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
                extra,
                planned,
                industryCode);
    }

    /** This firm with the industry code {@code code}; {@code null} for none. */
    public Enterprise withIndustryCode(String code) {
        return new Enterprise(
                id,
                name,
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
                extra,
                planned,
                code);
    }
}
