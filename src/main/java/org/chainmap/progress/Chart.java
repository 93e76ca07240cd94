package org.chainmap.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A chart as data: what the window shows with JavaFX's charts and {@code render.chart} draws for the exports, so
 * that both show the same numbers.
 *
 * @param id what the chart shows, for file names and tests: {@code rates}, {@code gaps}, {@code firms},
 *     {@code output}, {@code ranking}
 * @param title its heading, in the dashboard's language
 * @param kind how it is drawn
 * @param unit what its values are
 * @param categories the labels along the category axis (horizontal; vertical for {@code HORIZONTAL_BAR}): the
 *     days, or the chains
 * @param series the series, each with a value per category
 * @param empty what the chart says when no series has a value
 */
public record Chart(
        String id, String title, Kind kind, Unit unit, List<String> categories, List<Series> series, String empty) {

    /** How a chart is drawn. */
    public enum Kind {
        /** A line per series over the categories, a dot at each value. */
        LINE,
        /** A bar per category, the series stacked in it. */
        STACKED_BAR,
        /** A group of bars per category, one per series, side by side. */
        BAR,
        /**
         * A row per category, its name on the left in full, a bar per series from the left: for many categories with
         * long names (the chains ranked).
         */
        HORIZONTAL_BAR
    }

    /** What a chart's values are, which decides how its axis and labels write them. */
    public enum Unit {
        /** Shares from 0 to 1, written as percentages. */
        SHARE,
        /** Whole numbers. */
        COUNT,
        /** Amounts of yuan, written in 亿元/万元 (bn/m in English). */
        YUAN
    }

    /**
     * One series.
     *
     * @param key what it is, which picks its colour: {@code coverage}, {@code localRate}, a gap kind's word,
     *     {@code localFirms}, {@code scaleFirms}, {@code output}
     * @param name its name in the legend
     * @param values a value per category; {@code null} where there is none
     */
    public record Series(String key, String name, List<Double> values) {

        /** Checks the fields and copies the list (which may hold {@code null}). */
        public Series {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** Checks the fields, copies the lists and checks that every series has a value per category. */
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        empty = empty == null ? "" : empty;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.key() + " has "
                        + one.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Whether no series has any value: the chart then says {@link #empty()} instead of drawing nothing. */
    public boolean blank() {
        return series.stream().allMatch(one -> one.values().stream().allMatch(Objects::isNull));
    }

    /** The largest value shown: of any one value, or for stacked bars of a bar's sum; 0 when there is none. */
    public double maximum() {
        double max = 0;
        for (int i = 0; i < categories.size(); i++) {
            double sum = 0;
            for (Series one : series) {
                Double value = one.values().get(i);
                if (value != null) {
                    sum = kind == Kind.STACKED_BAR ? sum + value : Math.max(sum, value);
                }
            }
            max = Math.max(max, sum);
        }
        return max;
    }
}
