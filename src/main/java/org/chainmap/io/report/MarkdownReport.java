package org.chainmap.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A report as Markdown (GitHub-flavoured tables), for e-mail and wikis: the title, each part as a section, each
 * table as a pipe table; numbers with thousands separators, shares as percentages, | and line breaks in cells
 * escaped.
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    /** Writes {@code report} to {@code out}. */
    public static void write(Report report, Writer out) throws IOException {
        out.write("# " + inline(report.title()) + "\n\n");
        out.write(inline(report.subtitle()) + "\n");
        for (Report.Sheet sheet : report.sheets()) {
            out.write("\n## " + inline(sheet.title()) + "\n");
            for (Report.Table table : sheet.tables()) {
                out.write("\n");
                if (table.title() != null && !table.title().equals(sheet.title())) {
                    out.write("### " + inline(table.title()) + "\n\n");
                }
                row(out, table.headers());
                out.write("|" + "---|".repeat(table.headers().size()) + "\n");
                for (List<Object> values : table.rows()) {
                    row(out, values.stream().map(MarkdownReport::text).toList());
                }
            }
        }
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(inline(cell).replace("|", "\\|")).append(" |");
        }
        out.write(line.append('\n').toString());
    }

    /** A cell's value as text: numbers grouped by thousands, shares as percentages, "" for none. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Report.Share share) {
            return share.percent();
        }
        if (value instanceof Number number) {
            return String.format(Locale.ROOT, "%,d", number.longValue());
        }
        return value.toString();
    }

    private static String inline(String text) {
        return text.replace("\r", "").replace("\n", "<br>");
    }
}
