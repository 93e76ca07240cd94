package org.chainmap.io.sheet;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a row cannot be taken, or a remark on a row that is taken: where (the column, by its header in the file
 * and its letter) and what.
 *
 * @param column the column's index from 0; -1 when the problem is the row's as a whole
 * @param header the column's header as the file writes it; {@code null} for the whole row
 * @param message what is wrong, or what was done about it
 * @param refuses whether the row cannot be taken because of it (else it is a remark)
 */
public record RowProblem(int column, String header, Message message, boolean refuses) {

    /** Checks the message. */
    public RowProblem {
        Objects.requireNonNull(message, "message");
    }

    /** The column as a person finds it: {@code C 列「统一社会信用代码」}, or "" for the whole row. */
    public String place(Locale locale) {
        return column < 0 ? "" : Message.format(locale, "place.column", Table.columnName(column), header);
    }

    /** The place and the message on one line. */
    public String describe(Locale locale) {
        String place = place(locale);
        return place.isEmpty()
                ? message.text(locale)
                : Message.format(locale, "place.problem", place, message.text(locale));
    }
}
