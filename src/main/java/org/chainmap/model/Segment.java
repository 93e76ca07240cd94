package org.chainmap.model;

import java.util.List;
import java.util.Objects;

/**
 * A segment (环节) of a chain: one step from raw material to end use, such as 变压器 or 铜杆.
 *
 * @param id unique in the whole map, by convention prefixed with the chain id ({@code power.transformer})
 * @param name the segment's name
 * @param nameEn the English name; {@code null} when not given
 * @param stage upstream, midstream or downstream
 * @param order position within the stage, smallest first; ties keep document order
 * @param industryCodes GB/T 4754-2017 industry codes, such as C3821
 * @param products the products that make a firm part of this segment when an import places firms by their
 *     products (decision 0031), such as 锂电池正极材料
 * @param core whether it is a core segment of its chain
 * @param feeds ids of the segments this one supplies, possibly in other chains
 * @param provenance certainty, source and note
 * @param extra fields this program does not know, kept as they are
 * @param planned how far the segment has got when it is part of the target map only; {@code null} for a
 *     segment the chain has today
 */
public record Segment(
        String id,
        String name,
        String nameEn,
        Stage stage,
        int order,
        List<String> industryCodes,
        List<String> products,
        boolean core,
        List<String> feeds,
        Provenance provenance,
        Extras extra,
        PlanStatus planned) {

    /** Checks the required fields and makes the lists immutable. */
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        industryCodes = List.copyOf(industryCodes == null ? List.of() : industryCodes);
        products = List.copyOf(products == null ? List.of() : products);
        feeds = List.copyOf(feeds == null ? List.of() : feeds);
        provenance = provenance == null ? Provenance.NONE : provenance;
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A segment the chain has today (not planned). */
    public Segment(
            String id,
            String name,
            String nameEn,
            Stage stage,
            int order,
            List<String> industryCodes,
            List<String> products,
            boolean core,
            List<String> feeds,
            Provenance provenance,
            Extras extra) {
        this(id, name, nameEn, stage, order, industryCodes, products, core, feeds, provenance, extra, null);
    }

    /** Whether the segment is part of the target map only. */
    public boolean isPlanned() {
        return planned != null;
    }

    /** This segment with the plan status {@code status}; {@code null} for a segment the chain has today. */
    public Segment withPlanned(PlanStatus status) {
        return new Segment(
                id, name, nameEn, stage, order, industryCodes, products, core, feeds, provenance, extra, status);
    }

    /** A plain segment: no English name, order 0, not core, no codes. */
    public static Segment of(String id, String name, Stage stage, String... feeds) {
        return new Segment(
                id, name, null, stage, 0, List.of(), List.of(), false, List.of(feeds), Provenance.NONE, Extras.NONE);
    }

    /** This segment supplying {@code newFeeds} instead. */
    public Segment withFeeds(List<String> newFeeds) {
        return new Segment(
                id, name, nameEn, stage, order, industryCodes, products, core, newFeeds, provenance, extra, planned);
    }

    /** This segment under the names {@code newName} and {@code newNameEn}. */
    public Segment withName(String newName, String newNameEn) {
        return new Segment(
                id, newName, newNameEn, stage, order, industryCodes, products, core, feeds, provenance, extra, planned);
    }

    /** This segment covering the industry codes {@code newCodes} and the products {@code newProducts}. */
    public Segment withCoverage(List<String> newCodes, List<String> newProducts) {
        return new Segment(
                id, name, nameEn, stage, order, newCodes, newProducts, core, feeds, provenance, extra, planned);
    }

    /** This segment in {@code newStage} at position {@code newOrder}. */
    public Segment withStage(Stage newStage, int newOrder) {
        return new Segment(
                id, name, nameEn, newStage, newOrder, industryCodes, products, core, feeds, provenance, extra, planned);
    }
}
