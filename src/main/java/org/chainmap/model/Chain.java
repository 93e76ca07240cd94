package org.chainmap.model;

import java.util.List;
import java.util.Objects;

/**
 * An industry chain (产业链): its segments from upstream to downstream and the lists it is run by.
 *
 * @param id unique in the whole map, e.g. {@code power}
 * @param name the chain's name, e.g. 新型能源及电力装备产业链
 * @param nameEn the English name; {@code null} when not given
 * @param color the chain's colour on maps as {@code #RRGGBB}; {@code null} for an automatic one
 * @param chief the chain chief (链长); {@code null} when not given
 * @param leadOffice the promotion office (推进办公室); {@code null} when not given
 * @param hostPark the main host park or county; {@code null} when not given
 * @param segments the chain's segments in document order
 * @param lists the five lists (五单)
 * @param pins the positions the user pinned in the chain's drawing
 * @param provenance certainty, source and note
 * @param extra fields this program does not know, kept as they are
 */
public record Chain(
        String id,
        String name,
        String nameEn,
        String color,
        String chief,
        String leadOffice,
        String hostPark,
        List<Segment> segments,
        ChainLists lists,
        Pins pins,
        Provenance provenance,
        Extras extra) {

    /** Checks the required fields and makes the lists immutable. */
    public Chain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        segments = List.copyOf(segments == null ? List.of() : segments);
        lists = lists == null ? ChainLists.EMPTY : lists;
        pins = pins == null ? Pins.NONE : pins;
        provenance = provenance == null ? Provenance.NONE : provenance;
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A chain with only an id, a name and segments. */
    public static Chain of(String id, String name, Segment... segments) {
        return new Chain(
                id,
                name,
                null,
                null,
                null,
                null,
                null,
                List.of(segments),
                ChainLists.EMPTY,
                Pins.NONE,
                Provenance.NONE,
                Extras.NONE);
    }

    /** This chain with {@code newSegments} instead of its segments. */
    public Chain withSegments(List<Segment> newSegments) {
        return new Chain(
                id, name, nameEn, color, chief, leadOffice, hostPark, newSegments, lists, pins, provenance, extra);
    }

    /** This chain with {@code newLists} instead of its five lists. */
    public Chain withLists(ChainLists newLists) {
        return new Chain(
                id, name, nameEn, color, chief, leadOffice, hostPark, segments, newLists, pins, provenance, extra);
    }

    /** This chain with {@code newPins} instead of its pinned positions. */
    public Chain withPins(Pins newPins) {
        return new Chain(
                id, name, nameEn, color, chief, leadOffice, hostPark, segments, lists, newPins, provenance, extra);
    }

    /** The segments of one stage, sorted by their order; ties keep document order. */
    public List<Segment> segments(Stage stage) {
        return segments.stream()
                .filter(segment -> segment.stage() == stage)
                .sorted(java.util.Comparator.comparingInt(Segment::order))
                .toList();
    }

    /** This chain under the names {@code newName} and {@code newNameEn}. */
    public Chain withName(String newName, String newNameEn) {
        return new Chain(
                id, newName, newNameEn, color, chief, leadOffice, hostPark, segments, lists, pins, provenance, extra);
    }

    /** This chain drawn in {@code newColor} ({@code #RRGGBB}; {@code null} for an automatic colour). */
    public Chain withColor(String newColor) {
        return new Chain(
                id, name, nameEn, newColor, chief, leadOffice, hostPark, segments, lists, pins, provenance, extra);
    }
}
