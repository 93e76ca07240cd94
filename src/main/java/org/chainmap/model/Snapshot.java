package org.chainmap.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The key figures of every chain of a map on one day: a small, dated record of progress kept in the map itself.
 *
 * @param date the day it was taken, ISO {@code YYYY-MM-DD}; one snapshot per day
 * @param label what the user called it (一季度, Q1 review); {@code null} when not given
 * @param chains the figures of each chain, in the map's chain order when taken
 * @param extra fields this program does not know, kept as they are
 */
public record Snapshot(String date, String label, List<ChainFigures> chains, Extras extra) {

    /** Checks the required fields and copies the list. */
    public Snapshot {
        Objects.requireNonNull(date, "date");
        chains = List.copyOf(chains == null ? List.of() : chains);
        extra = extra == null ? Extras.NONE : extra;
    }

    /** The figures of the chain with id {@code chainId}, if the snapshot has them. */
    public Optional<ChainFigures> chain(String chainId) {
        return chains.stream()
                .filter(figures -> figures.chain().equals(chainId))
                .findFirst();
    }

    /** Whether {@code date} is a real day written {@code YYYY-MM-DD}, as a snapshot's date must be. */
    public static boolean isDay(String date) {
        if (date == null || date.length() != 10) {
            return false;
        }
        try {
            java.time.LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Whether {@code other} holds the same figures (date, label and unknown fields aside). */
    public boolean sameFigures(Snapshot other) {
        return other != null && chains.equals(other.chains);
    }
}
