package org.chainmap.io.sheet;

import java.util.List;
import java.util.Objects;

/**
 * What an import does with one row: adds it, updates what it matches, finds it already there, or cannot take
 * it, with the reasons and remarks.
 *
 * @param sheet the sheet's name
 * @param kind what the row is
 * @param row the row's number as a spreadsheet shows it
 * @param action what is done with it
 * @param label what the row is about, for people: a firm's name, "supplier → customer"
 * @param changes for an update, each field that changes
 * @param problems why it is refused, or remarks on it
 */
public record RowOutcome(
        String sheet,
        SheetKind kind,
        int row,
        Action action,
        String label,
        List<FieldChange> changes,
        List<RowProblem> problems) {

    /** What is done with a row. */
    public enum Action {
        /** Something new comes into the map. */
        ADD,
        /** Something in the map changes. */
        UPDATE,
        /** The map already holds the row as it is. */
        UNCHANGED,
        /** The row cannot be taken; nothing of it comes in. */
        REFUSED
    }

    /**
     * One field an update changes.
     *
     * @param column the column
     * @param before the value in the map; {@code null} for none
     * @param after the value from the row
     */
    public record FieldChange(Column column, Object before, Object after) {

        /** "营收: 12 亿元 → 15 亿元" in {@code locale}'s language: amounts of money as planners write them. */
        public String text(java.util.Locale locale) {
            return Message.format(locale, "change", column.in(locale), shown(before, locale), shown(after, locale));
        }

        private String shown(Object value, java.util.Locale locale) {
            boolean money = column == Column.FIRM_REVENUE || column == Column.ITEM_AMOUNT;
            return money && value instanceof Number amount
                    ? org.chainmap.text.Money.format(amount.longValue(), locale)
                    : Shown.value(value, locale);
        }
    }

    /** Checks the fields and copies the lists. */
    public RowOutcome {
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** The reasons it is refused (empty unless {@link Action#REFUSED}). */
    public List<RowProblem> reasons() {
        return problems.stream().filter(RowProblem::refuses).toList();
    }

    /** The remarks on a row that is taken. */
    public List<RowProblem> remarks() {
        return problems.stream().filter(problem -> !problem.refuses()).toList();
    }
}
