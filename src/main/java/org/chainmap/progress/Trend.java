package org.chainmap.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chainmap.model.ChainFigures;

/**
 * One chain's key figures over time: at each snapshot the map keeps of it, oldest first, then now.
 *
 * @param chain the chain's id
 * @param name the chain's name in the dashboard's language
 * @param points the figures at each snapshot dated before today, oldest first, then today's (the last point, its
 *     {@link Point#now} true)
 */
public record Trend(String chain, String name, List<Point> points) {

    /**
     * The figures of the chain on one day.
     *
     * @param date the day, {@code YYYY-MM-DD}
     * @param label what the snapshot was called (一季度); {@code null} when not named, and for now
     * @param now whether these are today's figures, worked out from the map as it is
     * @param figures the figures
     */
    public record Point(String date, String label, boolean now, ChainFigures figures) {

        /** Checks the fields. */
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(figures, "figures");
        }

        /** The number of gaps of every kind together. */
        public int gapTotal() {
            return figures.gaps().values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Checks the fields and copies the list. */
    public Trend {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }

    /** Today's figures: the last point. */
    public Point now() {
        return points.get(points.size() - 1);
    }

    /** The last snapshot before today, against which the change is measured; empty when there is none. */
    public Optional<Point> previous() {
        return points.size() < 2 ? Optional.empty() : Optional.of(points.get(points.size() - 2));
    }
}
