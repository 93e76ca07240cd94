package org.chainmap.io.report;

import java.util.List;
import java.util.Objects;
import org.chainmap.text.Money;

/**
 * A report as typed tables, ready for any writer: a title, and sheets (a workbook's sheets, a page's sections),
 * each with tables whose cells are text, whole numbers, amounts of yuan or shares.
 *
 * @param title the report's title
 * @param subtitle where the data comes from and when the report was made
 * @param sheets the parts, in order: the summary, one per chain, the five lists
 */
public record Report(String title, String subtitle, List<Sheet> sheets) {

    /** Checks the fields and copies the list. */
    public Report {
        Objects.requireNonNull(title, "title");
        sheets = List.copyOf(sheets);
    }

    /**
     * One part of the report.
     *
     * @param name its short name: the workbook sheet's name
     * @param title its heading
     * @param tables its tables, in order
     * @param frozen the index of the table through whose header row a workbook freezes the sheet
     * @param figures its charts, shown before its tables (a workbook puts them beside them)
     */
    public record Sheet(String name, String title, List<Table> tables, int frozen, List<Figure> figures) {

        /** Copies the lists. */
        public Sheet {
            tables = List.copyOf(tables);
            figures = List.copyOf(figures);
        }

        /** A part without charts. */
        public Sheet(String name, String title, List<Table> tables, int frozen) {
            this(name, title, tables, frozen, List.of());
        }
    }

    /**
     * A chart drawn for a report, once as vector and once as pixels: an HTML page shows the SVG inline, a
     * workbook the PNG as a picture.
     *
     * @param title what it shows, the picture's name and alternative text
     * @param svg the chart as an SVG document
     * @param png the chart as a PNG image
     * @param width its width in pixels at 96 dpi (the PNG may have more pixels, for print)
     * @param height its height in pixels at 96 dpi
     */
    public record Figure(String title, String svg, byte[] png, double width, double height) {

        /** Checks the fields. */
        public Figure {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(svg, "svg");
            Objects.requireNonNull(png, "png");
        }
    }

    /**
     * A table: a heading, column headers, rows of cells. A cell is a {@link String}, a whole number
     * ({@link Long} or {@link Integer}), a {@link Count}, an {@link Amount}, a {@link Share}, or {@code null} when
     * empty.
     *
     * @param title its heading; {@code null} for none
     * @param headers the column headers
     * @param rows the rows, each as long as the headers
     */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {

        /** Copies the lists. */
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream()
                    .map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                    .toList();
        }
    }

    /**
     * A share from 0 to 1, shown as a percentage; kept exact, as the analysis gives it.
     *
     * @param value the share
     */
    public record Share(double value) {

        /** The share as a whole percentage: {@code 29%}. */
        public String percent() {
            return Math.round(value * 100) + "%";
        }
    }

    /**
     * An amount of yuan: shown as planners write it ({@link Money#format}: 15.3亿元, CNY 1.53 bn), kept exact in a
     * workbook's cell, whose number format shows the same large units.
     *
     * @param yuan the exact amount
     * @param locale the language whose units show it
     */
    public record Amount(long yuan, java.util.Locale locale) {

        @Override
        public String toString() {
            return Money.format(yuan, locale);
        }
    }

    /**
     * A count of things (firms, gaps): shown as planners write it ({@link Money#count}: 2.8万, 28.2 thousand), kept
     * exact in a workbook's cell, whose number format shows the same large units.
     *
     * @param value the exact count
     * @param locale the language whose units show it
     */
    public record Count(long value, java.util.Locale locale) {

        @Override
        public String toString() {
            return Money.count(value, locale);
        }
    }

    /**
     * A cell naming a web page: shown as its text, linked to {@code url} by the writers that can link (HTML,
     * Markdown, xlsx), and only when {@code url} is an http or https address.
     *
     * @param text what the cell shows
     * @param url the page's address; {@code null} for none
     */
    public record Link(String text, String url) {

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * A cell listing the sources a fact cites, by id: each links to its row of the sources table in HTML.
     *
     * @param ids the sources' ids, in the order cited
     */
    public record Refs(List<String> ids) {

        /** Copies the list. */
        public Refs {
            ids = List.copyOf(ids);
        }

        @Override
        public String toString() {
            return String.join(", ", ids);
        }
    }

    /**
     * A source's own id in the sources table, the place its {@link Refs} link to.
     *
     * @param id the source's id
     */
    public record Anchor(String id) {

        @Override
        public String toString() {
            return id;
        }
    }
}
