package org.chainmap.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a map's snapshots, for {@link MapValidator}: each is of one day ({@code YYYY-MM-DD}), one a day,
 * oldest first; counts are not negative, no more segments covered than there are, a rate between 0 and 1.
 * Figures of a chain the map no longer has are only a note: the chain's history stays readable.
 */
final class SnapshotCheck {

    private SnapshotCheck() {}

    /** Adds the problems of {@code map}'s snapshots to {@code problems}. */
    static void check(RegionMap map, List<Problem> problems) {
        List<Snapshot> taken = map.snapshots().taken();
        Set<String> dates = new HashSet<>();
        String previous = null;
        for (int i = 0; i < taken.size(); i++) {
            Snapshot snapshot = taken.get(i);
            String path = "$.snapshots.taken[" + i + "]";
            if (!Snapshot.isDay(snapshot.date())) {
                problems.add(Problem.error(path + ".date", "snapshot.date", snapshot.date()));
            } else if (!dates.add(snapshot.date())) {
                problems.add(Problem.error(path + ".date", "snapshot.dateRepeated", snapshot.date()));
            } else if (previous != null && snapshot.date().compareTo(previous) < 0) {
                problems.add(Problem.warning(path + ".date", "snapshot.order", snapshot.date(), previous));
            }
            if (Snapshot.isDay(snapshot.date())) {
                previous = snapshot.date();
            }
            for (int c = 0; c < snapshot.chains().size(); c++) {
                figures(map, snapshot.chains().get(c), path + ".chains[" + c + "]", problems);
            }
        }
    }

    private static void figures(RegionMap map, ChainFigures figures, String path, List<Problem> problems) {
        if (map.chain(figures.chain()).isEmpty()) {
            problems.add(Problem.note(path + ".chain", "snapshot.chain", figures.chain()));
        }
        notNegative("segments", figures.segments(), path, problems);
        notNegative("covered", figures.covered(), path, problems);
        notNegative("localFirms", figures.localFirms(), path, problems);
        notNegative("scaleFirms", figures.scaleFirms(), path, problems);
        if (figures.output() != null) {
            notNegative("output", figures.output(), path, problems);
        }
        for (Map.Entry<String, Integer> count : figures.gaps().entrySet()) {
            notNegative(count.getKey(), count.getValue(), path + ".gaps", problems);
        }
        if (figures.covered() > figures.segments() && figures.segments() >= 0) {
            problems.add(Problem.error(path + ".covered", "snapshot.covered", figures.covered(), figures.segments()));
        }
        Double rate = figures.localRate();
        if (rate != null && !(rate >= 0 && rate <= 1)) {
            problems.add(Problem.error(path + ".localRate", "snapshot.rate", rate));
        }
    }

    private static void notNegative(String name, long value, String path, List<Problem> problems) {
        if (value < 0) {
            problems.add(Problem.error(path + "." + name, "snapshot.negative", name, value));
        }
    }
}
