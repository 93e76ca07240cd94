package org.chainmap.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Source;

/**
 * A report as one HTML page, for e-mail and the web: UTF-8, its own small style sheet (no file beside it), the
 * title, a list of the parts linked to their sections, each table with its header; numbers right-aligned. Text is
 * escaped; nothing is loaded from elsewhere.
 */
public final class HtmlReport {

    private static final String STYLE = String.join(
            "\n",
            "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;",
            "margin:2em;color:#222}",
            "h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}",
            "table{border-collapse:collapse;margin:.5em 0 1.5em}",
            "th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}",
            "th{background:#eee}td.n{text-align:right;white-space:nowrap}",
            ".sub{color:#666}nav li{display:inline;margin-right:1em}",
            "figure{display:inline-block;margin:.5em 1em 1em 0;vertical-align:top}",
            "figure svg{max-width:100%;height:auto}figcaption{color:#666;font-size:.9em}");

    private HtmlReport() {}

    /** Writes {@code report} as a page in {@code locale}'s language. */
    public static void write(Report report, Writer out, Locale locale) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\""
                + (Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh-CN" : "en")
                + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(report.title()) + "</title>\n<style>\n"
                + STYLE
                + "\n</style>\n</head>\n<body>\n");
        out.write("<h1>" + escape(report.title()) + "</h1>\n<p class=\"sub\">" + escape(report.subtitle()) + "</p>\n");
        out.write("<nav><ul>\n");
        for (int i = 0; i < report.sheets().size(); i++) {
            out.write("<li><a href=\"#part-" + i + "\">"
                    + escape(report.sheets().get(i).name()) + "</a></li>\n");
        }
        out.write("</ul></nav>\n");
        for (int i = 0; i < report.sheets().size(); i++) {
            Report.Sheet sheet = report.sheets().get(i);
            out.write("<h2 id=\"part-" + i + "\">" + escape(sheet.title()) + "</h2>\n");
            for (Report.Figure figure : sheet.figures()) {
                out.write("<figure>\n" + inline(figure.svg()) + "<figcaption>" + escape(figure.title())
                        + "</figcaption>\n</figure>\n");
            }
            for (Report.Table table : sheet.tables()) {
                if (table.title() != null && !table.title().equals(sheet.title())) {
                    out.write("<h3>" + escape(table.title()) + "</h3>\n");
                }
                writeTable(table, out);
            }
        }
        out.write("</body>\n</html>\n");
    }

    private static void writeTable(Report.Table table, Writer out) throws IOException {
        out.write("<table>\n<thead><tr>");
        for (String header : table.headers()) {
            out.write("<th>" + escape(header) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (List<Object> row : table.rows()) {
            out.write("<tr>");
            for (Object value : row) {
                out.write(cell(value));
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    /** A table cell: numbers right-aligned, a web page as a link, citations as links to the sources table. */
    private static String cell(Object value) {
        if (value instanceof Number
                || value instanceof Report.Share
                || value instanceof Report.Amount
                || value instanceof Report.Count) {
            return "<td class=\"n\">" + escape(MarkdownReport.text(value)) + "</td>";
        }
        if (value instanceof Report.Link link && Source.isWebAddress(link.url())) {
            return "<td><a href=\"" + escape(link.url().strip()) + "\">" + escape(link.text()) + "</a></td>";
        }
        if (value instanceof Report.Refs refs) {
            List<String> links = refs.ids().stream()
                    .map(id -> "<a href=\"#" + anchor(id) + "\">" + escape(id) + "</a>")
                    .toList();
            return "<td>" + String.join(", ", links) + "</td>";
        }
        if (value instanceof Report.Anchor own) {
            return "<td id=\"" + anchor(own.id()) + "\">" + escape(own.id()) + "</td>";
        }
        return "<td>" + escape(MarkdownReport.text(value)) + "</td>";
    }

    /** The HTML id of a source's row: {@code source-} and the id, escaped to be a safe attribute value. */
    private static String anchor(String id) {
        return "source-" + escape(id).replace(" ", "_");
    }

    /** An SVG document as an element of the page: without its XML declaration. */
    static String inline(String svg) {
        String element = svg.strip();
        if (element.startsWith("<?xml")) {
            element = element.substring(element.indexOf("?>") + 2).strip();
        }
        return element + "\n";
    }

    /** {@code text} with the characters HTML gives a meaning escaped, and line breaks kept. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\n", "<br>");
    }
}
