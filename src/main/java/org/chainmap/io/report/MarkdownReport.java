package org.chainmap.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Source;

/**
 * A report as Markdown (GitHub-flavoured tables), for e-mail and wikis: the title, each part as a section, each
 * table as a pipe table; numbers with thousands separators, shares as percentages. All text is the map's and
 * written as text ({@link #inline}): HTML's characters as entities, Markdown's marks escaped, so that no name
 * becomes a tag, a script or a link in a renderer; the only links are the report's own: a source's web address
 * (http or https only).
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
                    StringBuilder line = new StringBuilder("|");
                    for (Object value : values) {
                        line.append(' ').append(cell(value)).append(" |");
                    }
                    out.write(line.append('\n').toString());
                }
            }
        }
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(inline(cell)).append(" |");
        }
        out.write(line.append('\n').toString());
    }

    /** A cell as Markdown: its text, and a web page as a link {@code [title](url)}. */
    private static String cell(Object value) {
        if (value instanceof Report.Link link && Source.isWebAddress(link.url())) {
            return "[" + inline(link.text()) + "](" + address(link.url()) + ")";
        }
        return inline(text(value));
    }

    /** A web address as a Markdown link's destination: the characters that would end or break it percent-encoded. */
    static String address(String url) {
        StringBuilder out = new StringBuilder();
        for (char c : url.strip().toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '|' -> out.append("%7C");
                case '\\' -> out.append("%5C");
                case '\n', '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
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

    /**
     * {@code text} as Markdown that shows it as it is: {@code &}, {@code <} and {@code >} as HTML entities (no tag,
     * no entity of the text's own, no {@code <javascript:…>} autolink), the marks of emphasis, code, links and
     * tables ({@code \ ` * _ [ ] | ~}) escaped with a backslash, a line's opening mark of a heading, list or
     * rule escaped too; line breaks as {@code <br>} (the only tag written), carriage returns dropped.
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> {}
                case '\n' -> out.append("<br>");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                case '#', '-', '+', '=' -> out.append(lineStart ? "\\" : "").append(c);
                default -> out.append(c);
            }
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }
}
