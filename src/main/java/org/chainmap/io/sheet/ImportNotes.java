package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import as a whole should tell the user beside its rows (decision 0022): the chains it adds with the ids
 * they get, the firms it leaves in no segment, the new firms whose being local was read from their credit code,
 * and how many new firms were taken as local for want of anything saying where they are.
 *
 * @param newChains the chains added, each as its id and name, in the order they were met
 * @param unplaced the names of the firms the import brings or changes that are in no segment
 * @param localByCode the names of the new firms found local by their credit code's registering authority
 * @param externalByCode the names of the new firms found external by it
 * @param newFirms how many firms the import adds
 * @param assumedLocal how many of them were taken as local with nothing to say so (no 是否本地, no province or
 *     city, no credit code inside or outside the region's division code)
 * @param regionCode the region's division code; {@code null} when the map has none
 * @param placedByProduct how many firms the rules placed in segments by their products (decision 0031)
 * @param placedByCode how many firms the rules placed by their industry codes
 * @param cutUnknown the cells of products or tags cut at a separator though the map knew none of their values
 */
public record ImportNotes(
        List<NewChain> newChains,
        List<String> unplaced,
        List<String> localByCode,
        List<String> externalByCode,
        int newFirms,
        int assumedLocal,
        String regionCode,
        int placedByProduct,
        int placedByCode,
        CutCells cutUnknown) {

    /** Nothing to note. */
    public static final ImportNotes NONE =
            new ImportNotes(List.of(), List.of(), List.of(), List.of(), 0, 0, null, 0, 0, CutCells.NONE);

    /**
     * A chain the import adds.
     *
     * @param id the id it gets
     * @param name its name
     */
    public record NewChain(String id, String name) {}

    /**
     * Cells of products or tags that an import cut into several values though the map knew none of them: text
     * alone cannot tell a list from one value that holds 、 (decisions 0022, 0031), so the preview says so.
     *
     * @param count how many cells
     * @param example the first such cell's text; {@code null} when none
     * @param pieces what it was cut into
     */
    public record CutCells(int count, String example, List<String> pieces) {

        /** None. */
        public static final CutCells NONE = new CutCells(0, null, List.of());

        /** Copies the list. */
        public CutCells {
            pieces = List.copyOf(pieces);
        }
    }

    /** Copies the lists. */
    public ImportNotes {
        cutUnknown = cutUnknown == null ? CutCells.NONE : cutUnknown;
        newChains = List.copyOf(newChains);
        unplaced = List.copyOf(unplaced);
        localByCode = List.copyOf(localByCode);
        externalByCode = List.copyOf(externalByCode);
    }

    /** How many names a note lists before "… (N in all)". */
    public static final int NAMES_SHOWN = 10;

    /** The notes in words, one message a line, in the order a preview shows them. */
    public List<Message> messages() {
        List<Message> messages = new ArrayList<>();
        for (NewChain chain : newChains) {
            messages.add(Message.of("note.newChain", chain.id(), chain.name()));
        }
        if (placedByProduct > 0 || placedByCode > 0) {
            messages.add(Message.of("note.placed", placedByProduct, placedByCode));
        }
        if (!unplaced.isEmpty()) {
            messages.add(Message.of("note.unplaced", unplaced.size(), names(unplaced)));
        }
        if (cutUnknown.count() > 0) {
            messages.add(Message.of("note.cutUnknown", cutUnknown.count(), cutUnknown.example(), (Message.Localized)
                    locale -> Shown.value(
                            cutUnknown.pieces().stream()
                                    .map(piece -> "“" + piece + "”")
                                    .toList(),
                            locale)));
        }
        if (!localByCode.isEmpty() || !externalByCode.isEmpty()) {
            messages.add(Message.of("note.byCode", localByCode.size(), externalByCode.size(), regionCode));
        }
        if (allAssumedLocal()) {
            String why = regionCode == null ? "note.noRegionCode" : "note.noCodes";
            messages.add(
                    Message.of("note.allLocal", newFirms, (Message.Localized) locale -> Message.format(locale, why)));
        }
        return messages;
    }

    private static Message.Localized names(List<String> names) {
        return locale -> {
            String shown = Shown.value(names.stream().limit(NAMES_SHOWN).toList(), locale);
            return names.size() <= NAMES_SHOWN ? shown : Message.format(locale, "note.more", shown, names.size());
        };
    }

    /**
     * Whether every firm the import adds was taken as local with nothing to say so: then the map has no new
     * external firm, and a missing segment may find no candidate at all.
     */
    public boolean allAssumedLocal() {
        return newFirms > 0 && assumedLocal == newFirms;
    }
}
