package org.chainmap.io.sheet;

import java.util.Set;
import org.chainmap.model.Certainty;
import org.chainmap.model.Provenance;

/** What the readers of every kind of row share: required cells, example rows, provenance. */
final class Rows {

    /** The id the template's example rows carry, so that an import passes over them. */
    static final Set<String> EXAMPLE_IDS = Set.of("示例", "example");

    private Rows() {}

    /** The cell's text; refuses the row when it is empty. */
    static String required(RowReader row, Column column) {
        String text = row.text(column);
        if (text == null) {
            row.refuseMissing(column);
        }
        return text;
    }

    /**
     * The provenance of a thing after a row: each of certainty, source and note from the row where given, else
     * as it was ({@code before}; {@code null} for a new thing). Its citations stay as they were: a ledger has
     * no column for them.
     */
    static Provenance provenance(Provenance before, Certainty certainty, String source, String note) {
        Provenance old = before == null ? Provenance.NONE : before;
        Provenance after = new Provenance(
                certainty != null ? certainty : old.certainty(),
                source != null ? source : old.source(),
                note != null ? note : old.note(),
                old.cites());
        return after.equals(Provenance.NONE) ? Provenance.NONE : after;
    }

    static void provenanceChanges(
            Changes changes, Provenance before, Provenance after, Column certainty, Column source, Column note) {
        changes.field(certainty, before.certainty(), after.certainty())
                .field(source, before.source(), after.source())
                .field(note, before.note(), after.note());
    }
}
