package org.chainmap.search;

import java.util.Objects;

/**
 * One thing a query found: a chain, a segment or an enterprise, how well it matched and by what, and
 * where it lies on the map.
 *
 * @param kind a chain, a segment or an enterprise
 * @param id its id in the map
 * @param name its name (the Chinese one for chains and segments)
 * @param field what the query matched: the name, the English name, the credit code or the name's pinyin
 * @param closeness whether the query was all of it, its start, or a part inside
 * @param chainId the chain it is in: the chain itself, a segment's chain, or the chain of an enterprise's
 *     main segment; {@code null} for an enterprise in no segment
 * @param segmentId the segment itself, or an enterprise's main segment; {@code null} for a chain and for an
 *     enterprise in no segment
 * @param local whether it is in the region: always for chains and segments, as the map says for enterprises
 */
public record Hit(
        Kind kind,
        String id,
        String name,
        Field field,
        Closeness closeness,
        String chainId,
        String segmentId,
        boolean local) {

    /** Checks the required fields. */
    public Hit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(closeness, "closeness");
    }

    /** What was found. */
    public enum Kind {
        /** An industry chain. */
        CHAIN,
        /** A segment of a chain. */
        SEGMENT,
        /** An enterprise, local or external. */
        ENTERPRISE
    }

    /** What the query matched. */
    public enum Field {
        /** The name, as written: 电工 in 特变电工衡阳变压器有限公司. */
        NAME,
        /** The English name of a chain or segment: {@code transformer}. */
        ENGLISH_NAME,
        /** The unified social credit code (统一社会信用代码) of an enterprise, or a part of it. */
        CREDIT_CODE,
        /** The initials of the name's pinyin, one letter a character: {@code tbdg}. */
        PINYIN_INITIALS,
        /** The name's pinyin in full or mixed with initials: {@code tebian}, {@code tebiandg}. */
        PINYIN
    }

    /** How much of the field the query covers, best first: results are ranked by it before anything else. */
    public enum Closeness {
        /** The whole field: 特变电工 found by 特变电工, or by {@code tbdg}. */
        EXACT,
        /** The start of the field. */
        PREFIX,
        /** A part inside the field. */
        INSIDE
    }
}
