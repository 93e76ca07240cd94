package org.chainmap.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dated snapshots a map keeps of its key figures ({@link Snapshot}), oldest first, at most one a day, and
 * whether a save takes one.
 *
 * <p>For a chart of one chain's progress, {@link #series} gives its figures over time.
 *
 * @param onSave whether every save of the map takes the day's snapshot (replacing one taken earlier that day)
 * @param taken the snapshots, oldest first, one per date
 * @param extra fields this program does not know, kept as they are
 */
public record Snapshots(boolean onSave, List<Snapshot> taken, Extras extra) {

    /** No snapshots, none taken on save. */
    public static final Snapshots NONE = new Snapshots(false, List.of(), Extras.NONE);

    /** A chain's figures at one snapshot: one point of its time series. */
    public record Point(String date, String label, ChainFigures figures) {}

    /** Copies the list; the order is the file's, which {@link #put} keeps sorted by date. */
    public Snapshots {
        taken = List.copyOf(taken == null ? List.of() : taken);
        extra = extra == null ? Extras.NONE : extra;
    }

    /** Whether there is nothing to write: no snapshot, not taken on save, no unknown field. */
    public boolean isEmpty() {
        return !onSave && taken.isEmpty() && extra.isEmpty();
    }

    /**
     * These snapshots with {@code snapshot} among them: it replaces one of the same date (one snapshot a day, not
     * piled up), or goes in date order.
     */
    public Snapshots put(Snapshot snapshot) {
        List<Snapshot> all = new ArrayList<>(taken.size() + 1);
        for (Snapshot old : taken) {
            if (!old.date().equals(snapshot.date())) {
                all.add(old);
            }
        }
        all.add(snapshot);
        all.sort(Comparator.comparing(Snapshot::date));
        return new Snapshots(onSave, all, extra);
    }

    /** These snapshots without the one of {@code date}. */
    public Snapshots remove(String date) {
        return new Snapshots(
                onSave,
                taken.stream().filter(snapshot -> !snapshot.date().equals(date)).toList(),
                extra);
    }

    /** These snapshots, taken on each save or not. */
    public Snapshots withOnSave(boolean newOnSave) {
        return new Snapshots(newOnSave, taken, extra);
    }

    /** The snapshot of {@code date}, if there is one. */
    public Optional<Snapshot> on(String date) {
        return taken.stream().filter(snapshot -> snapshot.date().equals(date)).findFirst();
    }

    /** The ids of the chains any snapshot has figures of, in order of first appearance. */
    public List<String> chains() {
        List<String> ids = new ArrayList<>();
        for (Snapshot snapshot : taken) {
            for (ChainFigures figures : snapshot.chains()) {
                if (!ids.contains(figures.chain())) {
                    ids.add(figures.chain());
                }
            }
        }
        return ids;
    }

    /** The figures of the chain {@code chainId} at each snapshot that has them, oldest first. */
    public List<Point> series(String chainId) {
        List<Point> points = new ArrayList<>();
        for (Snapshot snapshot : taken) {
            snapshot.chain(chainId)
                    .ifPresent(figures -> points.add(new Point(snapshot.date(), snapshot.label(), figures)));
        }
        return points;
    }
}
